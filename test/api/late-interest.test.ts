/**
 * Late-payment interest (rules/late-interest.json + rules/reference-rates/reference-rate.json):
 * reference rate 2.15% + 8 points from 2025-07-01, 365-day year, EUR 40 per invoice; piecewise on
 * what was unpaid, each period rounded half-up to the cent.
 */
import { InvoiceLateInterestDocument, InvoicesLateInterestDocument, RecordPaymentDocument, RunCollectionCycleDocument, WriteOffInvoiceDocument } from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ today: '2026-01-01' });
});
afterAll(() => app.close());

const at = (date: string) => app.clock.set(`${date}T09:00:00Z`);
const lateInterest = async (id: string, asOf?: string) => (await app.ok(InvoiceLateInterestDocument, { id, asOf })).invoice.lateInterest;

it('EUR 10,000.00 due 2026-01-31, 4,000.00 paid on day 20, on day 45: two periods, exact cents', async () => {
  at('2026-01-01');
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const { invoice } = await issueInvoice(app, customer.id, '10000.00', { issueDate: '2026-01-01' });
  expect(invoice.dueDate).toBe('2026-01-31');
  at('2026-02-20');
  await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '4000.00', currency: 'EUR' } });
  at('2026-03-17');

  // asOf defaults to the business date: day 45.
  expect(await lateInterest(invoice.id)).toEqual({
    asOf: '2026-03-17',
    currency: 'EUR',
    principal: '6000.00',
    days: 45,
    annualRate: '10.15',
    // 10,000.00 x 10.15% x 20 / 365 = 55.6164 -> 55.62; 6,000.00 x 10.15% x 25 / 365 = 41.7123 -> 41.71
    interest: '97.33',
    fixedCompensation: '40.00',
    unconvertedCompensation: null,
    total: '137.33',
    periods: [
      { from: '2026-02-01', to: '2026-02-20', days: 20, principal: '10000.00', annualRate: '10.15', interest: '55.62' },
      { from: '2026-02-21', to: '2026-03-17', days: 25, principal: '6000.00', annualRate: '10.15', interest: '41.71' },
    ],
  });

  // Before the payment, on a past date: the payment had not happened yet.
  expect(await lateInterest(invoice.id, '2026-02-10')).toMatchObject({ principal: '10000.00', days: 10, interest: '27.81', total: '67.81' });
});

it('nothing on or before the due date; the day after: one day and the fixed compensation', async () => {
  at('2026-01-01');
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const { invoice } = await issueInvoice(app, customer.id, '10000.00', { issueDate: '2026-01-01' });
  expect(await lateInterest(invoice.id, '2026-01-31')).toEqual({
    asOf: '2026-01-31',
    currency: 'EUR',
    principal: '10000.00',
    days: 0,
    annualRate: '0.00',
    interest: '0.00',
    fixedCompensation: '0.00',
    unconvertedCompensation: null,
    total: '0.00',
    periods: [],
  });
  // 10,000.00 x 10.15% / 365 = 2.7808 -> 2.78
  expect(await lateInterest(invoice.id, '2026-02-01')).toMatchObject({ days: 1, interest: '2.78', fixedCompensation: '40.00', total: '42.78' });
});

it('a paid invoice: interest up to the day of the last payment, nothing after', async () => {
  at('2026-01-01');
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const { invoice } = await issueInvoice(app, customer.id, '10000.00', { issueDate: '2026-01-01' });
  at('2026-03-10');
  await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '4000.00', currency: 'EUR', receivedOn: '2026-02-20' } });
  await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '6000.00', currency: 'EUR', receivedOn: '2026-03-01' } });
  at('2026-04-30');
  expect(await lateInterest(invoice.id)).toMatchObject({
    principal: '0.00',
    days: 29,
    // 55.62 + 6,000.00 x 10.15% x 9 / 365 = 15.0164 -> 15.02
    interest: '70.64',
    total: '110.64',
    periods: [
      { from: '2026-02-01', to: '2026-02-20', days: 20, principal: '10000.00', interest: '55.62' },
      { from: '2026-02-21', to: '2026-03-01', days: 9, principal: '6000.00', interest: '15.02' },
    ],
  });
});

it('a new period when the reference rate changes (4.25% in 2024-H2, 3.15% in 2025-H1)', async () => {
  at('2026-01-01');
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const { invoice } = await issueInvoice(app, customer.id, '10000.00', { issueDate: '2024-11-15' });
  expect(invoice.dueDate).toBe('2024-12-15');
  expect(await lateInterest(invoice.id, '2025-01-20')).toMatchObject({
    days: 36,
    annualRate: '11.15',
    // 10,000.00 x 12.25% x 16 / 365 = 53.6986 -> 53.70; 10,000.00 x 11.15% x 20 / 365 = 61.0959 -> 61.10
    interest: '114.80',
    total: '154.80',
    periods: [
      { from: '2024-12-16', to: '2024-12-31', days: 16, annualRate: '12.25', interest: '53.70' },
      { from: '2025-01-01', to: '2025-01-20', days: 20, annualRate: '11.15', interest: '61.10' },
    ],
  });
});

it('an invoice in USD: the EUR 40 compensation is reported in EUR, outside the total (no exchange rates yet)', async () => {
  at('2026-01-01');
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, currency: 'USD', country: 'US' });
  const { invoice } = await issueInvoice(app, customer.id, '10000.00', { issueDate: '2026-01-01', currency: 'USD' });
  expect(await lateInterest(invoice.id, '2026-02-10')).toMatchObject({
    currency: 'USD',
    days: 10,
    interest: '27.81',
    fixedCompensation: '0.00',
    unconvertedCompensation: { amount: '40.00', currency: 'EUR' },
    total: '27.81',
  });
});

it('a written-off invoice shows no interest: the debt has left the books', async () => {
  at('2026-01-01');
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const { invoice } = await issueInvoice(app, customer.id, '1000.00', { issueDate: '2026-01-01' });
  at('2026-03-05');
  await app.ok(RunCollectionCycleDocument, {});
  await app.ok(WriteOffInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'buyer insolvent' } }, { role: 'RISK_OFFICER' as never });
  expect(await lateInterest(invoice.id, '2026-03-05')).toMatchObject({ principal: '0.00', days: 0, interest: '0.00', total: '0.00', periods: [] });
});

it('costs the same SQL statements for 1 and for 6 invoices (payments batched)', async () => {
  at('2026-01-01');
  const one = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const six = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  await issueInvoice(app, one.id, '100.00', { issueDate: '2026-01-01' });
  for (let i = 0; i < 6; i += 1) {
    const { invoice } = await issueInvoice(app, six.id, '100.00', { issueDate: '2026-01-01' });
    await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '10.00', currency: 'EUR' } });
  }
  const query = (customerId: string) => app.ok(InvoicesLateInterestDocument, { first: 10, asOf: '2026-03-02', filter: { customerId } });
  const forOne = await app.countQueries(() => query(one.id));
  let totals: string[] = [];
  const forSix = await app.countQueries(async () => {
    totals = (await query(six.id)).invoices.edges.map((edge) => edge.node.lateInterest.total);
  });
  expect(forSix.length).toBe(forOne.length);
  // 90.00 x 10.15% x 30 / 365 = 0.7508 -> 0.75, plus 40.00
  expect(totals).toEqual(Array(6).fill('40.75'));
});
