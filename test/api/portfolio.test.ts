/**
 * Portfolio figures with exact amounts: three customers in EUR and USD, reported in EUR (USD at the
 * rate in force) and in USD (through the inverse rate), on 2026-06-30 with the pinned
 * test/rules/provisions.json (0.5% / 2% / 5% / 10% / 25% by aging bucket; 90-day period; 13 weeks).
 */
import { addDays } from '../../src/shared/dates';
import {
  PortfolioDocument,
  RecordPaymentDocument,
  RunCollectionCycleDocument,
  SetFxRateDocument,
  WriteOffInvoiceDocument,
} from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const RISK_OFFICER = { role: 'RISK_OFFICER' as never };
const TODAY = '2026-06-30';

async function writeOffOn(date: string, invoiceId: string) {
  app.clock.set(`${date}T06:00:00Z`);
  await app.ok(RunCollectionCycleDocument, {});
  await app.ok(WriteOffInvoiceDocument, { input: { invoiceId, reason: 'buyer insolvent, no dividend expected' } }, RISK_OFFICER);
}

beforeAll(async () => {
  app = await startTestApp({ today: TODAY });
  // Tier B: 30-day terms; tier A with six years of relationship: 60 days.
  const eur1 = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const eur2 = await createCustomer(app, { grade: GRADE_OF_TIER.A });
  const usd = await createCustomer(app, { grade: GRADE_OF_TIER.B, currency: 'USD' });

  await issueInvoice(app, eur1.id, '1000.00', { issueDate: '2026-06-20' }); // due 07-20: current, week 3
  await issueInvoice(app, eur1.id, '2000.00', { issueDate: '2026-05-20' }); // due 06-19: 11 days past due
  const partlyPaid = await issueInvoice(app, eur1.id, '3000.00', { issueDate: '2026-04-10' }); // due 05-10: 51 days
  const paid = await issueInvoice(app, eur1.id, '700.00', { issueDate: '2026-04-02' }); // first day of the period
  await issueInvoice(app, eur2.id, '4000.00', { issueDate: '2026-06-01' }); // due 07-31: current, week 5
  await issueInvoice(app, eur2.id, '1500.00', { issueDate: '2026-02-01' }); // due 04-02: 89 days, before the period
  await issueInvoice(app, usd.id, '5000.00', { issueDate: '2026-06-25', currency: 'USD' }); // due 07-25: current, week 4
  await issueInvoice(app, usd.id, '1200.02', { issueDate: '2026-01-15', currency: 'USD' }); // due 02-14: 136 days
  const lostInPeriod = await issueInvoice(app, usd.id, '800.00', { issueDate: '2026-04-15', currency: 'USD' });
  const lostBefore = await issueInvoice(app, usd.id, '600.00', { issueDate: '2026-01-05', currency: 'USD' });

  await app.ok(RecordPaymentDocument, { input: { invoiceId: partlyPaid.invoice.id, amount: '500.00', currency: 'EUR' } });
  await app.ok(RecordPaymentDocument, { input: { invoiceId: paid.invoice.id, amount: '700.00', currency: 'EUR' } });
  await writeOffOn('2026-03-20', lostBefore.invoice.id);
  await writeOffOn('2026-06-20', lostInPeriod.invoice.id);
  app.clock.set(`${TODAY}T09:00:00Z`);

  for (const [rate, effectiveDate] of [['0.90', '2026-02-01'], ['0.92', '2026-06-01'], ['0.95', '2026-07-01']]) {
    await app.ok(SetFxRateDocument, { input: { from: 'USD', to: 'EUR', rate, effectiveDate } }, RISK_OFFICER);
  }
});
afterAll(() => app.close());

const zeroWeeks = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => expect.objectContaining({ week: from + i, amount: '0.00', invoiceCount: 0 }));

