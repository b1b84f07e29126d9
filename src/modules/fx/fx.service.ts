/**
 * Exchange rates: a risk officer sets the rate of a pair from a date on (rules/fx-rates.json may refer
 * a suspicious move), and every conversion uses the rate in force on its date: the latest effective
 * date not after it. When only the other direction of a pair was set, its exact inverse is used.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { assertIsoDate, daysBetween } from '../../shared/dates';
import { BadUserInputError } from '../../shared/errors';
import { type Fraction, invert, parseDecimal, ratio, toNumber } from '../../shared/money';
import { InputProblems } from '../../shared/validation';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { FactsOf } from '../../policy/fact-catalogue';
import type { ReferralApplier } from '../referral';
import type { FxRatesArgs, SetFxRateInput } from './dto/set-fx-rate.input';
import { FxRate } from './fx-rate.entity';

export async function setFxRate(ctx: RequestContext, input: SetFxRateInput) {
  const today = businessDate(ctx.clock);
  const problems = new InputProblems();
  problems.check(input.from !== input.to, 'to', `from and to are both ${input.from}; a rate converts between two currencies`);
  const { effectiveDate, rate } = problems.parseAll({
    effectiveDate: () => (input.effectiveDate ? assertIsoDate(input.effectiveDate, 'effectiveDate') : today),
    rate: () => normaliseRate(input.rate),
  });

  const request: FxRateRequest = { from: input.from, to: input.to, rate, effectiveDate };
  const { result: fxRate, decision } = await runPolicyMutation(ctx, {
    mutation: 'setFxRate',
    businessDate: today,
    subject: fxRateSubject(request),
    gatherFacts: async (em) => ({ facts: await fxRateFacts(em, request), read: undefined }),
    apply: (_decision, em, record): Promise<FxRate | null> => storeFxRate(em, request, record, ctx.actor.id, ctx.clock.now()),
    // Referred (a large move): the rate is not stored; the referral holds it and approving it stores it (heldFxRateApplier).
    hold: async () => ({
      result: null,
      referral: {
        subject: { type: 'FX_RATE', id: null, label: fxRateSubject(request) },
        customerId: null,
        amount: null,
        heldRequest: { ...request },
      },
    }),
  });
  return { fxRate, decision };
}

/** A rate to set: the pair, the normalised rate and the resolved effective date. */
interface FxRateRequest {
  from: string;
  to: string;
  rate: string;
  effectiveDate: string;
}

const fxRateSubject = ({ from, to, effectiveDate }: FxRateRequest) => `FX rate ${from}->${to} from ${effectiveDate}`;

/** The facts the policy checks a new rate on: how far it moves from the previous rate of the pair. */
async function fxRateFacts(em: EntityManager, { from, to, rate, effectiveDate }: FxRateRequest): Promise<FactsOf<'setFxRate'>> {
  const previous = await rateBefore(em, from, to, effectiveDate);
  const next = exactRate(rate);
  return {
    fromCurrency: from,
    toCurrency: to,
    rate: toNumber(next, 10),
    hasPreviousRate: previous !== null,
    changePercent: previous ? toNumber(percentChange(previous.rate, next)) : 0,
    daysSincePreviousRate: previous ? daysBetween(previous.effectiveDate, effectiveDate) : 0,
  };
}

/** Stores an accepted rate. The same pair and day again is a correction: the rate in force that day is replaced. */
async function storeFxRate(em: EntityManager, { from, to, rate, effectiveDate }: FxRateRequest, record: DecisionRecord, setBy: string, now: Date): Promise<FxRate> {
  const existing = await em.findOne(FxRate, { fromCurrency: from, toCurrency: to, effectiveDate });
  const fxRate = existing ?? em.create(FxRate, { fromCurrency: from, toCurrency: to, effectiveDate, rate, setBy, createdAt: now });
  fxRate.rate = rate;
  fxRate.setBy = setBy;
  fxRate.decision = record;
  return fxRate;
}

/**
 * The referral seam of setFxRate (src/modules/referral/referral-appliers.ts): an approved referral
 * stores the rate as an accepted one is stored, checked again against the previous rate on the day;
 * it is set by the person who asked (the referral names who approved it). A declined rate was never stored.
 */
export const heldFxRateApplier: ReferralApplier<'setFxRate', FxRateRequest> = {
  async gather(_ctx, em, referral) {
    const request = referral.heldRequest as unknown as FxRateRequest;
    return { facts: await fxRateFacts(em, request), read: request };
  },
  async apply(ctx, em, referral, _decision, record, request) {
    const fxRate = await storeFxRate(em, request, record, referral.requestedBy, ctx.clock.now());
    return { fxRateId: fxRate.id, from: fxRate.fromCurrency, to: fxRate.toCurrency, rate: fxRate.rate, effectiveDate: fxRate.effectiveDate };
  },
  async release() {
    // Nothing was stored while it was held.
  },
};

export async function listFxRates(ctx: RequestContext, args: FxRatesArgs): Promise<FxRate[]> {
  const where = { ...(args.from ? { fromCurrency: args.from } : {}), ...(args.to ? { toCurrency: args.to } : {}) };
  if (!args.asOf) return ctx.em.find(FxRate, where, { orderBy: [{ fromCurrency: 'asc' }, { toCurrency: 'asc' }, { effectiveDate: 'desc' }] });
  const asOf = assertIsoDate(args.asOf, 'asOf');
  const rows = await ctx.em.find(FxRate, { ...where, effectiveDate: { $lte: asOf } }, { orderBy: [{ fromCurrency: 'asc' }, { toCurrency: 'asc' }, { effectiveDate: 'desc' }] });
  return rows.filter((row, index) => index === 0 || rows[index - 1].fromCurrency !== row.fromCurrency || rows[index - 1].toCurrency !== row.toCurrency);
}

