/**
 * A held invoice end to end (issue 15), on the pinned rules (test/rules/): an invoice a little over
 * the credit limit is referred (credit-limits.json refers up to 100.00 over) and held ON_HOLD with its
 * referral; a risk officer finds it in the inbox and releases it, on the terms of the release day;
 * or declines it; or approves it after the facts changed, and the policy decides again.
 */
import { Role } from '../../src/app/actor';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { Exposure } from '../../src/modules/exposure/exposure.entity';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import {
  ApproveReferralWithKeyDocument,
  CustomerCreditLimitDocument,
  DeclineReferralDocument,
  DecisionReplayDocument,
  HeldInvoiceDocument,
  IssueHeldInvoiceDocument,
  RecordPaymentDocument,
  ReferralInboxDocument,
  RunCollectionCycleDocument,
} from '../generated/graphql';
import { createCustomer, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(); // 2026-03-02, a Monday, 09:00Z
});
afterAll(() => app.close());
afterEach(() => app.clock.set('2026-03-02T09:00:00Z'));

let sequence = 0;

/** A tier-B customer (30-day terms) with its limit of 15,000.00 used up, and an invoice of 50.00 held over it. */
async function heldInvoice() {
  const customer = await createCustomer(app);
  const { customer: credit } = await app.ok(CustomerCreditLimitDocument, { id: customer.id });
  await issueInvoice(app, customer.id, credit.exposure.available);
  sequence += 1;
  const { issueInvoice: held } = await app.ok(IssueHeldInvoiceDocument, { input: { customerId: customer.id, number: `HOLD-${process.pid}-${sequence}`, amount: '50.00', currency: 'EUR' } });
  return { customer, credit: credit.exposure, invoice: held.invoice, decision: held.decision, referralId: held.decision.referral!.id };
}

const alertsOf = (customerId: string) => app.orm.em.fork().find(RiskAlert, { customer: customerId }, { orderBy: { sequence: 'asc' } });
const exposureOf = async (customerId: string) => (await app.ok(CustomerCreditLimitDocument, { id: customerId })).customer.exposure;

it('holds the invoice: ON_HOLD, counted as held and not outstanding, not payable, not dunned, a referral in the inbox', async () => {
  const { customer, credit, invoice, decision, referralId } = await heldInvoice();
  expect(decision).toMatchObject({ outcome: 'REFERRED', referral: { id: referralId, state: 'OPEN', requiredAuthority: { level: 'RISK_OFFICER', approvals: 1 } } });
  expect(invoice).toMatchObject({ status: 'ON_HOLD', amount: '50.00', referral: { id: referralId, state: 'OPEN' } });
  expect(await exposureOf(customer.id)).toMatchObject({ outstanding: credit.creditLimit, held: '50.00', available: '0.00' });

  const payment = await app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '10.00', currency: 'EUR' } });
  expect(payment.errors?.[0].extensions?.code).toBeDefined();
  expect(payment.data).toBeNull();

  // The next day the ladder looks at the book (the referral is due the day after): the held invoice,
  // "due" on its issue day, is no receivable and is not dunned.
  app.clock.set('2026-03-03T09:00:00Z');
  await app.ok(RunCollectionCycleDocument, { asOf: '2026-03-03' });
  app.clock.set('2026-03-02T09:00:00Z');
  expect((await app.ok(HeldInvoiceDocument, { id: invoice.id })).invoice).toMatchObject({ status: 'ON_HOLD' });
  expect(await app.orm.em.fork().findOneOrFail(Invoice, { id: invoice.id })).toMatchObject({ collectionStage: 'NONE' });

  const inbox = async (role: Role) => (await app.ok(ReferralInboxDocument, { filter: { mayApprove: true, customerId: customer.id } }, { role })).referrals.edges.map(({ node }) => node.id);
  expect(await inbox(Role.RISK_OFFICER)).toEqual([referralId]);
  expect(await inbox(Role.CREDIT_MANAGER)).toEqual([referralId]);
  expect(await inbox(Role.OPERATOR)).toEqual([]);
  expect((await alertsOf(customer.id)).map((alert) => alert.type)).toContain('REFERRAL_OPENED');
});

