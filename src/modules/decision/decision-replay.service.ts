/**
 * Replays a stored decision: its stored facts, under the exact policy versions (by hash) it was
 * taken under, on its business date. The same outcome and rules must come out, or something that
 * should be data has leaked into code.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { MutationName, FactsOf } from '../../policy/fact-catalogue';
import type { PolicyFile } from '../../policy/policy-file';
import { PolicySet } from '../../policy/policy-set';
import { PolicyVersionRecord } from '../policy-governance';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { DecisionPreview, DecisionReplay } from './decision.types';

/** Compiled sets by the hashes they hold: replaying a page of decisions compiles each set once. */
const compiledSets = new Map<string, PolicySet>();
const MAX_COMPILED_SETS = 50;

export async function replayDecision(em: EntityManager, record: DecisionRecord): Promise<DecisionReplay> {
  const set = await policySetOf(em, record.policyVersions.map((version) => version.hash));
  const replayed = await set.decide(record.mutation as MutationName, record.facts as FactsOf<MutationName>, record.businessDate);
  const ruleKeys = (rules: Array<{ policy: string; rule: string }>) => rules.map((fired) => `${fired.policy}/${fired.rule}`).sort().join(',');
  return Object.assign(new DecisionReplay(), DecisionPreview.of(replayed), {
    matches: replayed.outcome === record.outcome && ruleKeys(replayed.firedRules) === ruleKeys(record.firedRules),
  });
}

async function policySetOf(em: EntityManager, hashes: string[]): Promise<PolicySet> {
  const key = [...hashes].sort().join(',');
  const cached = compiledSets.get(key);
  if (cached) return cached;
  const versions = await em.find(PolicyVersionRecord, { hash: { $in: hashes } }, { disableIdentityMap: true });
  const missing = hashes.filter((hash) => !versions.some((version) => version.hash === hash));
  if (missing.length > 0) throw new Error(`Policy versions ${missing.join(', ')} are not stored; the decision cannot be replayed`);
  const set = new PolicySet(
    versions.map((version) => ({
      file: `${version.name}@${version.hash.slice(0, 12)}`,
      body: version.body as unknown as PolicyFile,
      hash: version.hash,
      effectiveFrom: version.effectiveFrom ?? '0000-01-01',
    })),
  );
  if (compiledSets.size >= MAX_COMPILED_SETS) compiledSets.delete(compiledSets.keys().next().value!);
  compiledSets.set(key, set);
  return set;
}