/** A rate as used for one conversion: which stored rate, and whether it was inverted. */
export interface RateInForce {
  from: string;
  to: string;
  /** Units of `to` per unit of `from`, exact. */
  rate: Fraction;
  /** The stored rate (of to->from when inverted). */
  storedRate: string;
  effectiveDate: string;
  inverted: boolean;
}

/**
 * The rates in force on `asOf` for converting each currency into `to`, in ONE statement whatever
 * the history: the latest rate per stored pair (either direction) by a window function.
 * A currency with no rate either way is BAD_USER_INPUT naming the pair and the date.
 */
export async function ratesInForce(em: EntityManager, currencies: readonly string[], to: string, asOf: string): Promise<Map<string, RateInForce>> {
  const foreign = [...new Set(currencies)].filter((currency) => currency !== to).sort();
  const result = new Map<string, RateInForce>();
  if (foreign.length === 0) return result;
  const list = foreign.map(() => '?').join(', ');
  const rows = await em.getConnection().execute<{ from_currency: string; to_currency: string; rate: string; effective_date: string }[]>(
    `select from_currency, to_currency, rate, effective_date from (` +
      `select from_currency, to_currency, rate, cast(effective_date as varchar(10)) as effective_date, ` +
      `row_number() over (partition by from_currency, to_currency order by effective_date desc) as latest ` +
      `from fx_rate where effective_date <= ? and ((from_currency in (${list}) and to_currency = ?) or (from_currency = ? and to_currency in (${list})))` +
      `) r where latest = 1`,
    [asOf, ...foreign, to, to, ...foreign],
    'all',
    // In the caller's transaction when there is one (a referral opened in a referred mutation's): on
    // SQLite's single connection a statement outside it would wait for the transaction forever.
    em.getTransactionContext(),
  );
  for (const currency of foreign) {
    const direct = rows.find((row) => row.from_currency === currency && row.to_currency === to);
    const inverse = rows.find((row) => row.from_currency === to && row.to_currency === currency);
    const chosen = pickRate(currency, to, direct && stored(direct), inverse && stored(inverse));
    if (!chosen) {
      throw new BadUserInputError(`No exchange rate ${currency}->${to} (or ${to}->${currency}) is in force on ${asOf}; set one with setFxRate`, {
        field: 'currency',
        pair: `${currency}->${to}`,
        asOf,
      });
    }
    result.set(currency, chosen);
  }
  return result;
}

/** The rate of from->to in force before `date` (either direction), for the sanity check of a new rate. */
async function rateBefore(em: EntityManager, from: string, to: string, date: string): Promise<{ rate: Fraction; effectiveDate: string } | null> {
  const latest = (a: string, b: string) =>
    em.findOne(FxRate, { fromCurrency: a, toCurrency: b, effectiveDate: { $lt: date } }, { orderBy: { effectiveDate: 'desc' } });
  const [direct, inverse] = await Promise.all([latest(from, to), latest(to, from)]);
  return pickRate(from, to, direct && stored(direct), inverse && stored(inverse));
}

/** The direct rate when there is one, else the exact inverse of the other direction. */
function pickRate(from: string, to: string, direct: StoredRate | null | undefined, inverse: StoredRate | null | undefined): RateInForce | null {
  if (direct) return { from, to, rate: exactRate(direct.rate), storedRate: direct.rate, effectiveDate: direct.effectiveDate, inverted: false };
  if (inverse) return { from, to, rate: invert(exactRate(inverse.rate)), storedRate: inverse.rate, effectiveDate: inverse.effectiveDate, inverted: true };
  return null;
}

interface StoredRate {
  rate: string;
  effectiveDate: string;
}

function stored(row: { rate: string; effective_date?: string; effectiveDate?: string }): StoredRate {
  return { rate: String(row.rate), effectiveDate: String(row.effectiveDate ?? row.effective_date) };
}

function exactRate(rate: string): Fraction {
  const parsed = parseDecimal(rate);
  if (!parsed) throw new Error(`stored FX rate "${rate}" is not a decimal`);
  return parsed;
}

/** |next / previous - 1| x 100, exact. */
function percentChange(previous: Fraction, next: Fraction): Fraction {
  const difference = next.numerator * previous.denominator - previous.numerator * next.denominator;
  const magnitude = difference < 0n ? -difference : difference;
  return ratio(magnitude * 100n, previous.numerator * next.denominator);
}

/** Largest number of decimals and whole digits a stored rate may have. */
const RATE_LIMITS = { decimals: 10, wholeDigits: 12 } as const;

/**
 * A rate typed by a person: a positive decimal with at most 10 decimals, returned normalised
 * ("01.0850" -> "1.085") so equal rates are stored alike. Never rounded: too many decimals is refused.
 */
export function normaliseRate(text: string, field = 'rate'): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new BadUserInputError(`${field} must be a positive decimal such as "1.0850" (got "${text}")`, { field });
  const whole = match[1].replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > RATE_LIMITS.decimals) {
    throw new BadUserInputError(`${field} "${text}" has more than ${RATE_LIMITS.decimals} decimals`, { field });
  }
  if (whole.length > RATE_LIMITS.wholeDigits) throw new BadUserInputError(`${field} "${text}" is too large`, { field });
  if (/^0*$/.test(whole + fraction)) throw new BadUserInputError(`${field} must be greater than zero`, { field });
  return fraction ? `${whole}.${fraction}` : whole;
}
