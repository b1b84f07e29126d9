/**
 * Held requests end to end, through the real server and the pinned rules (test/rules/): each
 * mutation the policy can refer answers REFERRED with its referral (no POLICY_REJECTED error), the
 * held request waits in the inbox of whoever may approve it, and approval by another person carries
 * it out through the pipeline (a limit takes effect, an invoice is written off, ...); a decline leaves
 * nothing applied. The credit authority: a risk officer up to EUR 50,000.00, a credit manager above.
 */
import { Role } from '../../src/app/actor';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import {
  ApproveReferralDocument,
  CreateInsurancePolicyDocument,
  CustomerCoversDocument,
  CustomerCreditDocument,
  DeclineReferralDocument,
  HeldInvoiceDocument,
  InvoiceExtensionsDocument,
  ReferralsDocument,
  RequestHeldCreditLimitDocument,
  RequestHeldInsuredLimitDocument,
  RequestTermExtensionDocument,
  FxRatesDocument,
  SetFxRateDocument,
  SetHeldFxRateDocument,
  WriteOffHeldInvoiceDocument,
  WriteOffInvoiceDocument,
} from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { asPeople, type Person } from '../support/people';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(); // 2026-03-02, a Monday, 09:00Z
});
afterAll(() => app.close());

/** People, each with a token of their own (test/support/people.ts): four eyes are about persons, not roles. */
let as: (who: Person) => { headers: Record<string, string> };
beforeAll(async () => {
  as = await asPeople();
});

/** The referrals `who` may approve, among those of one customer. */
const inbox = async (who: Person, customerId: string) =>
  (await app.ok(ReferralsDocument, { filter: { customerId, mayApprove: true } }, as(who))).referrals.edges.map(({ node }) => node.id);

const fieldsOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.flatMap((error) => ((error.extensions?.fields ?? []) as { field: string }[]).map((problem) => problem.field)).sort();

