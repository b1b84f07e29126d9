/**
 * Dry run: what would the policy decide for these facts, under the live policies or with a draft
 * policy file in place of its live version? Nothing is written.
 */
import { createHash } from 'node:crypto';
import type { Decision } from '../../policy/decision';
import { FACT_CATALOGUE, type FactsOf, MUTATION_NAMES, type MutationName } from '../../policy/fact-catalogue';
import { checkPolicyFile, type PolicyFile } from '../../policy/policy-file';
import type { LoadedPolicy } from '../../policy/policy-set';
import type { RequestContext } from '../../app/context';
import { BadUserInputError } from '../../shared/errors';

export async function evaluatePolicy(
  ctx: RequestContext,
  mutation: string,
  facts: Record<string, unknown>,
  businessDate: string,
  draft: Record<string, unknown> | null,
): Promise<Decision> {
  if (!MUTATION_NAMES.includes(mutation as MutationName)) {
    throw new BadUserInputError(`mutation "${mutation}" is not one the policy decides (known: ${MUTATION_NAMES.join(', ')})`, { field: 'mutation' });
  }
  const problems = checkFacts(mutation as MutationName, facts);
  if (problems.length > 0) throw new BadUserInputError(`facts do not fit ${mutation}: ${problems.join('; ')}`, { field: 'facts', problems });

  let set = ctx.policy.current();
  if (draft) {
    const draftProblems = checkPolicyFile(draft);
    if (draftProblems.length > 0) {
      throw new BadUserInputError(`The draft policy is invalid: ${draftProblems.join('; ')}`, { field: 'draft', problems: draftProblems });
    }
    set = set.withDrafts([draftPolicy(draft)]);
  }
  return set.decide(mutation as MutationName, facts as FactsOf<MutationName>, businessDate);
}

/** A draft body (already checked) as a loaded policy. */
export function draftPolicy(draft: Record<string, unknown>): LoadedPolicy {
  const body = draft as unknown as PolicyFile;
  return {
    file: `draft:${body.name}`,
    body,
    hash: createHash('sha256').update(JSON.stringify(draft)).digest('hex'),
    effectiveFrom: body.effectiveFrom ?? '0000-01-01',
  };
}

function checkFacts(mutation: MutationName, facts: Record<string, unknown>): string[] {
  const catalogue = FACT_CATALOGUE[mutation] as Record<string, { type: string }>;
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(catalogue)) {
    const value = facts[name];
    if (value === undefined) problems.push(`${name} is missing`);
    else if (!hasType(value, spec.type)) problems.push(`${name} must be ${spec.type === 'integer' ? 'a whole number' : `a ${spec.type}`} (got ${JSON.stringify(value)})`);
  }
  for (const name of Object.keys(facts)) if (!(name in catalogue)) problems.push(`${name} is not a fact of ${mutation}`);
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === type;
}