it('reports aging, expected credit loss, DSO, bad-debt rate and the 13-week forecast in EUR', async () => {
  const { portfolio } = await app.ok(PortfolioDocument, { currency: 'EUR' }, { role: 'VIEWER' as never });
  expect(portfolio).toMatchObject({
    asOf: TODAY,
    currency: 'EUR',
    // EUR 11000.00 + USD 6200.02 x 0.92 (5704.0184 -> 5704.02)
    outstanding: '16704.02',
    openInvoices: 7,
    periodDays: 90,
    periodStart: '2026-04-02',
    // EUR 1000 + 2000 + 3000 + 700 + 4000 and USD (5000 + 800) x 0.92
    creditSales: '16036.00',
    // 16704.02 / 16036.00 x 90 = 93.749...
    dso: '93.75',
    // USD 800.00 written off on 06-20 (the 600.00 of 03-20 is before the period)
    writtenOff: '736.00',
    badDebtRatePercent: '4.59',
    expectedCreditLoss: '639.01',
    insuredShare: '0.00',
    netExpectedCreditLoss: '639.01',
    beyondForecast: '0.00',
  });
  expect(portfolio.aging).toEqual([
    { bucket: 'CURRENT', lossRatePercent: '0.5', amount: '9600.00', invoiceCount: 3, expectedCreditLoss: '48.00', insuredShare: '0.00' },
    { bucket: 'DAYS_1_30', lossRatePercent: '2', amount: '2000.00', invoiceCount: 1, expectedCreditLoss: '40.00', insuredShare: '0.00' },
    { bucket: 'DAYS_31_60', lossRatePercent: '5', amount: '2500.00', invoiceCount: 1, expectedCreditLoss: '125.00', insuredShare: '0.00' },
    { bucket: 'DAYS_61_90', lossRatePercent: '10', amount: '1500.00', invoiceCount: 1, expectedCreditLoss: '150.00', insuredShare: '0.00' },
    // USD 1200.02 x 0.92 = 1104.0184 -> 1104.02; x 25% = 276.005 -> 276.01 (half-up)
    { bucket: 'DAYS_OVER_90', lossRatePercent: '25', amount: '1104.02', invoiceCount: 1, expectedCreditLoss: '276.01', insuredShare: '0.00' },
  ]);
  expect(portfolio.cashForecast).toHaveLength(13);
  expect(portfolio.cashForecast).toEqual([
    // everything overdue: EUR 2000 + 2500 + 1500, USD 1200.02 -> 1104.02
    { week: 1, from: '2026-06-30', to: '2026-07-06', amount: '7104.02', invoiceCount: 4 },
    { week: 2, from: '2026-07-07', to: '2026-07-13', amount: '0.00', invoiceCount: 0 },
    { week: 3, from: '2026-07-14', to: '2026-07-20', amount: '1000.00', invoiceCount: 1 },
    { week: 4, from: '2026-07-21', to: '2026-07-27', amount: '4600.00', invoiceCount: 1 },
    { week: 5, from: '2026-07-28', to: '2026-08-03', amount: '4000.00', invoiceCount: 1 },
    ...zeroWeeks(6, 12),
    { week: 13, from: '2026-09-22', to: '2026-09-28', amount: '0.00', invoiceCount: 0 },
  ]);
  expect(portfolio.byCurrency).toEqual([
    { currency: 'EUR', outstanding: '11000.00', openInvoices: 5, creditSales: '10700.00', writtenOff: '0.00' },
    { currency: 'USD', outstanding: '6200.02', openInvoices: 2, creditSales: '5800.00', writtenOff: '800.00' },
  ]);
  expect(portfolio.fxRates).toEqual([{ from: 'USD', to: 'EUR', rate: '0.92', inverted: false, effectiveDate: '2026-06-01' }]);
});