const alertTypes = async (customerId: string) => (await app.orm.em.fork().find(RiskAlert, { customer: customerId }, { orderBy: { id: 'asc' } })).map((alert) => alert.type).sort();
const decisionsOf = async (mutation: string, subject: string) =>
  (await app.orm.em.fork().find(DecisionRecord, { mutation, subject }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map((record) => record.outcome);

describe('requestCreditLimit', () => {
  /** A tier B customer with monthly sales of 10,000.00 (a first line of 1,500.00) asks rita for 30,000.01: above 3 times monthly sales, referred. */
  async function referLimit() {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '10000.00' });
    const { requestCreditLimit: answer } = await app.ok(RequestHeldCreditLimitDocument, { input: { customerId: customer.id, amount: '30000.01' } }, as('rita'));
    expect(answer).toMatchObject({
      outcome: 'REFERRED',
      granted: null,
      exposure: { creditLimit: '1500.00' },
      limitDecision: { kind: 'REFERRED', requested: '30000.01', newLimit: '1500.00' },
      decision: { outcome: 'REFERRED', referral: { state: 'OPEN', requiredAuthority: { level: 'RISK_OFFICER', approvals: 1 } } },
    });
    return { customer, referralId: answer.decision.referral!.id };
  }
  const limitOf = async (customerId: string) => {
    const { customer } = await app.ok(CustomerCreditDocument, { id: customerId }, { role: Role.VIEWER });
    return { limit: customer!.exposure.creditLimit, history: customer!.exposure.limitHistory.edges.map(({ node }) => node) };
  };

  it('is held as a pending request; approval by another person grants the limit asked, above the cap (the approval is the override)', async () => {
    const { customer, referralId } = await referLimit();
    expect(await inbox('rita', customer.id)).toEqual([]); // her own request
    expect(await inbox('rolf', customer.id)).toEqual([referralId]);
    expect(await alertTypes(customer.id)).toEqual(['LIMIT_DECISION', 'REFERRAL_OPENED']);

    const { approveReferral } = await app.ok(ApproveReferralDocument, { id: referralId, note: 'parent guarantee on file' }, as('rolf'));
    expect(approveReferral).toMatchObject({ applied: true, referral: { state: 'APPROVED', resolution: { by: 'rolf', applied: true, applyResult: { creditLimit: '30000.01' } } } });

    const { limit, history } = await limitOf(customer.id);
    expect(limit).toBe('30000.01');
    expect(history.map((entry) => entry.kind)).toEqual(['APPROVED', 'REFERRED', 'APPROVED']);
    expect(history[0]).toMatchObject({ requested: '30000.01', previousLimit: '1500.00', newLimit: '30000.01', reason: `Asked 30000.01 EUR, granted 30000.01 EUR on referral ${referralId}, approved by rolf` });
    expect(await alertTypes(customer.id)).toEqual(['LIMIT_DECISION', 'LIMIT_DECISION', 'REFERRAL_OPENED', 'REFERRAL_RESOLVED']);
    // The request referred, decided again on the day (still referred: the caps show), and the approval.
    expect(await decisionsOf('requestCreditLimit', `Credit limit of customer ${customer.id}`)).toEqual(['REFERRED']);
    expect(await decisionsOf('requestCreditLimit', `Credit limit of ${customer.name}`)).toEqual(['REFERRED']);
    expect(await decisionsOf('resolveReferral', `Referral ${referralId}`)).toEqual(['APPROVED']);
    const redecided = await app.orm.em.fork().findOneOrFail(DecisionRecord, { mutation: 'requestCreditLimit', subject: `Credit limit of ${customer.name}` });
    expect(redecided.firedRules.map((fired) => fired.rule)).toEqual(expect.arrayContaining(['tier-b-cap', 'large-request-referred']));
  });

  it('modified: approved with a lower limit, MODIFIED, decided again on the lower amount; never higher than asked, nor days', async () => {
    const { customer, referralId } = await referLimit();
    const higher = await app.gql(ApproveReferralDocument, { id: referralId, modify: { amount: '30000.02', days: 3 } }, as('rolf'));
    expect(higher.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(higher)).toEqual(['modify.amount', 'modify.days']);
    expect(higher.errors?.[0].message).toMatch(/modify.amount must be lower than the 30000.01 EUR asked; .*has no days to lower/);
    expect(fieldsOf(await app.gql(ApproveReferralDocument, { id: referralId, modify: { amount: '-1.00' } }, as('rolf')))).toEqual(['modify.amount']);

    const { approveReferral } = await app.ok(ApproveReferralDocument, { id: referralId, note: 'half of it against the guarantee', modify: { amount: '15000.00' } }, as('rolf'));
    expect(approveReferral).toMatchObject({ applied: true, referral: { state: 'MODIFIED', resolution: { state: 'MODIFIED', by: 'rolf', applyResult: { creditLimit: '15000.00' } } } });
    const { limit, history } = await limitOf(customer.id);
    expect(limit).toBe('15000.00');
    expect(history[0]).toMatchObject({ kind: 'PARTLY_APPROVED', requested: '30000.01', newLimit: '15000.00', reason: `Asked 30000.01 EUR, granted 15000.00 EUR on referral ${referralId}, modified by rolf` });
    const redecided = await app.orm.em.fork().findOneOrFail(DecisionRecord, { mutation: 'requestCreditLimit', subject: `Credit limit of ${customer.name}` });
    expect(redecided.facts).toMatchObject({ requestedMinor: 1_500_000 });
    const resolved = await app.orm.em.fork().findOneOrFail(RiskAlert, { customer: customer.id, type: 'REFERRAL_RESOLVED' });
    expect(resolved.data).toMatchObject({ stage: 'MODIFIED' });
  });

  it('declined: the limit stays, the REFERRED entry is all the history shows', async () => {
    const { customer, referralId } = await referLimit();
    await app.ok(DeclineReferralDocument, { id: referralId, reason: 'no security offered' }, as('anna'));
    const { limit, history } = await limitOf(customer.id);
    expect(limit).toBe('1500.00');
    expect(history.map((entry) => entry.kind)).toEqual(['REFERRED', 'APPROVED']);
    expect(await alertTypes(customer.id)).toEqual(['LIMIT_DECISION', 'REFERRAL_OPENED', 'REFERRAL_RESOLVED']);
  });
});

