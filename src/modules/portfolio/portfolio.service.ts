/**
 * Portfolio figures on a report date, in a reporting currency: aging by the provision matrix,
 * expected credit loss, DSO, bad-debt rate and a weekly cash forecast (rules/provisions.json).
 *
 * Nothing is loaded per invoice: three GROUP BY statements (open receivables by currency, due date
 * and indemnity percentage, credit sales and write-offs of the period by currency) and one for the exchange rates, so
 * the number of statements is the same for ten invoices or a million. Sums are exact in each
 * original currency and converted once each (fx.service), rounded half-up to the minor unit.
 *
 * Choices, so the figures can be read:
 * - Outstanding amounts are the invoices' current ones; asOf sets the day aging and the forecast
 *   are measured from, and only invoices issued on or before it count.
 * - Expected payment date = the due date; an amount already overdue is expected in week 1.
 * - A write-off counts in the period of the business date of its approved decision, net of what the
 *   seller has recovered on the invoice since (its share of the recoveries: the insurer's share of a
 *   recovery after a claim payout is the insurer's money, not the seller's).
 * - Insured outstanding of an invoice = min(outstanding, insured at issue): payments reduce the
 *   uninsured part first. Uninsured = outstanding - insured (in the reporting currency too, so the two
 *   add up to the outstanding exactly).
 * - Insured share of a bucket's expected loss = Σ insured outstanding × the indemnity percentage of
 *   the invoice's insurance policy (with or without a named limit, as the cover says) × the bucket's
 *   loss rate. Kept as an exact fraction per currency, converted exactly, rounded half-up ONCE per
 *   bucket to the minor unit, and never more than the bucket's expected loss (which is rounded from
 *   the per-currency rounded conversion). Net = expected loss - insured share, per bucket and in total.
 */
