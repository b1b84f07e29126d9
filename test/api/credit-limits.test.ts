/**
 * Credit limits over HTTP (rules/credit-limits.json): requestCreditLimit answers APPROVED, PARTIAL,
 * REFERRED or REJECTED, every answer in the limit history; reviewCreditLimits reduces limits above
 * their cap and steps up limits earned by on-time payment, once per date.
 */
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { reviewCreditLimits } from '../../src/modules/exposure/credit-limit.service';
import { CustomerCreditDocument, DecisionReplayDocument, RecordPaymentDocument, RequestCreditLimitDocument, ReviewCreditLimitsDocument } from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, TEST_TODAY, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const RISK_OFFICER = { role: 'RISK_OFFICER' as never };
const limitAlerts = (customerId: string) => app.orm.em.fork().count(RiskAlert, { customer: customerId, type: 'LIMIT_DECISION' });
const history = async (customerId: string) => {
  const { customer } = await app.ok(CustomerCreditDocument, { id: customerId });
  return customer!.exposure.limitHistory.edges.map((edge) => edge.node);
};

it('grants a new customer at most 15% of monthly sales: a larger request is PARTIAL, recorded as PARTLY_APPROVED', async () => {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '100000.00', relationshipStart: TEST_TODAY });
  const { requestCreditLimit: answer } = await app.ok(RequestCreditLimitDocument, { input: { customerId: customer.id, amount: '20000.00' } }, RISK_OFFICER);
  expect(answer).toMatchObject({ outcome: 'PARTIAL', granted: '15000.00', exposure: { creditLimit: '15000.00', available: '15000.00' } });
  expect(answer.limitDecision).toMatchObject({
    sequence: 2,
    kind: 'PARTLY_APPROVED',
    requested: '20000.00',
    previousLimit: '15000.00',
    newLimit: '15000.00',
    reason: 'Asked 20000.00 EUR, granted the cap of 15000.00 EUR',
    decisionId: answer.decision.id,
  });
  expect(answer.decision.firedRules.map((rule) => `${rule.rule}`).sort()).toEqual(['new-customer-cap', 'tier-b-cap']);
  expect(answer.decision.facts).toMatchObject({ relationshipYears: 0, onTimePayments: 0, requestedMinor: 2000000, requestedShareOfMonthlySales: 0.2 });
  expect((await history(customer.id)).map((entry) => entry.kind)).toEqual(['PARTLY_APPROVED', 'APPROVED']);
  expect(await limitAlerts(customer.id)).toBe(1);
});

it('approves a request within the caps in full', async () => {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.A, monthlySales: '100000.00' });
  const { requestCreditLimit: answer } = await app.ok(RequestCreditLimitDocument, { input: { customerId: customer.id, amount: '9000.00' } }, RISK_OFFICER);
  expect(answer).toMatchObject({ outcome: 'APPROVED', granted: '9000.00', exposure: { creditLimit: '9000.00' } });
  expect(answer.limitDecision).toMatchObject({ kind: 'APPROVED', requested: '9000.00', previousLimit: '15000.00', newLimit: '9000.00' });
});

it('answers REJECTED for tier D and REFERRED above 3 times monthly sales: no limit changes, both are in the history and replay', async () => {
  const d = await createCustomer(app, { grade: GRADE_OF_TIER.D, monthlySales: '10000.00' });
  const { requestCreditLimit: rejected } = await app.ok(RequestCreditLimitDocument, { input: { customerId: d.id, amount: '1000.00' } }, RISK_OFFICER);
  expect(rejected).toMatchObject({ outcome: 'REJECTED', granted: null, exposure: { creditLimit: '1500.00' } });
  expect(rejected.limitDecision).toMatchObject({ kind: 'REJECTED', requested: '1000.00', previousLimit: '1500.00', newLimit: '1500.00' });
  expect(rejected.limitDecision.reason).toMatch(/tier D customers buy against prepayment, without a credit limit \(credit-limits \/ tier-d-no-credit-limit\)/);

  const b = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '10000.00' });
  const { requestCreditLimit: referred } = await app.ok(RequestCreditLimitDocument, { input: { customerId: b.id, amount: '30000.01' } }, RISK_OFFICER);
  expect(referred).toMatchObject({ outcome: 'REFERRED', granted: null, exposure: { creditLimit: '1500.00' }, limitDecision: { kind: 'REFERRED' } });
  for (const answer of [rejected, referred]) {
    const { decision } = await app.ok(DecisionReplayDocument, { id: answer.decision.id });
    expect(decision.replay).toMatchObject({ matches: true, outcome: answer.outcome });
  }
  expect((await history(b.id)).map((entry) => entry.kind)).toEqual(['REFERRED', 'APPROVED']);
});

it('refuses a malformed amount and an unknown customer', async () => {
  const customer = await createCustomer(app);
  const bad = await app.gql(RequestCreditLimitDocument, { input: { customerId: customer.id, amount: '10.001' } }, RISK_OFFICER);
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const missing = await app.gql(RequestCreditLimitDocument, { input: { customerId: '00000000-0000-4000-8000-000000000000', amount: '10.00' } }, RISK_OFFICER);
  expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(await history(customer.id)).toHaveLength(1);
});

it('reviews every limit once per date: steps up after 6 on-time payments, reduces a tier D limit to its cap of 0', async () => {
  const review = await app.gql(ReviewCreditLimitsDocument, { asOf: TEST_TODAY });
  expect(review.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  // Clear what earlier tests left over the caps, so the figures below are this test's.
  await app.ok(ReviewCreditLimitsDocument, { asOf: TEST_TODAY }, RISK_OFFICER);

  const good = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '100000.00' }); // 15,000.00
  for (let i = 0; i < 6; i += 1) {
    const { invoice } = await issueInvoice(app, good.id, '100.00', { issueDate: '2026-02-01' });
    await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '100.00', currency: 'EUR', receivedOn: '2026-02-20' } });
  }
  const risky = await createCustomer(app, { grade: GRADE_OF_TIER.D, monthlySales: '10000.00' }); // 1,500.00

  const { reviewCreditLimits: first } = await app.ok(ReviewCreditLimitsDocument, { asOf: TEST_TODAY }, RISK_OFFICER);
  expect(first).toMatchObject({ asOf: TEST_TODAY, reduced: 1, steppedUp: 1 });
  const [stepped] = await history(good.id);
  expect(stepped).toMatchObject({ sequence: 2, kind: 'APPROVED', previousLimit: '15000.00', newLimit: '30000.00' });
  expect(stepped.reason).toMatch(/stepped up to 30000.00 EUR for a record of on-time payment/);
  const [reduced] = await history(risky.id);
  expect(reduced).toMatchObject({ kind: 'REDUCED', previousLimit: '1500.00', newLimit: '0.00' });
  const { decision } = await app.ok(DecisionReplayDocument, { id: stepped.decisionId! });
  expect(decision.replay.matches).toBe(true);
  expect(await limitAlerts(good.id)).toBe(1);

  // Again for the same date, in batches of 2: nothing left to change.
  const again = await reviewCreditLimits({ em: app.orm.em.fork(), policy: app.policy, clock: app.clock, actor: { id: 'test' } }, TEST_TODAY, 2);
  expect(again).toMatchObject({ examined: first.examined, reduced: 0, steppedUp: 0 });
  expect(await history(good.id)).toHaveLength(2);
  expect(await limitAlerts(good.id)).toBe(1);
});