describe('writeOffInvoice', () => {
  /** rita asks to write off an invoice of 1,000.00 before the legal stage: referred, the invoice untouched. */
  async function referWriteOff() {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    const { invoice } = await issueInvoice(app, customer.id, '1000.00');
    const { writeOffInvoice: answer } = await app.ok(WriteOffHeldInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'buyer gone' } }, as('rita'));
    expect(answer).toMatchObject({
      invoice: { status: 'OPEN', outstanding: '1000.00', writtenOff: '0.00' },
      decision: { outcome: 'REFERRED', referral: { state: 'OPEN', requiredAuthority: { level: 'RISK_OFFICER', approvals: 1 } } },
    });
    return { customer, invoice, referralId: answer.decision.referral!.id };
  }
  const invoiceOf = async (id: string) => (await app.ok(HeldInvoiceDocument, { id }, { role: Role.VIEWER })).invoice;

  it('is held with the invoice as it is; approval writes off what is outstanding that day', async () => {
    const { customer, invoice, referralId } = await referWriteOff();
    expect(await inbox('rita', customer.id)).toEqual([]);
    expect(await inbox('rolf', customer.id)).toEqual([referralId]);
    const { approveReferral } = await app.ok(ApproveReferralDocument, { id: referralId }, as('rolf'));
    expect(approveReferral).toMatchObject({ applied: true, referral: { state: 'APPROVED', resolution: { applied: true, applyResult: { invoiceId: invoice.id, writtenOff: '1000.00', writtenOffOn: '2026-03-02' } } } });
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: 'WRITTEN_OFF', outstanding: '0.00' });
    expect(await alertTypes(customer.id)).toEqual(['REFERRAL_OPENED', 'REFERRAL_RESOLVED']);
    expect(await decisionsOf('writeOffInvoice', `Write-off of invoice ${invoice.id}`)).toEqual(['REFERRED']);
    expect(await decisionsOf('writeOffInvoice', `Write-off of invoice ${invoice.number}`)).toEqual(['REFERRED']); // decided again on the day
    expect(await decisionsOf('resolveReferral', `Referral ${referralId}`)).toEqual(['APPROVED']);
    // Nothing is left to write off: a second request is refused as such.
    const again = await app.gql(WriteOffInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'twice' } }, as('rita'));
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('in another currency: the referral counts the base amount at the rate in force (read in the referred request\'s transaction)', async () => {
    await app.ok(SetFxRateDocument, { input: { from: 'USD', to: 'EUR', rate: '0.5000', effectiveDate: '2026-03-01' } }, { role: Role.RISK_OFFICER });
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, currency: 'USD' });
    const { invoice } = await issueInvoice(app, customer.id, '1000.00', { currency: 'USD' });
    const { writeOffInvoice: answer } = await app.ok(WriteOffHeldInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'buyer gone' } }, as('rita'));
    expect(answer.decision).toMatchObject({ outcome: 'REFERRED', referral: { state: 'OPEN', requiredAuthority: { level: 'RISK_OFFICER' } } });
    const referral = await app.orm.em.fork().findOneOrFail('Referral', { id: answer.decision.referral!.id });
    expect(referral).toMatchObject({ amountMinor: 100_000, currency: 'USD', amountBaseMinor: 50_000 });
  });

  it('cannot be modified: a write-off is approved as asked or declined', async () => {
    const { referralId } = await referWriteOff();
    const modified = await app.gql(ApproveReferralDocument, { id: referralId, modify: { amount: '500.00' } }, as('rolf'));
    expect(fieldsOf(modified)).toEqual(['modify.amount']);
    expect(modified.errors?.[0].message).toMatch(/\(writeOffInvoice\) has no amount to lower: approve it as asked or decline it/);
  });

  it('declined: the invoice stays open with all it owes', async () => {
    const declined = await referWriteOff();
    await app.ok(DeclineReferralDocument, { id: declined.referralId, reason: 'keep collecting' }, as('rolf'));
    expect(await invoiceOf(declined.invoice.id)).toMatchObject({ status: 'OPEN', outstanding: '1000.00' });
    expect(await alertTypes(declined.customer.id)).toEqual(['REFERRAL_OPENED', 'REFERRAL_RESOLVED']);
  });
});

