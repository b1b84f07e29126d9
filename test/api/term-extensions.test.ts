/**
 * Term extensions (rules/term-extensions.json): liquidity is granted against a guarantee, up to 60
 * days past the ORIGINAL due date over all extensions (a request beyond it is rejected); operating
 * difficulty is referred after re-grading the customer, with a TERM_EXTENSION_REFERRED alert (rules/alerts.json); other reasons are referred.
 */
import { GradeChange } from '../../src/modules/customer/grade-change.entity';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import {
  DecisionReplayDocument,
  InvoiceExtensionsDocument,
  InvoiceLateInterestDocument,
  RecordPaymentDocument,
  RequestTermExtensionDocument,
  type RequestTermExtensionInput,
} from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ today: '2026-01-20' });
});
afterAll(() => app.close());

/** An invoice of 1,000.00 issued 2026-01-01: due 2026-01-31 in tier B (30 days), 2026-01-16 in C (15), on issue in D (prepayment). */
async function openInvoice(grade: number = GRADE_OF_TIER.B) {
  const customer = await createCustomer(app, { grade });
  const { invoice } = await issueInvoice(app, customer.id, '1000.00', { issueDate: '2026-01-01' });
  expect(invoice.dueDate).toBe({ [GRADE_OF_TIER.B]: '2026-01-31', [GRADE_OF_TIER.C]: '2026-01-16', [GRADE_OF_TIER.D]: '2026-01-01' }[grade]);
  return { customer, invoice };
}

const RISK_OFFICER = { role: 'RISK_OFFICER' as never };
const request = (input: RequestTermExtensionInput, role?: string) => app.gql(RequestTermExtensionDocument, { input }, { role: (role ?? 'RISK_OFFICER') as never });

it('liquidity: granted against a guarantee; extensions add up to exactly 60 days past the original due date, one more day is rejected', async () => {
  const { invoice } = await openInvoice();

  const first = await app.ok(RequestTermExtensionDocument, { input: { invoiceId: invoice.id, days: 30, reason: 'LIQUIDITY' as never, note: 'a large customer pays late' } }, RISK_OFFICER);
  expect(first.requestTermExtension.guaranteeRequired).toBe(true);
  expect(first.requestTermExtension.extension).toMatchObject({
    reason: 'LIQUIDITY',
    requestedDays: 30,
    grantedDays: 30,
    previousDueDate: '2026-01-31',
    newDueDate: '2026-03-02',
    guaranteeRequired: true,
  });
  expect(first.requestTermExtension.invoice).toMatchObject({ dueDate: '2026-03-02', originalDueDate: '2026-01-31', extendedDays: 30, termDays: 30 });
  const decision = first.requestTermExtension.decision;
  expect(decision).toMatchObject({ mutation: 'requestTermExtension', outcome: 'APPROVED', businessDate: '2026-01-20' });
  expect(decision.facts).toEqual({ reason: 'LIQUIDITY', requestedDays: 30, daysBeyondOriginalDue: 30, riskTier: 'B', grade: 5, daysPastDue: -11 });
  expect(decision.firedRules.map((fired) => [fired.rule, fired.params])).toEqual([
    ['liquidity-extension-against-guarantee', { maxDays: 60, requiresGuarantee: true }],
    ['maximum-extension-period', { maxDaysBeyondOriginalDue: 60 }],
  ]);

  // Exactly at the cap: 60 days past the original due date.
  const second = await app.ok(RequestTermExtensionDocument, { input: { invoiceId: invoice.id, days: 30, reason: 'LIQUIDITY' as never } }, RISK_OFFICER);
  expect(second.requestTermExtension.decision.facts).toMatchObject({ daysBeyondOriginalDue: 60, daysPastDue: -41 });
  expect(second.requestTermExtension.invoice).toMatchObject({
    dueDate: '2026-04-01',
    originalDueDate: '2026-01-31',
    extendedDays: 60,
    extensions: [
      { reason: 'LIQUIDITY', note: 'a large customer pays late', requestedDays: 30, grantedDays: 30, previousDueDate: '2026-01-31', newDueDate: '2026-03-02', requestedOn: '2026-01-20' },
      { reason: 'LIQUIDITY', note: null, requestedDays: 30, grantedDays: 30, previousDueDate: '2026-03-02', newDueDate: '2026-04-01', requestedOn: '2026-01-20' },
    ],
  });

  // One day more: rejected, nothing moves, the refusal is kept and replays.
  const third = await request({ invoiceId: invoice.id, days: 1, reason: 'LIQUIDITY' as never });
  expect(third.errors?.[0].extensions).toMatchObject({ code: 'POLICY_REJECTED', outcome: 'REJECTED' });
  expect(third.errors?.[0].message).toMatch(
    /^Term extension of invoice \S+ was rejected by the credit policy: the due date would move more than 60 days past the original due date \(term-extensions \/ beyond-maximum-extension-period\)\. Decision \S+ has the details\.$/,
  );
  expect((await app.ok(InvoiceExtensionsDocument, { id: invoice.id })).invoice).toMatchObject({ dueDate: '2026-04-01', extendedDays: 60, extensions: [{}, {}] });
  const { decision: refused } = await app.ok(DecisionReplayDocument, { id: String(third.errors?.[0].extensions?.decisionId) });
  expect(refused).toMatchObject({ outcome: 'REJECTED', replay: { matches: true, outcome: 'REJECTED' } });
});

