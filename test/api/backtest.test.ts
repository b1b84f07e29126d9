/**
 * Back-testing a draft against real history: what would the draft have decided for the stored
 * decisions? Through the backtestPolicy query and the rules:backtest command, on the same data.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRulesBacktest } from '../../src/cli/rules-backtest';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { streamDecisions } from '../../src/modules/decision/decision-history';
import { BacktestPolicyDocument, IssueInvoiceDocument } from '../generated/graphql';
import { PINNED_RULES_DIR, pinnedRulesFile } from '../support/pinned-rules';
import { editPolicy, setTierTerm } from '../support/policy-edits';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let draftDir: string;
const RISK_OFFICER = { role: 'RISK_OFFICER' as never };

beforeAll(async () => {
  app = await startTestApp({ sqliteFile: true });
  const b = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '100000.00' }); // limit 15,000.00
  const c = await createCustomer(app, { grade: GRADE_OF_TIER.C, monthlySales: '10000.00' }); // limit 1,500.00
  await issueInvoice(app, b.id, '1000.00', { issueDate: '2026-02-01' });
  await issueInvoice(app, b.id, '3000.00', { issueDate: '2026-02-15' });
  await issueInvoice(app, c.id, '1000.00', { issueDate: '2026-02-20' });
  const refused = await app.gql(IssueInvoiceDocument, { input: { customerId: c.id, number: 'BT-OVER', amount: '800.00', currency: 'EUR', issueDate: '2026-02-21' } });
  expect(refused.errors?.[0].extensions?.outcome).toBe('REJECTED');

  // The draft: tier B gets 45 days; invoices over the limit are referred instead of rejected.
  draftDir = mkdtempSync(join(tmpdir(), 'arbiter-draft-'));
  cpSync(pinnedRulesFile('payment-terms.json'), join(draftDir, 'payment-terms.json'));
  cpSync(pinnedRulesFile('credit-limits.json'), join(draftDir, 'credit-limits.json'));
  setTierTerm(draftDir, 'B', 'tier-b-standard-term', 45, '2026.2-draft');
  editPolicy(draftDir, 'credit-limits.json', (policy) => {
    const rule = policy.rules.find((candidate) => candidate.name === 'invoice-over-available-limit')! as unknown as { event: { type: string } };
    rule.event.type = 'refer';
    for (const fixture of policy.tests ?? []) {
      const expected = fixture.expect as { outcome?: string; events?: Array<{ type: string }> };
      if (expected.outcome === 'REJECTED') expected.outcome = 'REFERRED';
      for (const event of expected.events ?? []) if (event.type === 'reject') event.type = 'refer';
    }
  });
});

afterAll(async () => {
  await app.close();
  rmSync(draftDir, { recursive: true, force: true });
});

const drafts = () => ['payment-terms.json', 'credit-limits.json'].map((file) => JSON.parse(readFileSync(join(draftDir, file), 'utf8')));

it('reports what a draft would change: outcomes, rules, tiers and money', async () => {
  const { backtestPolicy: report } = await app.ok(BacktestPolicyDocument, { drafts: drafts(), from: '2026-01-01', to: '2026-12-31' }, RISK_OFFICER);
  const total = await app.orm.em.fork().count(DecisionRecord, { businessDate: { $gte: '2026-01-01' } });
  expect(report.decisions).toBe(total);
  expect(report.changed).toBe(3); // two tier B invoices (term), one refusal (REJECTED -> REFERRED)
  expect(report.outcomeChanges).toEqual([{ mutation: 'issueInvoice', from: 'REJECTED', to: 'REFERRED', count: 1 }]);
  expect(report.invoicesWithNewTerm).toBe(2);
  expect(report.termDayAmountDelta).toBe(String((45 - 30) * (100000 + 300000)));
  expect(report.creditGrantedDeltaMinor).toBe('0'); // a referral grants no credit either
  expect(report.ruleChanges).toEqual(
    expect.arrayContaining([
      { policy: 'payment-terms', rule: 'tier-b-standard-term', event: { type: 'set-payment-term', params: { days: 30 } }, firedBefore: 2, firedAfter: 0 },
      { policy: 'payment-terms', rule: 'tier-b-standard-term', event: { type: 'set-payment-term', params: { days: 45 } }, firedBefore: 0, firedAfter: 2 },
    ]),
  );
  expect(report.tiers.find((tier) => tier.riskTier === 'B')).toMatchObject({ changed: 2 });
  expect(report.tiers.find((tier) => tier.riskTier === 'C')).toMatchObject({ changed: 1 });
  expect(report.sampleChangedDecisionIds).toHaveLength(3);
});

it('limits the replay to the business dates asked for', async () => {
  const { backtestPolicy: report } = await app.ok(BacktestPolicyDocument, { drafts: drafts(), from: '2026-02-10', to: '2026-02-16' }, RISK_OFFICER);
  expect(report).toMatchObject({ decisions: 1, changed: 1, invoicesWithNewTerm: 1 });
});

it('refuses an invalid draft, and is for risk officers', async () => {
  const invalid = await app.gql(BacktestPolicyDocument, { drafts: [{ name: 'payment-terms' }], from: '2026-01-01', to: '2026-12-31' }, RISK_OFFICER);
  expect(invalid.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(invalid.errors?.[0].message).toMatch(/drafts\[0\] is invalid/);
  const forbidden = await app.gql(BacktestPolicyDocument, { drafts: drafts(), from: '2026-01-01', to: '2026-12-31' }, { role: 'OPERATOR' as never });
  expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('gives the same report from npm run rules:backtest, with a progress bar', async () => {
  let output = '';
  let progress = '';
  const report = await runRulesBacktest(
    ['--draft', draftDir, '--from', '2026-01-01', '--to', '2026-12-31'],
    { NODE_ENV: 'test', DATABASE_URL: app.databaseUrl, RULES_DIR: PINNED_RULES_DIR },
    (text) => (output += text),
    (text) => (progress += text),
  );
  expect(report.changed).toBe(3);
  expect(output).toContain('would change');
  expect(output).toContain('issueInvoice: REJECTED -> REFERRED  x1');
  expect(progress).toMatch(/\[#+\] \d+\/\d+ decisions, 3 changed/);
});

it('streams history in keyset-paged batches, each decision once, in business-date order', async () => {
  const seen: string[] = [];
  const dates: string[] = [];
  for await (const decision of streamDecisions(app.orm.em.fork(), { from: '0001-01-01', to: '9999-12-31' }, 2)) {
    seen.push(decision.id);
    dates.push(decision.businessDate);
  }
  expect(seen.length).toBe(await app.orm.em.fork().count(DecisionRecord, {}));
  expect(new Set(seen).size).toBe(seen.length);
  expect(dates).toEqual([...dates].sort());
});