it('releases it on approval: issued on the approval day on that day\'s terms, outstanding instead of held, decided and explained', async () => {
  const { customer, credit, invoice, referralId } = await heldInvoice();
  app.clock.set('2026-03-03T10:00:00Z'); // the next day
  const { approveReferral } = await app.ok(ApproveReferralWithKeyDocument, { id: referralId, note: 'customer pays early, known for years' }, { role: Role.RISK_OFFICER });
  expect(approveReferral).toMatchObject({
    applied: true,
    approvalsMissing: 0,
    referral: { state: 'APPROVED', resolution: { state: 'APPROVED', by: 'test-risk_officer', note: 'customer pays early, known for years', applied: true, applyResult: { invoiceId: invoice.id } } },
  });
  expect((await app.ok(HeldInvoiceDocument, { id: invoice.id })).invoice).toMatchObject({ status: 'OPEN', issueDate: '2026-03-03', termDays: 30, dueDate: '2026-04-02', outstanding: '50.00' });
  const outstanding = (Number(credit.creditLimit) + 50).toFixed(2);
  expect(await exposureOf(customer.id)).toMatchObject({ outstanding, held: '0.00' });

  // The invoice points at its decision of the release day (still referred for the reason approved);
  // the approval itself is a resolveReferral decision, replayable like any other.
  const stored = await app.orm.em.fork().findOneOrFail(Invoice, { id: invoice.id }, { populate: ['decision'] });
  expect(stored.decision).toMatchObject({ mutation: 'issueInvoice', businessDate: '2026-03-03', outcome: 'REFERRED' });
  const approval = await app.orm.em.fork().findOneOrFail(DecisionRecord, { mutation: 'resolveReferral', subject: `Referral ${referralId}` });
  expect(approval).toMatchObject({ outcome: 'APPROVED', actorId: 'test-risk_officer', facts: { referredMutation: 'issueInvoice', approvalsMissing: 0, redecidedOutcome: 'REFERRED', newReferralReasons: 0 } });
  expect((await app.ok(DecisionReplayDocument, { id: approval.id }, { role: Role.RISK_OFFICER })).decision.replay.matches).toBe(true);
  expect((await alertsOf(customer.id)).map((alert) => alert.type)).toEqual(expect.arrayContaining(['REFERRAL_OPENED', 'REFERRAL_RESOLVED']));

  // Once released it is an ordinary receivable: it can be paid.
  const payment = await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '50.00', currency: 'EUR' } });
  expect(payment.recordPayment.invoice).toMatchObject({ outstanding: '0.00' });
});

it('answers a retried approval with the first answer (idempotency key): one approval, one release', async () => {
  const { referralId } = await heldInvoice();
  const send = () => app.ok(ApproveReferralWithKeyDocument, { id: referralId, idempotencyKey: `approve-${referralId}` }, { role: Role.RISK_OFFICER });
  const first = await send();
  const again = await send();
  expect(again).toEqual(first);
  expect(await app.orm.em.fork().count(DecisionRecord, { mutation: 'resolveReferral', subject: `Referral ${referralId}` })).toBe(1);
});

it('cancels it on a decline: not held any more, never issued', async () => {
  const { customer, credit, invoice, referralId } = await heldInvoice();
  const { declineReferral } = await app.ok(DeclineReferralDocument, { id: referralId, reason: 'over the limit twice this month already' }, { role: Role.RISK_OFFICER });
  expect(declineReferral.referral).toMatchObject({ state: 'DECLINED' });
  expect((await app.ok(HeldInvoiceDocument, { id: invoice.id })).invoice).toMatchObject({ status: 'CANCELLED' });
  expect(await exposureOf(customer.id)).toMatchObject({ outstanding: credit.creditLimit, held: '0.00' });
  expect((await alertsOf(customer.id)).map((alert) => alert.type)).toContain('REFERRAL_RESOLVED');
});

it('decides again on the day\'s facts: a limit cut since the referral makes it a rejection no approval overrides', async () => {
  const { customer, invoice, referralId } = await heldInvoice();
  // A review cut the limit by 100.00 meanwhile: the held 50.00 is now 150.00 over, past the referral band.
  const exposure = await app.orm.em.fork().findOneOrFail(Exposure, { customer: customer.id });
  await app.orm.em.fork().nativeUpdate(Exposure, { id: exposure.id }, { creditLimitMinor: exposure.creditLimitMinor - 10_000 });

  const { approveReferral } = await app.ok(ApproveReferralWithKeyDocument, { id: referralId }, { role: Role.RISK_OFFICER });
  expect(approveReferral).toMatchObject({ applied: false, referral: { state: 'DECLINED', resolution: { state: 'DECLINED', applied: false } } });
  expect(approveReferral.referral.resolution?.note).toMatch(/Declined by the policy on 2026-03-02: .*rejects the request/);
  expect((await app.ok(HeldInvoiceDocument, { id: invoice.id })).invoice).toMatchObject({ status: 'CANCELLED' });
  // The referred decision, and the one of the approval day that rejects it (one clock tick: no order between them).
  const redecided = await app.orm.em.fork().find(DecisionRecord, { mutation: 'issueInvoice', subject: `Invoice ${invoice.number}` });
  expect(redecided.map((decision) => decision.outcome).sort()).toEqual(['REFERRED', 'REJECTED']);
});
