/**
 * Late-payment interest of one invoice on a date: a read, not a mutation (the policy is asked, no
 * decision is stored). rules/late-interest.json gives the terms (margin, day count, fixed
 * compensation), rules/reference-rates/reference-rate.json the reference rate.
 *
 * Interest runs piecewise from the day after the (possibly extended) due date: a new period starts
 * after each payment and whenever the reference rate changes. Each period accrues on what was unpaid
 * during it: principal x (reference rate + margin) x days / day-count basis, rounded half-up to minor
 * units once per period. A payment received on day D still counts as unpaid on day D (it was D days
 * late), so the days of the periods add up to the days late. A written-off invoice shows no interest:
 * the debt has left the books (recovering it, with interest, is for the legal or claims process).
 */
import type { Decision } from '../../policy/decision';
import { eventsOfType } from '../../policy/decision';
import type { PolicySet } from '../../policy/policy-set';
import { REFERENCE_RATE_FILE, REFERENCE_RATES_FOLDER } from '../../policy/data/rules-data';
import { addDays, daysBetween } from '../../shared/dates';
import { BadUserInputError } from '../../shared/errors';
import type { Payment } from '../payment';
import { type Invoice, InvoiceStatus } from './invoice.entity';
import { rateChangesBetween, referenceRateOn, type ReferenceRateTable } from '../../policy/data/reference-rates';

/** Rates are carried in millionths (1e-4 percent), so 10.15% is 101500: exact for any rate with 4 decimals. */
const RATE_SCALE = 1_000_000;

export interface LateInterestPeriodFigures {
  from: string;
  to: string;
  days: number;
  principalMinor: number;
  /** Annual rate of the period in millionths; 0 when the policy set no interest terms for it. */
  annualRateMillionths: number;
  interestMinor: number;
}

export interface LateInterestFigures {
  asOf: string;
  currency: string;
  principalMinor: number;
  days: number;
  annualRateMillionths: number;
  interestMinor: number;
  /** In the invoice currency, counted in the total (0 when the policy states it in another currency). */
  fixedCompensationMinor: number;
  /** The fixed compensation when the policy states it in another currency: owed, but not in the total. */
  unconvertedCompensation: { minor: number; currency: string } | null;
  totalMinor: number;
  periods: LateInterestPeriodFigures[];
}

export async function lateInterestOf(policies: PolicySet, invoice: Invoice, payments: readonly Payment[], asOf: string): Promise<LateInterestFigures> {
  const paid = payments.filter((payment) => payment.receivedOn <= asOf);
  const unpaidOn = (day: string) => invoice.amountMinor - paid.filter((payment) => payment.receivedOn <= day).reduce((sum, payment) => sum + payment.amountMinor, 0);
  const figures: LateInterestFigures = {
    asOf,
    currency: invoice.currency,
    principalMinor: invoice.status === InvoiceStatus.WRITTEN_OFF ? 0 : unpaidOn(asOf),
    days: 0,
    annualRateMillionths: 0,
    interestMinor: 0,
    fixedCompensationMinor: 0,
    unconvertedCompensation: null,
    totalMinor: 0,
    periods: [],
  };
  const firstLateDay = addDays(invoice.dueDate, 1);
  if (invoice.status === InvoiceStatus.WRITTEN_OFF || asOf < firstLateDay) return figures;

  const rates = referenceRates(policies);
  const ends = new Set<string>([asOf]);
  for (const payment of paid) if (payment.receivedOn >= firstLateDay && payment.receivedOn < asOf) ends.add(payment.receivedOn);
  for (const change of rateChangesBetween(rates, firstLateDay, asOf)) ends.add(addDays(change, -1));

  let from = firstLateDay;
  let terms: Record<string, unknown> | undefined;
  for (const to of [...ends].sort()) {
    const principalMinor = unpaidOn(addDays(from, -1));
    if (principalMinor <= 0) break; // paid in full: nothing accrues any more
    const referenceRate = referenceRateOn(rates, from);
    if (!referenceRate) {
      throw new BadUserInputError(
        `No reference rate is in force on ${from} (${rates.file} starts on ${rates.rates[0].from}); late interest of invoice ${invoice.number} cannot be computed for that period`,
        { field: 'asOf' },
      );
    }
    const decision: Decision = await policies.decide(
      'computeLateInterest',
      { daysPastDue: daysBetween(invoice.dueDate, to), outstandingMinor: principalMinor, currency: invoice.currency, referenceRatePercent: referenceRate.percent },
      from,
    );
    const periodTerms = eventsOfType(decision, 'set-interest-terms')[0];
    terms ??= periodTerms;
    const days = daysBetween(from, to) + 1;
    const annualRateMillionths = periodTerms ? Math.max(0, toMillionths(referenceRate.percent) + toMillionths(Number(periodTerms.marginPercentPoints))) : 0;
    const interestMinor = periodTerms ? simpleInterest(principalMinor, annualRateMillionths, days, Number(periodTerms.dayCountBasis)) : 0;
    figures.periods.push({ from, to, days, principalMinor, annualRateMillionths, interestMinor });
    figures.days += days;
    figures.annualRateMillionths = annualRateMillionths;
    figures.interestMinor += interestMinor;
    from = addDays(to, 1);
  }

  // Once per invoice, as soon as it is late: from the terms of the first period that had any.
  if (terms) {
    const minor = Number(terms.fixedCompensationMinor);
    const currency = String(terms.fixedCompensationCurrency);
    if (currency === invoice.currency) figures.fixedCompensationMinor = minor;
    else if (minor > 0) figures.unconvertedCompensation = { minor, currency };
  }
  figures.totalMinor = figures.interestMinor + figures.fixedCompensationMinor;
  return figures;
}

function referenceRates(policies: PolicySet): ReferenceRateTable {
  const table = policies.data.referenceRates;
  if (!table) {
    throw new BadUserInputError(`Late interest needs the reference-rate table ${REFERENCE_RATES_FOLDER}/${REFERENCE_RATE_FILE} in the rules folder, and there is none`);
  }
  return table;
}

function toMillionths(percent: number): number {
  return Math.round(percent * (RATE_SCALE / 100));
}

/** principal x rate x days / basis, rounded half-up to a whole minor unit (exact: integers only). */
export function simpleInterest(principalMinor: number, annualRateMillionths: number, days: number, dayCountBasis: number): number {
  const numerator = BigInt(principalMinor) * BigInt(annualRateMillionths) * BigInt(days);
  const denominator = BigInt(dayCountBasis) * BigInt(RATE_SCALE);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** 101500 -> "10.15" (percent, at least 2 and at most 4 decimals). */
export function formatRatePercent(millionths: number): string {
  const sign = millionths < 0 ? '-' : '';
  const digits = Math.abs(millionths).toString().padStart(5, '0');
  const whole = digits.slice(0, -4);
  let fraction = digits.slice(-4);
  while (fraction.length > 2 && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${sign}${whole}.${fraction}`;
}
