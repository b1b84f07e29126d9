/**
 * The policy as risk officers live with it: edit a file under a running server and see it go live
 * without a restart (how soon is a figure of `npm run bench`, not asserted here), or be refused with
 * an alert while the previous version keeps serving; dry-run a draft; replay any stored decision
 * under the versions it was taken under.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import {
  DecisionReplayDocument,
  EvaluatePolicyDocument,
  IssueInvoiceDocument,
  PoliciesDocument,
  PolicyHistoryDocument,
  RecordPaymentDocument,
  UpdateCustomerFinancialsDocument,
} from '../generated/graphql';
import { eventually } from '../support/eventually';
import { NEW_CUSTOMER_FACTS, ORDINARY_INVOICE_FACTS } from '../support/facts';
import { copyPinnedRules, pinnedRulesFile } from '../support/pinned-rules';
import { editPolicy, setTierTerm } from '../support/policy-edits';
import { createCustomer, FINANCIALS_OF_GRADE, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let rulesDir: string;

beforeAll(async () => {
  rulesDir = copyPinnedRules();
  app = await startTestApp({ rulesDir, watchRules: true });
});
afterAll(async () => {
  await app.close();
  rmSync(rulesDir, { recursive: true, force: true });
});

const paymentTermsFile = () => join(rulesDir, 'payment-terms.json');

const customerFacts = NEW_CUSTOMER_FACTS;
const invoiceFacts = ORDINARY_INVOICE_FACTS;

describe('policies and policyHistory', () => {
  it('lists every live policy with version, hash, rules and when it went live', async () => {
    const { policies } = await app.ok(PoliciesDocument);
    const terms = policies.find((policy) => policy.name === 'payment-terms')!;
    expect(terms).toMatchObject({ version: '2026.1', inForce: true, effectiveFrom: null, appliesTo: ['issueInvoice'], file: paymentTermsFile() });
    expect(terms.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(terms.rules.map((rule) => rule.name)).toContain('tier-b-standard-term');
    const { policyHistory } = await app.ok(PolicyHistoryDocument, { first: 100 });
    expect(policyHistory.edges.filter((edge) => edge.node.kind === 'LOADED').map((edge) => edge.node.name)).toEqual(
      expect.arrayContaining(policies.map((policy) => policy.name)),
    );
  });
});

describe('hot reload', () => {
  it('puts a valid edit live without a restart and the next decision uses it', async () => {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    setTierTerm(rulesDir, 'B', 'tier-b-standard-term', 40, '2026.2');

    const live = await eventually(async () => {
      const { policies } = await app.ok(PoliciesDocument);
      return policies.find((p) => p.name === 'payment-terms' && p.version === '2026.2');
    });

    const { invoice, decision } = await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-03-01' });
    expect(invoice).toMatchObject({ termDays: 40, dueDate: '2026-04-10' });
    expect(decision.policyVersions.find((version) => version.name === 'payment-terms')?.hash).toBe(live.hash);

    const { policyHistory } = await app.ok(PolicyHistoryDocument, { first: 5 });
    expect(policyHistory.edges[0].node).toMatchObject({ kind: 'LOADED', name: 'payment-terms', version: '2026.2', hash: live.hash });
  });

  it('refuses an invalid edit: the previous version keeps serving, the reason is recorded and a POLICY_REJECTED alert raised', async () => {
    const before = (await app.ok(PoliciesDocument)).policies;
    editPolicy(rulesDir, 'payment-terms.json', (policy) => {
      policy.rules[0].event.params.days = 900;
    });

    const refusal = await eventually(async () => {
      const { policyHistory } = await app.ok(PolicyHistoryDocument, { first: 1 });
      return policyHistory.edges[0].node.kind === 'REFUSED' ? policyHistory.edges[0].node : null;
    });
    expect(refusal.problems.join('\n')).toContain('/rules/0/event/params/days: must be <= 365 (got 900)');
    expect(refusal.problems.join('\n')).toContain(paymentTermsFile());

    expect((await app.ok(PoliciesDocument)).policies).toEqual(before);
    // rules/alerts.json (of the policies still serving) names the alert: POLICY_REFUSED, CRITICAL.
    const alerts = await app.orm.em.fork().find(RiskAlert, { type: 'POLICY_REFUSED' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ severity: 'CRITICAL' });
    expect(alerts[0].message).toMatch(/was refused; the previous policies keep serving/);

    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    const { invoice } = await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-03-01' });
    expect(invoice.termDays).toBe(40);
  });
});

describe('evaluatePolicy (dry run)', () => {
  it('decides under the live policies and under a draft, writing nothing', async () => {
    const decisionsBefore = await app.orm.em.fork().count(DecisionRecord, {});
    const live = await app.ok(EvaluatePolicyDocument, { mutation: 'issueInvoice', facts: invoiceFacts }, { role: 'RISK_OFFICER' as never });
    expect(live.evaluatePolicy).toMatchObject({ outcome: 'APPROVED', firedRules: [{ policy: 'payment-terms', rule: 'tier-b-standard-term', params: { days: 40 } }] });
    expect(live.evaluatePolicy.failedRules.map((rule) => rule.rule)).toContain('tier-a-term');

    const draft = JSON.parse(readFileSync(pinnedRulesFile('payment-terms.json'), 'utf8'));
    draft.rules.find((rule: { name: string }) => rule.name === 'tier-b-standard-term').event.params.days = 21;
    const drafted = await app.ok(EvaluatePolicyDocument, { mutation: 'issueInvoice', facts: invoiceFacts, draft }, { role: 'RISK_OFFICER' as never });
    expect(drafted.evaluatePolicy.firedRules[0].params).toEqual({ days: 21 });
    expect(drafted.evaluatePolicy.explanation).toContain('Term 21 days');

    expect(await app.orm.em.fork().count(DecisionRecord, {})).toBe(decisionsBefore);
  });

  it.each([
    [{ mutation: 'issueInvoices', facts: invoiceFacts }, /mutation "issueInvoices" is not one the policy decides/],
    [{ mutation: 'issueInvoice', facts: { ...invoiceFacts, grade: 'five' } }, /grade must be a whole number \(got "five"\)/],
    [{ mutation: 'issueInvoice', facts: { riskTier: 'B' } }, /grade is missing/],
    [{ mutation: 'createCustomer', facts: { ...customerFacts, colour: 'red' } }, /colour is not a fact of createCustomer/],
    [{ mutation: 'issueInvoice', facts: invoiceFacts, draft: { name: 'payment-terms' } }, /The draft policy is invalid/],
  ])('refuses %o with BAD_USER_INPUT', async (variables, message) => {
    const response = await app.gql(EvaluatePolicyDocument, variables as never, { role: 'RISK_OFFICER' as never });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('is for risk officers', async () => {
    const response = await app.gql(EvaluatePolicyDocument, { mutation: 'issueInvoice', facts: invoiceFacts }, { role: 'OPERATOR' as never });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('replay', () => {
  it('reproduces the outcome of every stored decision under the policy versions it was taken under', async () => {
    // Decisions of every kind: approvals, a rejection, a prepayment, a payment, an update.
    const small = await createCustomer(app, { monthlySales: '1000.00', grade: GRADE_OF_TIER.B }); // limit 150.00
    const { invoice } = await issueInvoice(app, small.id, '100.00');
    await app.gql(IssueInvoiceDocument, { input: { customerId: small.id, number: `REPLAY-${Date.now()}`, amount: '200.00', currency: 'EUR' } });
    await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '40.00', currency: 'EUR' } });
    // A re-grade (scoreCustomer, gradeCustomer, updateCustomer decisions) and a prepayment of a tier D customer.
    await app.ok(UpdateCustomerFinancialsDocument, { input: { customerId: small.id, expectedVersion: small.version, financials: FINANCIALS_OF_GRADE[10].financials } });
    const weak = await createCustomer(app, { grade: GRADE_OF_TIER.D });
    await issueInvoice(app, weak.id, '10.00');

    const records = await app.orm.em.fork().find(DecisionRecord, {});
    expect(new Set(records.map((record) => record.outcome))).toEqual(new Set(['APPROVED', 'REJECTED', 'REQUIRES_PREPAYMENT']));
    for (const record of records) {
      const { decision } = await app.ok(DecisionReplayDocument, { id: record.id });
      expect({ id: record.id, ...decision.replay }).toMatchObject({ id: record.id, matches: true, outcome: record.outcome });
    }
  });
});
