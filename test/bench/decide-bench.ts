/**
 * The cost of one policy decision: `decide()` on the shipped rules, called with the facts of every
 * fixture in rules/*.json (so every policy and mutation is exercised), timed call by call.
 * Target on this machine: median under 100 µs.
 */
import { performance } from 'node:perf_hooks';
import type { FactsOf, MutationName } from '../../src/policy/fact-catalogue';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { PolicySet } from '../../src/policy/policy-set';
import { formatTable } from './table';

const WARMUP_ROUNDS = 100;
const MEASURED_ROUNDS = 500;

interface Sample {
  mutation: MutationName;
  facts: Record<string, unknown>;
  businessDate: string;
}

export async function benchDecide(rulesDir = 'rules'): Promise<string> {
  const set = loadPolicySet(rulesDir);
  const samples: Sample[] = set.policies.flatMap((policy) =>
    (policy.body.tests ?? []).map((fixture) => ({
      mutation: fixture.mutation,
      facts: fixture.facts,
      businessDate: (fixture as { businessDate?: string }).businessDate ?? policy.body.effectiveFrom ?? '2026-06-01',
    })),
  );
  if (samples.length === 0) throw new Error(`no fixtures in ${rulesDir}: nothing to time`);

  // Without remembered results: every call runs the engine, which is what a new fact pattern costs.
  const engineOnly = new PolicySet(set.policies, set.loadedAt, set.data, false);
  const timings = new Map<string, number[]>();
  const decide = (sample: Sample) => engineOnly.decide(sample.mutation, sample.facts as FactsOf<MutationName>, sample.businessDate);
  const remembered: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS; round += 1) for (const sample of samples) await decide(sample);
  for (let round = 0; round < MEASURED_ROUNDS; round += 1) {
    for (const sample of samples) {
      const started = performance.now();
      await decide(sample);
      const micros = (performance.now() - started) * 1000;
      for (const key of [sample.mutation, 'all mutations']) {
        const list = timings.get(key) ?? [];
        list.push(micros);
        timings.set(key, list);
      }
    }
  }
  for (let round = 0; round < MEASURED_ROUNDS; round += 1) {
    for (const sample of samples) {
      const started = performance.now();
      await set.decide(sample.mutation, sample.facts as FactsOf<MutationName>, sample.businessDate);
      remembered.push((performance.now() - started) * 1000);
    }
  }
  timings.set('all, fact pattern seen before', remembered);
  const rows = [...timings.entries()].map(([mutation, list]) => {
    list.sort((a, b) => a - b);
    const at = (q: number) => list[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)];
    return [mutation, String(list.length), at(0.5).toFixed(1), at(0.99).toFixed(1)];
  });
  return (
    `decide() on the shipped policies (${set.policies.length} files, facts of ${samples.length} fixtures, ${MEASURED_ROUNDS} rounds), ` +
    `each call running the engine; last row: the same facts again, answered from remembered results:\n` +
    formatTable(['mutation', 'calls', 'median µs', 'p99 µs'], rows, 2)
  );
}
