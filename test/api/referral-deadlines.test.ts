/**
 * Referral deadlines in the collections cycle, on the cycle's business date (asOf), never the wall
 * clock: the pinned test/rules/credit-authority.json makes a held invoice due in 2 business days, warns
 * (REFERRAL_DUE) from the day before its due day and expires it once its due day has passed
 * (reviewReferral: daysToDue 1..0 warn, below 0 expire). Nothing sleeps: the clock moves, asOf is passed.
 */
import { Role } from '../../src/app/actor';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { runCollectionCycle } from '../../src/modules/collections/collections.service';
import { ApproveReferralDocument, CustomerCreditLimitDocument, HeldInvoiceDocument, IssueHeldInvoiceDocument, ReferralDocument, RunCollectionCycleDocument } from '../generated/graphql';
import { createCustomer } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp(); // 2026-03-02, a Monday, 09:00Z
});
afterEach(() => app.close());

let sequence = 0;

/** An invoice 0.01 over the customer's limit: held ON_HOLD for a referral due 2026-03-04T09:00Z. */
async function holdInvoice() {
  const customer = await createCustomer(app);
  const { customer: before } = await app.ok(CustomerCreditLimitDocument, { id: customer.id });
  const amount = ((Math.round(Number(before.exposure.available) * 100) + 1) / 100).toFixed(2);
  sequence += 1;
  const { issueInvoice } = await app.ok(IssueHeldInvoiceDocument, { input: { customerId: customer.id, number: `DUE-${process.pid}-${sequence}`, amount, currency: 'EUR' } });
  expect(issueInvoice.invoice.status).toBe('ON_HOLD');
  const referralId = issueInvoice.decision.referral!.id;
  const { referral } = await app.ok(ReferralDocument, { id: referralId });
  expect(referral.dueAt).toBe('2026-03-04T09:00:00.000Z');
  return { customerId: customer.id, invoiceId: issueInvoice.invoice.id, referralId, amount };
}

async function cycle(asOf: string) {
  return (await app.ok(RunCollectionCycleDocument, { asOf })).runCollectionCycle;
}

async function referralAlerts() {
  const rows = await app.orm.em.fork().find(RiskAlert, { type: { $like: 'REFERRAL_%' } }, { orderBy: { sequence: 'asc' } });
  return rows.map((alert) => `${alert.type}/${alert.severity}`);
}

it('warns once the day before the due day, expires once after it, cancels the held invoice, and a late approval is CONFLICT', async () => {
  const { customerId, invoiceId, referralId, amount } = await holdInvoice();
  expect((await app.ok(CustomerCreditLimitDocument, { id: customerId })).customer.exposure.held).toBe(amount);
  // The cycles run later than the dates they are for: asOf decides, not the clock.
  app.clock.set('2026-03-09T06:00:00Z');

  expect(await cycle('2026-03-02')).toMatchObject({ referralsDue: 0, referralsExpired: 0 }); // two days before
  expect(await cycle('2026-03-03')).toMatchObject({ referralsDue: 1, referralsExpired: 0 }); // the day before
  expect(await cycle('2026-03-03')).toMatchObject({ referralsDue: 0, referralsExpired: 0 }); // once
  expect(await cycle('2026-03-04')).toMatchObject({ referralsDue: 0, referralsExpired: 0 }); // the due day: warned already, not expired
  expect((await app.ok(ReferralDocument, { id: referralId })).referral.state).toBe('OPEN');

  expect(await cycle('2026-03-05')).toMatchObject({ referralsDue: 0, referralsExpired: 1 });
  const { referral } = await app.ok(ReferralDocument, { id: referralId });
  expect(referral).toMatchObject({ state: 'EXPIRED', resolution: { state: 'EXPIRED', applied: false } });
  expect(referral.resolution!.by).toBe('test-operator'); // who ran the cycle
  expect((await app.ok(HeldInvoiceDocument, { id: invoiceId })).invoice.status).toBe('CANCELLED');
  expect((await app.ok(CustomerCreditLimitDocument, { id: customerId })).customer.exposure.held).toBe('0.00');

  // A second cycle, the same day or later, changes nothing.
  expect(await cycle('2026-03-05')).toMatchObject({ referralsDue: 0, referralsExpired: 0 });
  expect(await cycle('2026-03-06')).toMatchObject({ referralsDue: 0, referralsExpired: 0 });
  expect(await referralAlerts()).toEqual(['REFERRAL_OPENED/WARNING', 'REFERRAL_DUE/WARNING', 'REFERRAL_EXPIRED/CRITICAL']);
  const reviews = await app.orm.em.fork().find(DecisionRecord, { mutation: 'reviewReferral' });
  expect(reviews).toHaveLength(2);
  expect(reviews.every((record) => record.subject === `Referral ${referralId}`)).toBe(true);

  const late = await app.gql(ApproveReferralDocument, { id: referralId }, { role: Role.CREDIT_MANAGER });
  expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect(late.errors?.[0]?.message).toContain('is EXPIRED');
  expect((await app.ok(HeldInvoiceDocument, { id: invoiceId })).invoice.status).toBe('CANCELLED');
});

it('a referral first seen after its due day expires without a due warning; two cycles at once expire it once', async () => {
  const { referralId } = await holdInvoice();
  app.clock.set('2026-03-10T06:00:00Z');
  const deps = { em: app.orm.em.fork(), policy: app.policy, clock: app.clock, actorId: 'system:test-cycle' };
  const [first, second] = await Promise.all([runCollectionCycle(deps, '2026-03-06'), runCollectionCycle({ ...deps, em: app.orm.em.fork() }, '2026-03-06')]);
  expect(first.referralsExpired + second.referralsExpired).toBe(1);
  expect(first.referralsDue + second.referralsDue).toBe(0);
  expect((await app.ok(ReferralDocument, { id: referralId })).referral.state).toBe('EXPIRED');
  expect(await referralAlerts()).toEqual(['REFERRAL_OPENED/WARNING', 'REFERRAL_EXPIRED/CRITICAL']);
});

it('a referral decided before its due time is left alone', async () => {
  const { referralId } = await holdInvoice();
  app.clock.set('2026-03-03T10:00:00Z');
  await app.ok(ApproveReferralDocument, { id: referralId }, { role: Role.CREDIT_MANAGER });
  app.clock.set('2026-03-09T06:00:00Z');
  expect(await cycle('2026-03-03')).toMatchObject({ referralsDue: 0, referralsExpired: 0 });
  expect(await cycle('2026-03-05')).toMatchObject({ referralsDue: 0, referralsExpired: 0 });
  expect((await app.ok(ReferralDocument, { id: referralId })).referral.state).toBe('APPROVED');
});
