/**
 * npm run bench:backtest: back-tests a draft over a long history (1,000,000 stored decisions by
 * default, BENCH_DECISIONS to change) on a SQLite file, and prints decisions/s and peak memory —
 * the proof that the back-test streams instead of loading history into memory.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDatabaseUrl } from '../../src/config/config';
import { migrate, openOrm } from '../../src/db/orm';
import { backtestDrafts } from '../../src/modules/policy-governance/policy-backtest.service';
import type { FactsOf } from '../../src/policy/fact-catalogue';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { addDays } from '../../src/shared/dates';
import { setTierTerm } from '../support/policy-edits';

const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 1_000_000);
const INSERT_BATCH = 2000;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-backtest-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const orm = await openOrm(parseDatabaseUrl(`sqlite:${join(dir, 'history.sqlite')}`));
  await migrate(orm);
  const live = loadPolicySet('rules');

  // A few real decisions of the live policy, repeated over two years of business dates.
  const templates = [];
  for (const riskTier of ['A', 'B', 'C', 'D']) {
    for (const exceedsLimitByMinor of [-50_000, 10]) {
      const facts: FactsOf<'issueInvoice'> = {
        grade: { A: 2, B: 5, C: 7, D: 9 }[riskTier]!,
        riskTier,
        relationshipYears: 4,
        customerStatus: 'ACTIVE',
        invoiceAmountMinor: 100_000,
        creditLimitMinor: 1_000_000,
        outstandingMinor: 900_000 + exceedsLimitByMinor,
        availableMinor: 100_000 - exceedsLimitByMinor,
        exceedsLimitByMinor,
      };
      templates.push(await live.decide('issueInvoice', facts, '2026-01-01'));
    }
  }
  const insertStarted = performance.now();
  const knex = orm.em.getConnection().getKnex();
  for (let offset = 0; offset < DECISIONS; offset += INSERT_BATCH) {
    const rows = [];
    for (let i = offset; i < Math.min(DECISIONS, offset + INSERT_BATCH); i += 1) {
      const decision = templates[i % templates.length];
      rows.push({
        id: randomUUID(),
        mutation: decision.mutation,
        outcome: decision.outcome,
        business_date: addDays('2025-01-01', i % 730),
        facts: JSON.stringify(decision.facts),
        fired_rules: JSON.stringify(decision.firedRules),
        failed_rules: '[]',
        policy_versions: JSON.stringify(decision.policyVersions),
        explanation: decision.explanation,
        created_at: Date.now(),
      });
    }
    await knex.batchInsert('decision_record', rows, 500);
  }
  console.error(`bench: ${DECISIONS} decisions stored in ${((performance.now() - insertStarted) / 1000).toFixed(0)} s`);

  const draftDir = join(dir, 'draft');
  cpSync('rules', draftDir, { recursive: true });
  setTierTerm(draftDir, 'B', 'tier-b-standard-term', 45, 'bench-draft');
  const drafts = loadPolicySet(draftDir).policies.filter((policy) => policy.body.name === 'payment-terms');

  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const started = performance.now();
  const report = await backtestDrafts(orm.em.fork(), live, drafts, { from: '2025-01-01', to: '2026-12-31' }, ({ done, total }) => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (done % 100_000 === 0) console.error(`bench: ${done}/${total}`);
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Back-test of ${report.decisions} stored decisions (draft: tier B 45 days instead of 30):`);
  console.log(`  ${report.changed} would change; ${seconds.toFixed(1)} s, ${Math.round(report.decisions / seconds)} decisions/s`);
  console.log(
    `  heap before ${(heapBefore / 2 ** 20).toFixed(0)} MiB, peak during ${(peakHeap / 2 ** 20).toFixed(0)} MiB; max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
  await orm.close(true);
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exit(1);
});
