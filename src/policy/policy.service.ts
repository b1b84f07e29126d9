/**
 * The live policy set. Services ask it for decisions; the set it holds is replaced as a whole
 * (hot reload arrives with the policy-layer issue), so every decision sees one consistent version.
 */
import type { Decision } from './decision';
import type { FactsOf, MutationName } from './fact-catalogue';
import { loadPolicySet } from './policy-loader';
import type { PolicySet } from './policy-set';

export class PolicyService {
  private live: PolicySet;

  constructor(
    readonly rulesDir: string,
    initial?: PolicySet,
  ) {
    this.live = initial ?? loadPolicySet(rulesDir);
  }

  current(): PolicySet {
    return this.live;
  }

  decide<M extends MutationName>(mutation: M, facts: FactsOf<M>, businessDate: string): Promise<Decision> {
    return this.live.decide(mutation, facts, businessDate);
  }
}