describe('requestTermExtension', () => {
  /** rita asks for 10 more days on an invoice, for a dispute: referred, held as a PENDING extension. */
  async function referExtension() {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    const { invoice } = await issueInvoice(app, customer.id, '1000.00');
    const { requestTermExtension: answer } = await app.ok(RequestTermExtensionDocument, { input: { invoiceId: invoice.id, days: 10, reason: 'DISPUTE' as never, note: 'contests a delivery' } }, as('rita'));
    expect(answer).toMatchObject({
      invoice: { dueDate: invoice.dueDate, extendedDays: 0 },
      extension: { status: 'PENDING', requestedDays: 10, grantedDays: 0, newDueDate: invoice.dueDate },
      decision: { outcome: 'REFERRED', referral: { state: 'OPEN' } },
    });
    return { customer, invoice, extensionId: answer.extension.id, referralId: answer.decision.referral!.id };
  }
  const extensionsOf = async (id: string) => (await app.ok(InvoiceExtensionsDocument, { id }, { role: Role.VIEWER })).invoice;

  it('is held PENDING, the due date unmoved; approval moves it as a granted extension would', async () => {
    const { customer, invoice, extensionId, referralId } = await referExtension();
    expect(await inbox('rita', customer.id)).toEqual([]);
    expect(await inbox('rolf', customer.id)).toEqual([referralId]);
    const { approveReferral } = await app.ok(ApproveReferralDocument, { id: referralId }, as('rolf'));
    const moved = new Date(Date.parse(`${invoice.dueDate}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    expect(approveReferral).toMatchObject({ applied: true, referral: { state: 'APPROVED', resolution: { applyResult: { extensionId, grantedDays: 10, dueDate: moved } } } });
    expect(await extensionsOf(invoice.id)).toMatchObject({ dueDate: moved, originalDueDate: invoice.dueDate, extendedDays: 10, extensions: [{ status: 'GRANTED', grantedDays: 10, newDueDate: moved }] });
    expect(await alertTypes(customer.id)).toEqual(['REFERRAL_OPENED', 'REFERRAL_RESOLVED']);
    expect(await decisionsOf('requestTermExtension', `Term extension of invoice ${invoice.id}`)).toEqual(['REFERRED']);
    expect(await decisionsOf('requestTermExtension', `Term extension of invoice ${invoice.number}`)).toEqual(['REFERRED']);
  });

  it('modified: fewer days than asked move the due date that far', async () => {
    const { invoice, referralId } = await referExtension();
    expect(fieldsOf(await app.gql(ApproveReferralDocument, { id: referralId, modify: { days: 10 } }, as('rolf')))).toEqual(['modify.days']);
    expect(fieldsOf(await app.gql(ApproveReferralDocument, { id: referralId, modify: { days: 0 } }, as('rolf')))).toEqual(['modify.days']);
    const { approveReferral } = await app.ok(ApproveReferralDocument, { id: referralId, modify: { days: 4 } }, as('rolf'));
    const moved = new Date(Date.parse(`${invoice.dueDate}T00:00:00Z`) + 4 * 86_400_000).toISOString().slice(0, 10);
    expect(approveReferral).toMatchObject({ referral: { state: 'MODIFIED', resolution: { applyResult: { grantedDays: 4, dueDate: moved } } } });
    expect(await extensionsOf(invoice.id)).toMatchObject({ dueDate: moved, extendedDays: 4, extensions: [{ status: 'GRANTED', grantedDays: 4 }] });
  });

  it('declined: the extension is DECLINED and the due date never moved', async () => {
    const { invoice, referralId } = await referExtension();
    await app.ok(DeclineReferralDocument, { id: referralId, reason: 'the delivery was fine' }, as('rolf'));
    expect(await extensionsOf(invoice.id)).toMatchObject({ dueDate: invoice.dueDate, extendedDays: 0, extensions: [{ status: 'DECLINED', grantedDays: 0 }] });
  });
});

describe('requestInsuredLimit', () => {
  /**
   * An insurance policy for 2026 and a tier B buyer in Argentina (country grade 7 in the pinned
   * grades; credit limit 15,000.00): rita asks for a cover of 12,000.00, referred, no cover yet.
   */
  async function referCover() {
    const { createInsurancePolicy } = await app.ok(
      CreateInsurancePolicyDocument,
      { input: { insurer: 'Coface (test)', number: `CI-${Math.random().toString(36).slice(2, 8)}`, country: 'DE', periodStart: '2026-01-01', periodEnd: '2026-12-31', coveredRisks: ['INSOLVENCY', 'PROTRACTED_DEFAULT'] } },
      { role: Role.RISK_OFFICER },
    );
    const policy = createInsurancePolicy.insurancePolicy;
    const customer = await createCustomer(app, { grade: 4, monthlySales: '100000.00', country: 'AR' });
    expect(customer.exposure.creditLimit).toBe('15000.00');
    const { requestInsuredLimit: answer } = await app.ok(RequestHeldInsuredLimitDocument, { input: { insurancePolicyId: policy.id, customerId: customer.id, amount: '12000.00' } }, as('rita'));
    expect(answer).toMatchObject({
      outcome: 'REFERRED',
      granted: null,
      cover: null,
      reasons: ["the buyer's country is graded 6 or worse (insurance-cover / risky-country-referred)"],
      decision: { outcome: 'REFERRED', referral: { state: 'OPEN', requiredAuthority: { level: 'RISK_OFFICER', approvals: 1 } } },
    });
    return { policy, customer, referralId: answer.decision.referral!.id };
  }
  const coversOf = async (customerId: string) => (await app.ok(CustomerCoversDocument, { customerId }, { role: Role.VIEWER })).insuranceCovers;

  it('is held by its referral, no cover; approval by another person grants the cover as an approved request does', async () => {
    const { policy, customer, referralId } = await referCover();
    expect(await coversOf(customer.id)).toEqual([]);
    expect(await inbox('rita', customer.id)).toEqual([]); // her own request
    expect(await inbox('rolf', customer.id)).toEqual([referralId]);
    expect(await alertTypes(customer.id)).toEqual(['INSURED_LIMIT_DECISION', 'REFERRAL_OPENED']);
    const referral = await app.orm.em.fork().findOneOrFail('Referral', { id: referralId });
    expect(referral).toMatchObject({ mutation: 'requestInsuredLimit', subjectType: 'CUSTOMER', amountMinor: 1_200_000, currency: 'EUR' });

    const { approveReferral } = await app.ok(ApproveReferralDocument, { id: referralId, note: 'the insurer agreed by phone' }, as('rolf'));
    expect(approveReferral).toMatchObject({ applied: true, referral: { state: 'APPROVED', resolution: { by: 'rolf', applied: true, applyResult: { insuredLimit: '12000.00', named: true } } } });
    // Tier B: a limit named by the insurer, up to the credit limit, as an approved request would get.
    expect(await coversOf(customer.id)).toEqual([{ limit: '12000.00', named: true, policy: { number: policy.number } }]);
    expect(await alertTypes(customer.id)).toEqual(['INSURED_LIMIT_DECISION', 'INSURED_LIMIT_DECISION', 'REFERRAL_OPENED', 'REFERRAL_RESOLVED']);
    expect(await decisionsOf('requestInsuredLimit', `Insured limit of customer ${customer.id}`)).toEqual(['REFERRED']);
    // Decided again on the day: still referred (the country), the cap shows; the approval let it through.
    expect(await decisionsOf('requestInsuredLimit', `Insured limit of ${customer.name} under insurance policy ${policy.number}`)).toEqual(['REFERRED']);
    expect(await decisionsOf('resolveReferral', `Referral ${referralId}`)).toEqual(['APPROVED']);
  });

  it('declined: no cover, nothing applied', async () => {
    const { customer, referralId } = await referCover();
    await app.ok(DeclineReferralDocument, { id: referralId, reason: 'the insurer declined' }, as('rolf'));
    expect(await coversOf(customer.id)).toEqual([]);
    expect(await alertTypes(customer.id)).toEqual(['INSURED_LIMIT_DECISION', 'REFERRAL_OPENED', 'REFERRAL_RESOLVED']);
  });
});

describe('setFxRate', () => {
  /** CHF->EUR 0.95 from 2026-02-01, then rita sets 1.20 from 2026-03-02: a 26% move, referred, not stored. */
  let pairs = 0;
  async function referRate() {
    // A pair of its own per test (a currency with no rate yet), so the previous rate is known.
    const from = ['CHF', 'SEK', 'NOK', 'DKK'][pairs++];
    await app.ok(SetFxRateDocument, { input: { from, to: 'EUR', rate: '0.95', effectiveDate: '2026-02-01' } }, as('rolf'));
    const { setFxRate: answer } = await app.ok(SetHeldFxRateDocument, { input: { from, to: 'EUR', rate: '1.2000' } }, as('rita'));
    expect(answer).toMatchObject({ fxRate: null, decision: { outcome: 'REFERRED', referral: { state: 'OPEN', requiredAuthority: { level: 'RISK_OFFICER', approvals: 1 } } } });
    return { from, referralId: answer.decision.referral!.id };
  }
  const ratesOf = async (from: string) => (await app.ok(FxRatesDocument, { from, to: 'EUR' }, { role: Role.VIEWER })).fxRates;
  const fxInbox = async (who: Person) =>
    (await app.ok(ReferralsDocument, { filter: { mutation: 'setFxRate', state: 'OPEN' as never, mayApprove: true } }, as(who))).referrals.edges.map(({ node }) => node.id);

  it('is held, the rate not stored; approval by another person stores it as an accepted rate is stored', async () => {
    const { from, referralId } = await referRate();
    expect(await ratesOf(from)).toEqual([{ from, to: 'EUR', rate: '0.95', effectiveDate: '2026-02-01', setBy: 'rolf' }]);
    expect(await fxInbox('rita')).toEqual([]); // her own request
    expect(await fxInbox('rolf')).toEqual([referralId]);
    const referral = await app.orm.em.fork().findOneOrFail('Referral', { id: referralId });
    expect(referral).toMatchObject({
      mutation: 'setFxRate',
      subjectType: 'FX_RATE',
      subjectId: null,
      customer: null,
      amountMinor: null,
      heldRequest: { from, to: 'EUR', rate: '1.2', effectiveDate: '2026-03-02' },
    });

    const { approveReferral } = await app.ok(ApproveReferralDocument, { id: referralId, note: 'checked with the bank' }, as('rolf'));
    expect(approveReferral).toMatchObject({ applied: true, referral: { state: 'APPROVED', resolution: { by: 'rolf', applied: true, applyResult: { from, to: 'EUR', rate: '1.2', effectiveDate: '2026-03-02' } } } });
    // Set by the person who asked; the referral names who approved it.
    expect(await ratesOf(from)).toEqual([
      { from, to: 'EUR', rate: '1.2', effectiveDate: '2026-03-02', setBy: 'rita' },
      { from, to: 'EUR', rate: '0.95', effectiveDate: '2026-02-01', setBy: 'rolf' },
    ]);
    const subject = `FX rate ${from}->EUR from 2026-03-02`;
    // The request referred, and decided again on the day (still referred: the move), then approved.
    expect(await decisionsOf('setFxRate', subject)).toEqual(['REFERRED', 'REFERRED']);
    expect(await decisionsOf('resolveReferral', `Referral ${referralId}`)).toEqual(['APPROVED']);
  });

  it('declined: the rate is never stored', async () => {
    const { from, referralId } = await referRate();
    await app.ok(DeclineReferralDocument, { id: referralId, reason: 'an inverted rate' }, as('rolf'));
    expect(await ratesOf(from)).toEqual([{ from, to: 'EUR', rate: '0.95', effectiveDate: '2026-02-01', setBy: 'rolf' }]);
  });
});