import { raw, type ObjectQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { addDays, assertIsoDate, daysBetween } from '../../shared/dates';
import { InputProblems } from '../../shared/validation';
import {
  add,
  convertExactly,
  convertMinorUnits,
  type Fraction,
  fractionOfNumber,
  decimalsIn,
  fromMinorUnits,
  isKnownCurrency,
  multiply,
  PPM,
  ratio,
  roundHalfUp,
  toDecimalString,
} from '../../shared/money';
import { Invoice, InvoiceStatus, OPEN_INVOICE_STATUSES } from '../invoice';
import { type RateInForce, ratesInForce } from '../fx';
import type { AgingBucket, Portfolio, PortfolioArgs } from './dto/portfolio.types';
import { type BucketRule, ProvisionMatrix, reportingSettings } from './provision-matrix';

/** A century: a bound on the argument so dates stay computable, not a policy value. */
const LONGEST_PERIOD_DAYS = 36_600;

/** Minor units and invoice count per original currency. */
class CurrencySums {
  readonly byCurrency = new Map<string, { minor: number; count: number }>();

  add(currency: string, minor: number, count: number): void {
    const sums = this.byCurrency.get(currency) ?? { minor: 0, count: 0 };
    sums.minor += minor;
    sums.count += count;
    this.byCurrency.set(currency, sums);
  }

  of(currency: string) {
    return this.byCurrency.get(currency) ?? { minor: 0, count: 0 };
  }

  /** The total in the reporting currency: each currency's exact sum converted once. */
  converted(convert: (minor: number, currency: string) => number): { minor: number; count: number } {
    let minor = 0;
    let count = 0;
    for (const [currency, sums] of this.byCurrency) {
      minor += convert(sums.minor, currency);
      count += sums.count;
    }
    return { minor, count };
  }
}

export async function portfolio(ctx: RequestContext, args: PortfolioArgs): Promise<Portfolio> {
  const currency = args.currency;
  const problems = new InputProblems();
  problems.check(/^[A-Z]{3}$/.test(currency) && isKnownCurrency(currency), 'currency', `currency must be an ISO 4217 code such as EUR or USD (got "${currency}")`);
  if (args.periodDays != null) {
    const { periodDays } = args;
    problems.check(Number.isInteger(periodDays) && periodDays >= 1 && periodDays <= LONGEST_PERIOD_DAYS, 'periodDays', `periodDays must be between 1 and ${LONGEST_PERIOD_DAYS} (got ${periodDays})`);
  }
  const { asOf } = problems.parseAll({ asOf: () => (args.asOf ? assertIsoDate(args.asOf, 'asOf') : businessDate(ctx.clock)) });
  const settings = await reportingSettings(ctx.policy, currency, asOf);
  // The policy's own period is within bounds: rules:check holds set-reporting-period's periodDays to them.
  const periodDays = args.periodDays ?? settings.periodDays;
  const periodStart = addDays(asOf, 1 - periodDays);

  const open = await openReceivables(ctx.em, asOf);
  const sales = await creditSales(ctx.em, periodStart, asOf);
  const writtenOff = await writeOffs(ctx.em, periodStart, asOf);
  const currencies = [...new Set([...open, ...sales, ...writtenOff].map((row) => row.currency))];
  const rates = await ratesInForce(ctx.em, currencies, currency, asOf);
  const convert = (minor: number, from: string) => (from === currency ? minor : convertMinorUnits(minor, from, currency, rates.get(from)!.rate));
  const convertExact = (minor: Fraction, from: string) => (from === currency ? minor : convertExactly(minor, from, currency, rates.get(from)!.rate));
  const money = decimalsIn(currency);

  // Aging and forecast from the (currency, due date) groups; the matrix is asked once per distinct day count.
  const matrix = new ProvisionMatrix(ctx.policy, asOf);
  const bucketRules = matrix.buckets();
  const newBucket = (rule: BucketRule) => ({ rule, sums: new CurrencySums(), indemnifiable: new Map<string, bigint>() });
  const buckets = new Map(bucketRules.map((rule) => [rule.bucket, newBucket(rule)]));
  const weeks = Array.from({ length: settings.forecastWeeks }, () => new CurrencySums());
  const beyond = new CurrencySums();
  const outstanding = new CurrencySums();
  const insuredOutstanding = new CurrencySums();
  for (const row of open) {
    const daysPastDue = daysBetween(row.dueDate, asOf);
    const rule = await matrix.bucketFor(daysPastDue);
    if (!buckets.has(rule.bucket)) buckets.set(rule.bucket, newBucket(rule));
    const bucket = buckets.get(rule.bucket)!;
    bucket.sums.add(row.currency, row.minor, row.count);
    // Insured outstanding × indemnity, in parts per million of a minor unit: exact.
    bucket.indemnifiable.set(row.currency, (bucket.indemnifiable.get(row.currency) ?? 0n) + BigInt(row.insuredMinor) * BigInt(row.indemnityPpm));
    outstanding.add(row.currency, row.minor, row.count);
    insuredOutstanding.add(row.currency, row.insuredMinor, 0);
    const week = Math.floor(Math.max(0, -daysPastDue) / 7);
    (weeks[week] ?? beyond).add(row.currency, row.minor, row.count);
  }

  const aging: AgingBucket[] = [];
  let eclMinor = 0;
  let insuredMinor = 0;
  for (const { rule, sums, indemnifiable } of buckets.values()) {
    const amount = sums.converted(convert);
    const lossRate = multiply(ratio(1n, 100n), fractionOfNumber(rule.lossRatePercent));
    const ecl = Number(roundHalfUp(multiply(ratio(BigInt(amount.minor), 1n), lossRate)));
    const insured = Math.min(ecl, insuredShareOf(indemnifiable, lossRate, convertExact));
    eclMinor += ecl;
    insuredMinor += insured;
    aging.push({
      bucket: rule.bucket,
      lossRatePercent: String(rule.lossRatePercent),
      amount: money(amount.minor),
      invoiceCount: amount.count,
      expectedCreditLoss: money(ecl),
      insuredShare: money(insured),
    });
  }

  const salesSums = new CurrencySums();
  for (const row of sales) salesSums.add(row.currency, row.minor, row.count);
  const writtenOffSums = new CurrencySums();
  for (const row of writtenOff) writtenOffSums.add(row.currency, row.minor, row.count);
  const total = outstanding.converted(convert);
  const insuredTotal = insuredOutstanding.converted(convert).minor;
  const salesMinor = salesSums.converted(convert).minor;
  const writtenOffMinor = writtenOffSums.converted(convert).minor;
  const perSales = (minor: number, times: bigint) => (salesMinor > 0 ? toDecimalString(ratio(BigInt(minor) * times, BigInt(salesMinor)), 2) : null);

  return {
    asOf,
    currency,
    outstanding: money(total.minor),
    openInvoices: total.count,
    insuredOutstanding: money(insuredTotal),
    uninsuredOutstanding: money(total.minor - insuredTotal),
    aging,
    expectedCreditLoss: money(eclMinor),
    insuredShare: money(insuredMinor),
    netExpectedCreditLoss: money(eclMinor - insuredMinor),
    periodDays,
    periodStart,
    creditSales: money(salesMinor),
    dso: perSales(total.minor, BigInt(periodDays)),
    writtenOff: money(writtenOffMinor),
    badDebtRatePercent: perSales(writtenOffMinor, 100n),
    cashForecast: weeks.map((sums, index) => {
      const week = sums.converted(convert);
      return { week: index + 1, from: addDays(asOf, 7 * index), to: addDays(asOf, 7 * index + 6), amount: money(week.minor), invoiceCount: week.count };
    }),
    beyondForecast: money(beyond.converted(convert).minor),
    byCurrency: currencies.sort().map((code) => ({
      currency: code,
      outstanding: fromMinorUnits(outstanding.of(code).minor, code),
      openInvoices: outstanding.of(code).count,
      insuredOutstanding: fromMinorUnits(insuredOutstanding.of(code).minor, code),
      uninsuredOutstanding: fromMinorUnits(outstanding.of(code).minor - insuredOutstanding.of(code).minor, code),
      creditSales: fromMinorUnits(salesSums.of(code).minor, code),
      writtenOff: fromMinorUnits(writtenOffSums.of(code).minor, code),
    })),
    fxRates: [...rates.values()].map(rateUsed),
  };
}

/** One million: indemnity percentages are held in parts per million (90% = 900,000). */

/**
 * The insured share of a bucket's expected loss: per currency Σ insured outstanding × indemnity (parts
 * per million), converted exactly, times the loss rate, rounded half-up once to the minor unit.
 */
function insuredShareOf(indemnifiablePpm: Map<string, bigint>, lossRate: Fraction, convertExact: (minor: Fraction, from: string) => Fraction): number {
  let exact: Fraction = ratio(0n, 1n);
  for (const [currency, ppmOfMinor] of indemnifiablePpm) {
    if (ppmOfMinor > 0n) exact = add(exact, convertExact(ratio(ppmOfMinor, PPM), currency));
  }
  return Number(roundHalfUp(multiply(exact, lossRate)));
}

function rateUsed(rate: RateInForce) {
  return { from: rate.from, to: rate.to, rate: rate.storedRate, inverted: rate.inverted, effectiveDate: rate.effectiveDate };
}

interface SumRow {
  currency: string;
  minor: number;
  count: number;
}

/** The indemnity percentage (parts per million) of an invoice's cover: with or without a named limit; 0 when nothing is insured. */
const INDEMNITY_PPM = `case when i.insured_minor > 0 and v.id is not null then (case when v.named then p.indemnity_ppm_with_named_limit else p.indemnity_ppm_without_named_limit end) else 0 end`;
/** Insured outstanding: min(outstanding, insured at issue), payments reducing the uninsured part first. */
const INSURED_OUTSTANDING = 'case when i.outstanding_minor < i.insured_minor then i.outstanding_minor else i.insured_minor end';

/** Open receivables issued on or before asOf, by currency, due date and indemnity percentage, with their insured outstanding. */
async function openReceivables(em: EntityManager, asOf: string): Promise<Array<SumRow & { dueDate: string; insuredMinor: number; indemnityPpm: number }>> {
  const rows = await em
    .createQueryBuilder(Invoice, 'i')
    .select([
      raw('i.currency as currency'),
      raw('cast(i.due_date as varchar(10)) as due_date'),
      raw(`${INDEMNITY_PPM} as indemnity_ppm`),
      raw('count(*) as invoices'),
      raw('sum(i.outstanding_minor) as minor'),
      raw(`sum(${INSURED_OUTSTANDING}) as insured`),
    ])
    .leftJoin('i.insuranceCover', 'v')
    .leftJoin('v.policy', 'p')
    .where({ status: { $in: OPEN_INVOICE_STATUSES }, outstandingMinor: { $gt: 0 }, issueDate: { $lte: asOf } })
    .groupBy(['i.currency', 'i.dueDate', raw(INDEMNITY_PPM)])
    .execute<{ currency: string; due_date: string; indemnity_ppm: string | number; invoices: string | number; minor: string | number; insured: string | number }[]>('all', false);
  return rows.map((row) => ({
    currency: row.currency,
    dueDate: String(row.due_date),
    minor: Number(row.minor),
    count: Number(row.invoices),
    insuredMinor: Number(row.insured),
    indemnityPpm: Number(row.indemnity_ppm),
  }));
}

/** Invoices issued in the period (credit sales), by currency. */
function creditSales(em: EntityManager, from: string, to: string): Promise<SumRow[]> {
  return sumByCurrency(em, 'i.amount_minor', { issueDate: { $gte: from, $lte: to } });
}

/** Amounts written off in the period (by the business date of the write-off), net of the seller's recoveries since, by currency. */
function writeOffs(em: EntityManager, from: string, to: string): Promise<SumRow[]> {
  return sumByCurrency(em, 'i.written_off_minor - (i.recovered_minor - i.recovered_for_insurer_minor)', { status: InvoiceStatus.WRITTEN_OFF, writtenOffOn: { $gte: from, $lte: to } });
}

async function sumByCurrency(em: EntityManager, column: string, where: ObjectQuery<Invoice>): Promise<SumRow[]> {
  const rows = await em
    .createQueryBuilder(Invoice, 'i')
    .select([raw('i.currency as currency'), raw('count(*) as invoices'), raw(`sum(${column}) as minor`)])
    .where(where)
    .groupBy('i.currency')
    .execute<{ currency: string; invoices: string | number; minor: string | number }[]>('all', false);
  return rows.map((row) => ({ currency: row.currency, minor: Number(row.minor), count: Number(row.invoices) }));
}