it('takes the period as an argument, and reports in USD through the inverse rate', async () => {
  const month = (await app.ok(PortfolioDocument, { currency: 'EUR', periodDays: 30 })).portfolio;
  // 06-01 .. 06-30: EUR 1000 + 4000, USD 5000 x 0.92; written off USD 800 x 0.92
  expect(month).toMatchObject({ periodStart: '2026-06-01', creditSales: '9600.00', dso: '52.20', writtenOff: '736.00', badDebtRatePercent: '7.67' });

  const { portfolio } = await app.ok(PortfolioDocument, { currency: 'USD', asOf: TODAY });
  // EUR 11000.00 / 0.92 = 11956.52 + USD 6200.02
  expect(portfolio).toMatchObject({ currency: 'USD', outstanding: '18156.54', expectedCreditLoss: '694.57' });
  expect(portfolio.aging.map(({ bucket, amount, expectedCreditLoss }) => [bucket, amount, expectedCreditLoss])).toEqual([
    ['CURRENT', '10434.78', '52.17'],
    ['DAYS_1_30', '2173.91', '43.48'],
    ['DAYS_31_60', '2717.39', '135.87'],
    ['DAYS_61_90', '1630.43', '163.04'],
    ['DAYS_OVER_90', '1200.02', '300.01'],
  ]);
  expect(portfolio.fxRates).toEqual([{ from: 'EUR', to: 'USD', rate: '0.92', inverted: true, effectiveDate: '2026-06-01' }]);
});

it('uses the rate in force on asOf, and names the pair and date when there is none', async () => {
  const march = (await app.ok(PortfolioDocument, { currency: 'EUR', asOf: '2026-03-31' })).portfolio;
  expect(march.fxRates).toEqual([{ from: 'USD', to: 'EUR', rate: '0.9', inverted: false, effectiveDate: '2026-02-01' }]);

  // Week edges: the invoice due 07-20 is in week 1 from 07-14 (6 days ahead), in week 2 from 07-13 (7 days); USD at 0.95 from 07-01.
  const weeks = async (asOf: string) => (await app.ok(PortfolioDocument, { currency: 'EUR', asOf })).portfolio;
  const july13 = await weeks('2026-07-13');
  expect(july13.cashForecast.slice(0, 3).map((week) => [week.from, week.invoiceCount])).toEqual([['2026-07-13', 4], ['2026-07-20', 2], ['2026-07-27', 1]]);
  const july14 = await weeks('2026-07-14');
  // EUR 2000 + 2500 + 1500 + 1000, USD 1200.02 x 0.95 = 1140.019 -> 1140.02
  expect(july14.cashForecast[0]).toEqual({ week: 1, from: '2026-07-14', to: '2026-07-20', amount: '8140.02', invoiceCount: 5 });
  expect(july14.fxRates).toEqual([{ from: 'USD', to: 'EUR', rate: '0.95', inverted: false, effectiveDate: '2026-07-01' }]);

  const beforeAnyRate = await app.gql(PortfolioDocument, { currency: 'EUR', asOf: '2026-01-20' });
  expect(beforeAnyRate.errors?.[0]).toMatchObject({
    message: 'No exchange rate USD->EUR (or EUR->USD) is in force on 2026-01-20; set one with setFxRate',
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'currency' }], pair: 'USD->EUR', asOf: '2026-01-20' },
  });
  const gbp = await app.gql(PortfolioDocument, { currency: 'GBP' });
  expect(gbp.errors?.[0].message).toBe('No exchange rate EUR->GBP (or GBP->EUR) is in force on 2026-06-30; set one with setFxRate');
  const noPeriod = await app.gql(PortfolioDocument, { currency: 'EUR', periodDays: 0 });
  expect(noPeriod.errors?.[0]).toMatchObject({ message: 'periodDays must be between 1 and 36600 (got 0)', extensions: { code: 'BAD_USER_INPUT' } });
  const bad = await app.gql(PortfolioDocument, { currency: 'euro' });
  expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'currency' }] } });
});

it('runs a fixed number of SQL statements however many invoices there are', async () => {
  const report = () => app.ok(PortfolioDocument, { currency: 'EUR' });
  const before = await app.countQueries(report);
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  for (let i = 0; i < 25; i += 1) await issueInvoice(app, customer.id, '10.00', { issueDate: addDays('2026-04-02', i * 3) });
  const after = await app.countQueries(report);
  // open receivables by (currency, due date), credit sales, write-offs, FX rates
  expect(before).toHaveLength(4);
  expect(after).toHaveLength(4);
  expect((await report()).portfolio.openInvoices).toBe(32);
});

it('is open to readers only', async () => {
  const partner = await app.gql(PortfolioDocument, { currency: 'EUR' }, { role: 'PARTNER' as never });
  expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
