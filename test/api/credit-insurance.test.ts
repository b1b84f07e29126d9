/**
 * Credit insurance end to end, on simulated dates: an insurance policy with the default terms of
 * rules/claims.json, cover on a customer (rules/insurance-cover.json), invoices insured at issue up to
 * the cover, the declaration warning of the collections cycle before its deadline, the declaration, a
 * claim refused while the waiting period runs, then filed, approved and settled by the insurer with the
 * remainder written off; a second claim after the claim filing deadline is refused with that reason.
 * Every number (percentages, days, lead times) comes from rules/.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { Role } from '../../src/app/actor';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import {
  AlertTypesByCustomerDocument,
  ClaimRecoveriesDocument,
  CreateInsurancePolicyDocument,
  CustomerInsuredExposureDocument,
  DeclareOverdueDocument,
  DecisionReplayDocument,
  FileClaimDocument,
  GrantPartnerAccessDocument,
  InsurancePremiumDocument,
  InsuredPortfolioDocument,
  InvoiceInsuranceDocument,
  IssueInvoiceDocument,
  RecordPaymentDocument,
  RequestInsuredLimitDocument,
  ReviewClaimDocument,
  RunCollectionCycleDocument,
  SetFxRateDocument,
  SettleClaimDocument,
  WriteOffInvoiceDocument,
} from '../generated/graphql';
import { copyPinnedRules } from '../support/pinned-rules';
import { editPolicy } from '../support/policy-edits';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

const RISK_OFFICER = { role: 'RISK_OFFICER' as never };
const INSURER = { role: 'INSURER' as never };

/** The indemnity the policy's percentage gives on an insured loss, in integer arithmetic: rounded down. */
function expectedIndemnity(lossMinor: bigint, percent: number): bigint {
  return (lossMinor * BigInt(Math.round(percent * 10_000))) / 1_000_000n;
}
const minor = (amount: string) => BigInt(amount.replace('.', ''));
const decimal = (value: bigint) => `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;

/** An insurance policy for 2026 and a named cover of 12,000.00 on a tier B customer (credit limit 15,000.00). */
async function insuredCustomer(app: TestApp) {
  app.clock.set('2026-01-02T09:00:00Z');
  const { createInsurancePolicy } = await app.ok(
    CreateInsurancePolicyDocument,
    { input: { insurer: 'Hermes Kreditversicherung (test)', number: `CI-${Math.random().toString(36).slice(2, 8)}`, country: 'DE', periodStart: '2026-01-01', periodEnd: '2026-12-31', coveredRisks: ['INSOLVENCY', 'PROTRACTED_DEFAULT'] } },
    RISK_OFFICER,
  );
  const customer = await createCustomer(app, { grade: 4, monthlySales: '100000.00' });
  expect(customer.exposure.creditLimit).toBe('15000.00');
  const { requestInsuredLimit } = await app.ok(RequestInsuredLimitDocument, { input: { insurancePolicyId: createInsurancePolicy.insurancePolicy.id, customerId: customer.id, amount: '12000.00' } }, RISK_OFFICER);
  return { policy: createInsurancePolicy.insurancePolicy, customer, cover: requestInsuredLimit };
}

/** A copy of the pinned rules (test/rules/) for each test of the describe block to edit, removed after it. */
function rulesCopy(): { dir: string } {
  const copy = { dir: '' };
  beforeEach(() => {
    copy.dir = copyPinnedRules();
  });
  afterEach(() => rmSync(copy.dir, { recursive: true, force: true }));
  return copy;
}

describe('with the pinned rules', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ today: '2026-01-02' });
  });
  afterAll(() => app.close());
  const on = (date: string) => app.clock.set(`${date}T09:00:00Z`);

  async function alertsOf(invoiceId: string, type: string) {
    return app.orm.em.fork().find(RiskAlert, { invoice: invoiceId, type }, { orderBy: { sequence: 'asc' } });
  }

  it('insures, warns before the declaration deadline, pays an eligible claim and refuses a late one', async () => {
    const { policy, customer, cover } = await insuredCustomer(app);
    // The default terms of rules/claims.json.
    expect(policy).toMatchObject({
      indemnityPercentWithNamedLimit: 90,
      indemnityPercentWithoutNamedLimit: 60,
      maxCreditTermDays: 120,
      protractedDefaultWaitingDays: 60,
      declarationDeadlineDays: 15,
      claimFilingDeadlineDays: 180,
      premiumRatePercent: 0.15,
    });
    // Tier B: a limit named by the insurer, up to the credit limit.
    expect(cover).toMatchObject({ outcome: 'APPROVED', granted: '12000.00', reasons: [], cover: { limit: '12000.00', named: true, policy: { number: policy.number } } });

    // Two invoices, 30-day term: the first is insured in full, the second only up to the cover left.
    const issue = async (number: string, amount: string) =>
      (await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number, amount, currency: 'EUR' } })).issueInvoice.invoice;
    const first = await issue(`${policy.number}-1`, '10000.00');
    const second = await issue(`${policy.number}-2`, '4000.00');
    expect(first.dueDate).toBe('2026-02-01');
    const insurance = async (id: string) => (await app.ok(InvoiceInsuranceDocument, { id })).invoice.insurance;
    expect(await insurance(first.id)).toMatchObject({ insured: '10000.00', uninsured: '0.00', uninsuredReason: null, declarationDeadline: '2026-02-16', claimFilingDeadline: '2026-07-31' });
    expect(await insurance(second.id)).toMatchObject({ insured: '2000.00', uninsured: '2000.00', declarationDeadline: '2026-02-16' });
    expect((await insurance(second.id)).uninsuredReason).toMatch(/beyond the insured limit of 12000.00 EUR: 2000.00 EUR of 4000.00 EUR insured/);
    const exposure = async () => (await app.ok(CustomerInsuredExposureDocument, { id: customer.id })).customer.exposure;
    expect(await exposure()).toEqual({ outstanding: '14000.00', insured: '12000.00', uninsured: '2000.00' });

    // The customer does not pay. 6 days before the declaration deadline: no warning yet; 5 days before: one per invoice.
    on('2026-02-10');
    expect((await app.ok(RunCollectionCycleDocument, {})).runCollectionCycle.insuranceWarnings).toBe(0);
    on('2026-02-11');
    expect((await app.ok(RunCollectionCycleDocument, {})).runCollectionCycle.insuranceWarnings).toBe(2);
    const [warning] = await alertsOf(first.id, 'DECLARATION_DEADLINE');
    expect(warning).toMatchObject({ severity: 'WARNING' });
    expect(warning.message).toContain('by 2026-02-16');
    expect(warning.createdAt.toISOString().slice(0, 10) < '2026-02-16').toBe(true);
    // The same day again: nothing new.
    expect((await app.ok(RunCollectionCycleDocument, {})).runCollectionCycle.insuranceWarnings).toBe(0);

    // Declared in time.
    on('2026-02-12');
    const { declareOverdue } = await app.ok(DeclareOverdueDocument, { input: { invoiceIds: [first.id, second.id] } }, RISK_OFFICER);
    expect(declareOverdue.invoices.map((invoice) => invoice.insurance.declaredOn)).toEqual(['2026-02-12', '2026-02-12']);
    // Declaring again is refused by the policy.
    const again = await app.gql(DeclareOverdueDocument, { input: { invoiceIds: [first.id] } }, RISK_OFFICER);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'POLICY_REJECTED', outcome: 'REJECTED' });
    expect(again.errors?.[0].message).toContain('an invoice is already declared');

    // A partial payment, then nothing more.
    on('2026-02-20');
    await app.ok(RecordPaymentDocument, { input: { invoiceId: first.id, amount: '1234.57', currency: 'EUR' } });

    // 59 days after due the protracted default is not presumed yet: refused, and kept with its reason.
    on('2026-04-01');
    const early = (await app.ok(FileClaimDocument, { input: { invoiceIds: [first.id], cause: 'PROTRACTED_DEFAULT' } }, RISK_OFFICER)).fileClaim;
    expect(early).toMatchObject({ outcome: 'REJECTED', eligible: false, claim: { status: 'REJECTED', indemnity: '0.00' } });
    expect(early.reasons).toEqual(['the protracted-default waiting period is not over (claims / waiting-period-not-over)']);

    // 60 days after due: eligible. Insured loss = the insured outstanding 8,765.43; indemnity 90%, rounded down.
    on('2026-04-02');
    const filed = (await app.ok(FileClaimDocument, { input: { invoiceIds: [first.id], cause: 'PROTRACTED_DEFAULT', note: 'No payment since February' } }, RISK_OFFICER)).fileClaim;
    const indemnity = decimal(expectedIndemnity(minor('8765.43'), policy.indemnityPercentWithNamedLimit));
    expect(indemnity).toBe('7888.88'); // 876,543 x 0.9 = 788,888.7 cents, rounded down
    expect(filed).toMatchObject({
      outcome: 'APPROVED',
      eligible: true,
      reasons: [],
      claim: { status: 'FILED', amount: '8765.43', indemnityPercent: 90, indemnity, insurancePolicy: { number: policy.number }, lines: [{ insuredLoss: '8765.43', invoice: { number: first.number } }] },
    });
    // The same invoice cannot be claimed twice.
    const twice = await app.gql(FileClaimDocument, { input: { invoiceIds: [first.id], cause: 'PROTRACTED_DEFAULT' } }, RISK_OFFICER);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });

    // The insurer approves and pays; the unrecovered remainder is written off.
    on('2026-04-20');
    const forbidden = await app.gql(ReviewClaimDocument, { input: { claimId: filed.claim.id, verdict: 'APPROVE' } }, RISK_OFFICER);
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const reviewed = (await app.ok(ReviewClaimDocument, { input: { claimId: filed.claim.id, verdict: 'APPROVE' } }, INSURER)).reviewClaim;
    expect(reviewed.claim).toMatchObject({ status: 'APPROVED', reviewedOn: '2026-04-20' });
    const tooMuch = await app.gql(SettleClaimDocument, { input: { claimId: filed.claim.id, amount: '7888.89' } }, INSURER);
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'POLICY_REJECTED', outcome: 'REJECTED' });
    on('2026-05-04');
    const settled = (await app.ok(SettleClaimDocument, { input: { claimId: filed.claim.id, amount: indemnity } }, INSURER)).settleClaim;
    expect(settled.claim).toMatchObject({ status: 'PAID', paid: '7888.88', paidOn: '2026-05-04', writtenOff: '876.55' });
    expect(settled.invoices).toEqual([{ id: first.id, number: first.number, status: 'WRITTEN_OFF', outstanding: '0.00', writtenOff: '876.55', writtenOffOn: '2026-05-04' }]);
    expect(await exposure()).toEqual({ outstanding: '4000.00', insured: '2000.00', uninsured: '2000.00' });

    // 30 days before the claim filing deadline of the second invoice: a warning.
    on('2026-07-01');
    expect((await app.ok(RunCollectionCycleDocument, {})).runCollectionCycle.insuranceWarnings).toBe(1);
    expect(await alertsOf(second.id, 'CLAIM_FILING_DEADLINE')).toHaveLength(1);

    // Filed the day after the claim filing deadline (2026-07-31): refused with that reason.
    on('2026-08-01');
    const late = (await app.ok(FileClaimDocument, { input: { invoiceIds: [second.id], cause: 'PROTRACTED_DEFAULT' } }, RISK_OFFICER)).fileClaim;
    expect(late).toMatchObject({ outcome: 'REJECTED', eligible: false, claim: { status: 'REJECTED', amount: '2000.00' } });
    expect(late.reasons).toEqual(['the claim was filed after the claim filing deadline (claims / filed-after-claim-deadline)']);

    // Premium: 0.15% of the insured turnover of 2026 (12,000.00), rounded half-up.
    const { premium } = await app.ok(InsurancePremiumDocument, { from: '2026-01-01', to: '2026-12-31' });
    expect(premium).toContainEqual({ policy: { number: policy.number }, currency: 'EUR', insuredTurnover: '12000.00', invoiceCount: 2, premiumRatePercent: 0.15, premium: '18.00' });

    // Every insurance decision is stored and replays to the same outcome.
    const decisions = await app.orm.em.fork().find(DecisionRecord, { mutation: { $in: ['createInsurancePolicy', 'requestInsuredLimit', 'declareOverdue', 'fileClaim', 'reviewClaim', 'settleClaim', 'reviewInsuranceDeadlines'] } });
    expect(new Set(decisions.map((record) => record.mutation))).toEqual(
      new Set(['createInsurancePolicy', 'requestInsuredLimit', 'declareOverdue', 'fileClaim', 'reviewClaim', 'settleClaim', 'reviewInsuranceDeadlines']),
    );
    for (const record of decisions) expect((await app.ok(DecisionReplayDocument, { id: record.id })).decision.replay.matches).toBe(true);
  });

  it('lists every reason of a refused claim', async () => {
    const { customer } = await insuredCustomer(app);
    on('2026-01-02');
    const { issueInvoice } = await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number: `ALL-${customer.id.slice(0, 8)}`, amount: '500.00', currency: 'EUR' } });
    // Never declared, political risk not covered, and a buyer at home (no cross-border political risk).
    on('2026-03-10');
    const { fileClaim } = await app.ok(FileClaimDocument, { input: { invoiceIds: [issueInvoice.invoice.id], cause: 'POLITICAL' } }, RISK_OFFICER);
    expect(fileClaim.outcome).toBe('REJECTED');
    expect(fileClaim.reasons).toEqual([
      'the insurance policy does not cover this cause of loss (claims / risk-not-covered)',
      'an overdue invoice was never declared to the insurer (claims / overdue-never-declared)',
      'political risk covers cross-border invoices only (claims / political-risk-cross-border-only)',
    ]);
    expect(fileClaim.claim.refusalReasons).toEqual(fileClaim.reasons);
  });

  it('files a claim once per idempotency key: a retry gets the first answer, another input with the key is a conflict', async () => {
    const { customer } = await insuredCustomer(app);
    on('2026-01-02');
    const { issueInvoice } = await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number: `IDEM-${customer.id.slice(0, 8)}`, amount: '500.00', currency: 'EUR' } });
    on('2026-03-10');
    const input = { invoiceIds: [issueInvoice.invoice.id], cause: 'POLITICAL' as never, idempotencyKey: `claim-${customer.id}` };
    const first = (await app.ok(FileClaimDocument, { input }, RISK_OFFICER)).fileClaim;
    const retry = (await app.ok(FileClaimDocument, { input }, RISK_OFFICER)).fileClaim;
    expect(retry).toEqual(first);
    expect(await app.orm.em.fork().count(DecisionRecord, { mutation: 'fileClaim', subject: { $like: `%${issueInvoice.invoice.id}%` } })).toBe(1);
    const other = await app.gql(FileClaimDocument, { input: { ...input, cause: 'INSOLVENCY' as never } }, RISK_OFFICER);
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('the portfolio net of the insured share', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ today: '2026-06-30' });
  });
  afterAll(() => app.close());

  /** A 2026 insurance policy with the default terms (90% with a named limit, 60% without) and cover on a customer. */
  async function covered(policyId: string, customerId: string, amount: string) {
    const { requestInsuredLimit } = await app.ok(RequestInsuredLimitDocument, { input: { insurancePolicyId: policyId, customerId, amount } }, RISK_OFFICER);
    return requestInsuredLimit;
  }

  it('takes insured outstanding x indemnity percentage x loss rate off the expected credit loss, exactly', async () => {
    const { createInsurancePolicy } = await app.ok(
      CreateInsurancePolicyDocument,
      { input: { insurer: 'Atradius (test)', number: 'CI-ECL', country: 'DE', periodStart: '2026-01-01', periodEnd: '2026-12-31', coveredRisks: ['INSOLVENCY', 'PROTRACTED_DEFAULT'] } },
      RISK_OFFICER,
    );
    const policyId = createInsurancePolicy.insurancePolicy.id;
    await app.ok(SetFxRateDocument, { input: { from: 'USD', to: 'EUR', rate: '0.92', effectiveDate: '2026-06-01' } }, RISK_OFFICER);
    // Tier B (30 days), a named limit: 90%. Tier C (15 days), cover without a named limit: 60%.
    const named = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    const unnamed = await createCustomer(app, { grade: GRADE_OF_TIER.C });
    const dollars = await createCustomer(app, { grade: GRADE_OF_TIER.B, currency: 'USD' });
    const uninsured = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    expect(await covered(policyId, named.id, '12000.00')).toMatchObject({ outcome: 'APPROVED', cover: { named: true } });
    expect(await covered(policyId, unnamed.id, '7500.00')).toMatchObject({ outcome: 'APPROVED', cover: { named: false } });
    expect(await covered(policyId, dollars.id, '5000.00')).toMatchObject({ outcome: 'APPROVED', cover: { named: true } });

    const x1 = (await issueInvoice(app, named.id, '10000.00', { issueDate: '2026-05-20' })).invoice; // due 06-19: 11 days past due
    const x2 = (await issueInvoice(app, named.id, '4000.00', { issueDate: '2026-06-20' })).invoice; // due 07-20: current; 2000.00 insured
    await issueInvoice(app, unnamed.id, '3333.33', { issueDate: '2026-04-10' }); // due 04-25: 66 days past due
    await issueInvoice(app, dollars.id, '1000.01', { issueDate: '2026-06-25', currency: 'USD' }); // due 07-25: current
    await issueInvoice(app, uninsured.id, '1000.00', { issueDate: '2026-06-20' }); // current, no cover
    // Payments reduce the uninsured part first: x2 keeps its 2000.00 insured.
    await app.ok(RecordPaymentDocument, { input: { invoiceId: x1.id, amount: '1234.57', currency: 'EUR' } });
    await app.ok(RecordPaymentDocument, { input: { invoiceId: x2.id, amount: '1000.00', currency: 'EUR' } });

    const report = async () => (await app.ok(InsuredPortfolioDocument, { currency: 'EUR' })).portfolio;
    const portfolio = await report();
    expect(portfolio.aging).toEqual([
      // EUR 3000.00 + 1000.00 + USD 1000.01 x 0.92 (920.0092 -> 920.01) = 4920.01 x 0.5% = 24.60005 -> 24.60;
      // insured: (EUR 2000.00 x 90% + USD 1000.01 x 90% x 0.92) x 0.5% = 13.1400414 -> 13.14
      { bucket: 'CURRENT', amount: '4920.01', expectedCreditLoss: '24.60', insuredShare: '13.14' },
      // 8765.43 x 2% = 175.3086 -> 175.31; insured 8765.43 x 90% x 2% = 157.77774 -> 157.78
      { bucket: 'DAYS_1_30', amount: '8765.43', expectedCreditLoss: '175.31', insuredShare: '157.78' },
      { bucket: 'DAYS_31_60', amount: '0.00', expectedCreditLoss: '0.00', insuredShare: '0.00' },
      // 3333.33 x 10% = 333.333 -> 333.33; insured 3333.33 x 60% x 10% = 199.9998 -> 200.00
      { bucket: 'DAYS_61_90', amount: '3333.33', expectedCreditLoss: '333.33', insuredShare: '200.00' },
      { bucket: 'DAYS_OVER_90', amount: '0.00', expectedCreditLoss: '0.00', insuredShare: '0.00' },
    ]);
    expect(portfolio).toMatchObject({
      outstanding: '17018.77',
      // EUR 8765.43 + 2000.00 + 3333.33, USD 1000.01 -> 920.01
      insuredOutstanding: '15018.77',
      uninsuredOutstanding: '2000.00',
      expectedCreditLoss: '533.24',
      insuredShare: '370.92',
      netExpectedCreditLoss: '162.32',
    });
    expect(portfolio.byCurrency).toEqual([
      { currency: 'EUR', outstanding: '16098.76', insuredOutstanding: '14098.76', uninsuredOutstanding: '2000.00', writtenOff: '0.00' },
      { currency: 'USD', outstanding: '1000.01', insuredOutstanding: '1000.01', uninsuredOutstanding: '0.00', writtenOff: '0.00' },
    ]);

    // The same number of statements with twenty more insured invoices under both kinds of cover.
    const before = await app.countQueries(report);
    for (let i = 0; i < 10; i += 1) {
      await issueInvoice(app, named.id, '10.00', { issueDate: '2026-06-01' });
      await issueInvoice(app, unnamed.id, '10.00', { issueDate: '2026-05-01' });
    }
    const after = await app.countQueries(report);
    expect(after).toHaveLength(before.length);
    expect(before).toHaveLength(4);
  });
});

describe('recoveries after the payout', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ today: '2026-01-02' });
  });
  afterAll(() => app.close());
  const on = (date: string) => app.clock.set(`${date}T09:00:00Z`);
  const pay = async (invoiceId: string, amount: string) => (await app.ok(RecordPaymentDocument, { input: { invoiceId, amount, currency: 'EUR' } })).recordPayment;
  const writtenOff = async () => (await app.ok(InsuredPortfolioDocument, { currency: 'EUR' })).portfolio.writtenOff;

  it("shares what is recovered with the insurer in the indemnity proportion until it has its payout back, and nets the seller's share off the write-off", async () => {
    const { customer } = await insuredCustomer(app);
    on('2026-01-02');
    const invoice = (await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'REC-1', amount: '10000.00', currency: 'EUR' } })).issueInvoice.invoice;
    on('2026-02-12');
    await app.ok(DeclareOverdueDocument, { input: { invoiceIds: [invoice.id] } }, RISK_OFFICER);
    on('2026-02-20');
    const filed = (await app.ok(FileClaimDocument, { input: { invoiceIds: [invoice.id], cause: 'INSOLVENCY' } }, RISK_OFFICER)).fileClaim;
    expect(filed.claim).toMatchObject({ status: 'FILED', indemnity: '9000.00', recovered: '0.00', owedToInsurer: '0.00' });
    await app.ok(ReviewClaimDocument, { input: { claimId: filed.claim.id, verdict: 'APPROVE' } }, INSURER);
    on('2026-03-10');
    await app.ok(SettleClaimDocument, { input: { claimId: filed.claim.id, amount: '9000.00' } }, INSURER);
    expect(await writtenOff()).toBe('1000.00');

    // The buyer's administrator pays a first dividend: a recovery, not refused. 90% of 333.33 = 299.997 -> 299.99 (rounded down).
    on('2026-03-20');
    const first = await pay(invoice.id, '333.33');
    expect(first.decision).toMatchObject({ mutation: 'recordRecovery', outcome: 'APPROVED', firedRules: [{ policy: 'claims', rule: 'recoveries-shared-in-indemnity-proportion' }] });
    const claim = async () => (await app.ok(ClaimRecoveriesDocument, { id: filed.claim.id })).claim;
    expect(await claim()).toEqual({ status: 'PAID', paid: '9000.00', writtenOff: '1000.00', recovered: '333.33', owedToInsurer: '299.99' });
    const books = async () => (await app.ok(InvoiceInsuranceDocument, { id: invoice.id })).invoice;
    expect(await books()).toMatchObject({ status: 'WRITTEN_OFF', outstanding: '0.00', writtenOff: '1000.00', recovered: '333.33' });
    // The seller's 33.34 comes off its bad debt; the insurer's 299.99 is owed to it, and said so.
    expect(await writtenOff()).toBe('966.66');
    const [owed] = await app.orm.em.fork().find(RiskAlert, { invoice: invoice.id, type: 'RECOVERY_OWED_TO_INSURER' });
    expect(owed).toMatchObject({ severity: 'WARNING' });
    expect(owed.message).toContain('299.99 EUR is owed to the insurer');

    // The insurer's share is taken on everything recovered so far: 90% of 666.66 = 599.994 -> 599.99, so 300.00 this time.
    await pay(invoice.id, '333.33');
    expect(await claim()).toMatchObject({ recovered: '666.66', owedToInsurer: '599.99' });
    expect(await writtenOff()).toBe('933.33');

    // The buyer owes 9000.00 + 1000.00 - 666.66 = 9333.34 still: a cent more is refused, and writes nothing.
    const tooMuch = await app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '9333.35', currency: 'EUR' } });
    expect(tooMuch.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'amount' }] } });
    expect(tooMuch.errors?.[0].message).toContain('exceeds what the buyer still owes on written-off invoice REC-1 (9333.34 EUR)');
    // Paid in full: the insurer gets its 9000.00 back and no more; the seller recovers its whole 1000.00.
    await pay(invoice.id, '9333.34');
    expect(await claim()).toMatchObject({ recovered: '10000.00', owedToInsurer: '9000.00' });
    expect(await books()).toMatchObject({ status: 'WRITTEN_OFF', outstanding: '0.00', recovered: '10000.00' });
    expect(await writtenOff()).toBe('0.00');
    const more = await app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '0.01', currency: 'EUR' } });
    expect(more.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // Each recovery's decision replays to the same split.
    const decisions = await app.orm.em.fork().find(DecisionRecord, { mutation: 'recordRecovery' });
    expect(decisions).toHaveLength(3);
    for (const record of decisions) expect((await app.ok(DecisionReplayDocument, { id: record.id })).decision.replay.matches).toBe(true);
  });

  it('takes a recovery on an invoice written off without a claim: all of it the seller\'s', async () => {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    on('2026-03-01');
    const invoice = (await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'REC-2', amount: '500.00', currency: 'EUR' } })).issueInvoice.invoice;
    on('2026-05-05'); // the legal stage (30 days past the due date of 03-31)
    await app.ok(RunCollectionCycleDocument, {});
    await app.ok(WriteOffInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'buyer vanished' } }, RISK_OFFICER);
    const before = await writtenOff();
    const { decision, invoice: after } = await pay(invoice.id, '200.00');
    expect(decision).toMatchObject({ mutation: 'recordRecovery', outcome: 'APPROVED', firedRules: [] });
    expect(after).toMatchObject({ status: 'WRITTEN_OFF', outstanding: '0.00' });
    expect((await app.ok(InvoiceInsuranceDocument, { id: invoice.id })).invoice).toMatchObject({ writtenOff: '500.00', recovered: '200.00' });
    expect(minor(await writtenOff())).toBe(minor(before) - 20000n);
    expect(await app.orm.em.fork().count(RiskAlert, { invoice: invoice.id, type: 'RECOVERY_OWED_TO_INSURER' })).toBe(0);
  });
});

describe('rules are data', () => {
  const rules = rulesCopy();

  it('computes the indemnity with the percentage of rules/claims.json, with no code change', async () => {
    editPolicy(rules.dir, 'claims.json', (policy) => {
      policy.version = '2026.2-test';
      policy.rules.find((rule) => rule.name === 'default-insurance-terms')!.event.params.indemnityPercentWithNamedLimit = 85.5;
      for (const fixture of policy.tests ?? []) {
        for (const event of fixture.expect.events ?? []) if (event.type === 'set-insurance-terms' && event.params) event.params.indemnityPercentWithNamedLimit = 85.5;
      }
    });
    const app = await startTestApp({ rulesDir: rules.dir, today: '2026-01-02' });
    try {
      const { policy, customer } = await insuredCustomer(app);
      expect(policy.indemnityPercentWithNamedLimit).toBe(85.5);
      const { issueInvoice } = await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'RAD-1', amount: '1000.01', currency: 'EUR' } });
      app.clock.set('2026-02-10T09:00:00Z');
      await app.ok(DeclareOverdueDocument, { input: { invoiceIds: [issueInvoice.invoice.id] } }, RISK_OFFICER);
      app.clock.set('2026-02-20T09:00:00Z');
      const { fileClaim } = await app.ok(FileClaimDocument, { input: { invoiceIds: [issueInvoice.invoice.id], cause: 'INSOLVENCY' } }, RISK_OFFICER);
      // 100,001 cents x 85.5% = 85,500.855 cents: 855.00, rounded down.
      expect(fileClaim).toMatchObject({ eligible: true, claim: { amount: '1000.01', indemnityPercent: 85.5, indemnity: '855.00' } });
      expect(fileClaim.claim.indemnity).toBe(decimal(expectedIndemnity(minor('1000.01'), 85.5)));
    } finally {
      await app.close();
    }
  });
});

describe('country grade drops', () => {
  const rules = rulesCopy();

  it('alerts every customer in a country once, when the drop takes effect', async () => {
    // From 2026-03-01 Turkey drops from grade 5 to 6 and Brazil improves from 4 to 3.
    const file = join(rules.dir, 'country-risk', 'country-grades.json');
    const table = JSON.parse(readFileSync(file, 'utf8'));
    const first = table.rows[0];
    expect(first.grades).toMatchObject({ TR: 5, BR: 4 });
    table.rows.push({ from: '2026-03-01', grades: { ...first.grades, TR: 6, BR: 3 } });
    writeFileSync(file, JSON.stringify(table, null, 2));
    const app = await startTestApp({ rulesDir: rules.dir, today: '2026-02-27' });
    try {
      const ankara = await createCustomer(app, { country: 'TR', name: 'Ankara Makina A.S.' });
      const izmir = await createCustomer(app, { country: 'TR', name: 'Izmir Tekstil A.S.' });
      await createCustomer(app, { country: 'BR' });
      await createCustomer(app, { country: 'DE' });
      await app.ok(GrantPartnerAccessDocument, { input: { customerId: izmir.id, organisationId: 'test-partner-org' } }, { role: 'ADMIN' as never });
      const cycle = async (date: string) => {
        app.clock.set(`${date}T09:00:00Z`);
        return (await app.ok(RunCollectionCycleDocument, {})).runCollectionCycle.countryGradeAlerts;
      };
      const countryAlerts = () => app.orm.em.fork().find(RiskAlert, { type: 'COUNTRY_DOWNGRADE' }, { orderBy: { sequence: 'asc' }, populate: ['customer'] });

      expect(await cycle('2026-02-28')).toBe(0);
      expect(await countryAlerts()).toEqual([]);
      // On the day: one warning per customer in Turkey (rules/alerts.json), none for the upgrade.
      expect(await cycle('2026-03-01')).toBe(2);
      const alerts = await countryAlerts();
      expect(alerts.map((alert) => [alert.customer?.id, alert.severity]).sort()).toEqual([[ankara.id, 'WARNING'], [izmir.id, 'WARNING']].sort());
      expect(alerts[0].message).toMatch(/^Country TR was downgraded from grade 5 to 6 on 2026-03-01: review the credit and insured limits of /);
      expect(alerts[0].data).toMatchObject({ country: 'TR', previousGrade: 5, grade: 6, effectiveFrom: '2026-03-01', gradeStepsDown: 1 });
      // Again that day, and days later: raised once (the country_grade_drop table remembers it).
      expect(await cycle('2026-03-01')).toBe(0);
      expect(await cycle('2026-03-09')).toBe(0);
      expect(await countryAlerts()).toHaveLength(2);

      // One decision, replayable; the partner of the Izmir customer sees its alert, not the other.
      const [record] = await app.orm.em.fork().find(DecisionRecord, { subject: { $like: 'Country TR%' } });
      expect(record).toMatchObject({ mutation: 'raiseAlert', subject: 'Country TR: grade 5 -> 6 from 2026-03-01' });
      expect(alerts.every((alert) => alert.decision?.id === record.id)).toBe(true);
      expect((await app.ok(DecisionReplayDocument, { id: record.id })).decision.replay.matches).toBe(true);
      const seen = (await app.ok(AlertTypesByCustomerDocument, { first: 50 }, { role: 'PARTNER' as never })).riskAlerts.edges.map((edge) => edge.node);
      expect(seen.filter((alert) => alert.type === 'COUNTRY_DOWNGRADE').map((alert) => alert.customerId)).toEqual([izmir.id]);

    } finally {
      await app.close();
    }
  });
});

describe('an overdue declaration of several customers’ invoices', () => {
  const rules = rulesCopy();

  it('raises one alert per customer, naming only its invoices: each partner sees its own customer’s alert alone', async () => {
    // A risk officer makes declarations alert (the shipped rules/alerts.json has no rule for them).
    editPolicy(rules.dir, 'alerts.json', (policy) => {
      policy.version = `${policy.version}-declarations`;
      const rule = { name: 'overdue-declared', description: 'An overdue declaration to the insurer is for information.', conditions: { all: [{ fact: 'alertSource', operator: 'equal', value: 'OVERDUE_DECLARED' }] }, event: { type: 'raise-alert', params: { alertType: 'OVERDUE_DECLARED', severity: 'INFO' } } };
      policy.rules.push(rule as never);
    });
    const app = await startTestApp({ rulesDir: rules.dir, today: '2026-01-02' });
    try {
      const parties = [];
      for (const organisationId of ['bank-a', 'bank-b']) {
        const { customer } = await insuredCustomer(app);
        await app.ok(GrantPartnerAccessDocument, { input: { customerId: customer.id, organisationId } }, { role: 'ADMIN' as never });
        const invoices = [];
        for (let i = 0; i < 2; i += 1) invoices.push((await issueInvoice(app, customer.id, '1000.00')).invoice);
        parties.push({ organisationId, customer, invoices });
      }
      parties[1].invoices.pop(); // bank-b's customer: one invoice declared
      app.clock.set('2026-02-05T09:00:00Z');
      const everyInvoice = parties.flatMap((party) => party.invoices.map((invoice) => invoice.id));
      await app.ok(DeclareOverdueDocument, { input: { invoiceIds: everyInvoice } }, RISK_OFFICER);

      const alerts = await app.orm.em.fork().find(RiskAlert, { type: 'OVERDUE_DECLARED' }, { orderBy: { sequence: 'asc' } });
      const byCustomer = (a: { customer?: string }, b: { customer?: string }) => String(a.customer).localeCompare(String(b.customer));
      // The numbers are listed by due date, then number (in the database's collation): compared as a set.
      const declared = (message: string) => message.replace('Overdue declared to the insurer: ', '').split(', ').sort();
      expect(alerts.map((alert) => ({ customer: alert.customer?.id, invoice: alert.invoice?.id ?? null, declared: declared(alert.message) })).sort(byCustomer)).toEqual(
        [
          { customer: parties[0].customer.id, invoice: null, declared: parties[0].invoices.map((invoice) => invoice.number).sort() },
          { customer: parties[1].customer.id, invoice: parties[1].invoices[0].id, declared: [parties[1].invoices[0].number] },
        ].sort(byCustomer),
      );

      for (const [index, party] of parties.entries()) {
        const token = await app.tokenFor(Role.PARTNER, party.organisationId);
        const seen = await app.gql(parse('{ riskAlerts(first: 50, filter: { types: ["OVERDUE_DECLARED"] }) { edges { node { customerId message } } } }'), undefined, { token });
        const other = parties[1 - index];
        expect(seen.errors).toBeUndefined();
        const nodes = (seen.data as { riskAlerts: { edges: Array<{ node: { customerId: string; message: string } }> } }).riskAlerts.edges.map((edge) => edge.node);
        expect(nodes).toEqual([{ customerId: party.customer.id, message: expect.stringContaining(party.invoices[0].number) }]);
        for (const invoice of other.invoices) expect(nodes[0].message).not.toContain(invoice.number);
      }
    } finally {
      await app.close();
    }
  });
});