it('a single request beyond the maximum extension period is rejected, not shortened', async () => {
  const { invoice } = await openInvoice();
  const response = await request({ invoiceId: invoice.id, days: 61, reason: 'LIQUIDITY' as never });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'POLICY_REJECTED', outcome: 'REJECTED' });
  expect((await app.ok(InvoiceExtensionsDocument, { id: invoice.id })).invoice).toEqual({ dueDate: '2026-01-31', originalDueDate: '2026-01-31', extendedDays: 0, extensions: [] });
});

it('late interest runs from the extended due date', async () => {
  const { invoice } = await openInvoice();
  await app.ok(RequestTermExtensionDocument, { input: { invoiceId: invoice.id, days: 10, reason: 'LIQUIDITY' as never } }, RISK_OFFICER);
  const on = async (asOf: string) => (await app.ok(InvoiceLateInterestDocument, { id: invoice.id, asOf })).invoice.lateInterest;
  expect(await on('2026-02-10')).toMatchObject({ days: 0, total: '0.00' });
  // 1,000.00 x 10.15% x 5 / 365 = 1.3904 -> 1.39, plus 40.00
  expect(await on('2026-02-15')).toMatchObject({ days: 5, interest: '1.39', total: '41.39', periods: [{ from: '2026-02-11', to: '2026-02-15' }] });
});

it('operating difficulty: the customer is re-graded, the request held PENDING with its referral (the due date stays), and an alert is written with the referral', async () => {
  const { customer, invoice } = await openInvoice(GRADE_OF_TIER.C);
  const { requestTermExtension: answer } = await app.ok(RequestTermExtensionDocument, { input: { invoiceId: invoice.id, days: 20, reason: 'OPERATING_DIFFICULTY' as never } }, RISK_OFFICER);
  expect(answer).toMatchObject({ guaranteeRequired: false, extension: { status: 'PENDING', requestedDays: 20, grantedDays: 0, newDueDate: '2026-01-16' }, decision: { outcome: 'REFERRED', referral: { state: 'OPEN' } } });
  expect(answer.decision.explanation).toMatch(/operating difficulty: re-grade the customer before granting an extension/);
  expect((await app.ok(InvoiceExtensionsDocument, { id: invoice.id })).invoice).toMatchObject({ dueDate: '2026-01-16', extendedDays: 0, extensions: [{ status: 'PENDING', grantedDays: 0 }] });

  const decisionId = answer.decision.id;
  const em = app.orm.em.fork();
  const record = await em.findOneOrFail(DecisionRecord, { id: decisionId });
  expect(record).toMatchObject({ mutation: 'requestTermExtension', outcome: 'REFERRED' });
  const alerts = (await em.find(RiskAlert, { decision: decisionId })).filter((alert) => alert.type !== 'REFERRAL_OPENED');
  expect(alerts).toHaveLength(1);
  expect(alerts[0]).toMatchObject({ type: 'TERM_EXTENSION_REFERRED', severity: 'WARNING', data: { alertSource: 'TERM_EXTENSION_OPERATING_DIFFICULTY', asOf: '2026-01-20' } });
  expect(alerts[0].customer?.id).toBe(customer.id);
  expect(alerts[0].invoice?.id).toBe(invoice.id);
  expect(alerts[0].message).toMatch(/20 more days because of operating difficulty; re-graded to grade \d+ \(tier [A-D], was grade 7\)/);
  const regrades = await em.find(GradeChange, { customer: customer.id }, { orderBy: { sequence: 'desc' } });
  expect(regrades).toHaveLength(2);
  expect(regrades[0]).toMatchObject({ previousGrade: 7, asOf: '2026-01-20' });
  expect(regrades[0].reason).toMatch(/term extension requested for operating difficulty \(invoice /);
});

it('a dispute or another reason is referred (held PENDING) without an alert of its own; tier D even for liquidity', async () => {
  const { invoice } = await openInvoice();
  for (const reason of ['DISPUTE', 'OTHER']) {
    const { requestTermExtension: answer } = await app.ok(RequestTermExtensionDocument, { input: { invoiceId: invoice.id, days: 10, reason: reason as never } }, RISK_OFFICER);
    expect(answer).toMatchObject({ extension: { status: 'PENDING' }, decision: { outcome: 'REFERRED', referral: { state: 'OPEN' } } });
    const alerts = await app.orm.em.fork().find(RiskAlert, { decision: answer.decision.id });
    expect(alerts.map((alert) => alert.type)).toEqual(['REFERRAL_OPENED']);
  }
  const tierD = await openInvoice(GRADE_OF_TIER.D);
  const { requestTermExtension: answer } = await app.ok(RequestTermExtensionDocument, { input: { invoiceId: tierD.invoice.id, days: 10, reason: 'LIQUIDITY' as never } }, RISK_OFFICER);
  expect(answer.decision.outcome).toBe('REFERRED');
  expect(answer.decision.explanation).toMatch(/tier D customer: a risk officer decides on any extension/);
});

it('refuses a paid invoice, a non-positive number of days, and readers', async () => {
  const { invoice } = await openInvoice();
  const zero = await request({ invoiceId: invoice.id, days: 0, reason: 'LIQUIDITY' as never });
  expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const viewer = await request({ invoiceId: invoice.id, days: 5, reason: 'LIQUIDITY' as never }, 'VIEWER');
  expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '1000.00', currency: 'EUR' } });
  const paid = await request({ invoiceId: invoice.id, days: 5, reason: 'LIQUIDITY' as never });
  expect(paid.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'invoiceId' }] } });
  expect(paid.errors?.[0].message).toMatch(/is paid; there is no due date to move/);
  const missing = await request({ invoiceId: '00000000-0000-4000-8000-000000000000', days: 5, reason: 'LIQUIDITY' as never });
  expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});
