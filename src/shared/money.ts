/**
 * Money, in one dialect: integer minor units (cents, yen, fils) next to an ISO 4217 code; parts per
 * million for percentages; exact fractions of BigInts for rates and conversions. It crosses the API
 * as a decimal string; no float ever touches an amount.
 */
import { BadUserInputError } from './errors';

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

/** Digits after the decimal point for a currency, from ISO 4217 as shipped in Node's ICU (EUR 2, JPY 0, BHD 3). */
export function currencyExponent(currency: string): number {
  let exponent = EXPONENTS.get(currency);
  if (exponent === undefined) {
    exponent = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    EXPONENTS.set(currency, exponent);
  }
  return exponent;
}

/** Building an Intl.NumberFormat is costly and amounts are formatted by the thousand: remember each currency's answer. */
const EXPONENTS = new Map<string, number>();

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * "1234.5" EUR -> 123450. Refuses more decimals than the currency has instead of rounding:
 * an amount a person typed must never be changed silently.
 */
export function toMinorUnits(amount: string, currency: string, field = 'amount'): number {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new BadUserInputError(`${field} must be a decimal number such as "1250.00" (got "${amount}")`, { field });
  const [, sign, whole, fraction = ''] = match;
  const exponent = currencyExponent(currency);
  if (fraction.replace(/0+$/, '').length > exponent) {
    throw new BadUserInputError(`${field} "${amount}" has more decimals than ${currency} allows (${exponent})`, { field });
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0').slice(0, exponent));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new BadUserInputError(`${field} "${amount}" is too large`, { field });
  }
  return Number(sign ? -minor : minor);
}

/** Like toMinorUnits, for amounts that must be greater than zero (an invoice, a payment). */
export function positiveMinorUnits(amount: string, currency: string, field = 'amount'): number {
  const minor = toMinorUnits(amount, currency, field);
  if (minor <= 0) throw new BadUserInputError(`${field} must be greater than zero`, { field });
  return minor;
}

/** 123450 EUR -> "1234.50 EUR", for messages a person reads. */
export function formatMoney(minor: number, currency: string): string {
  return `${fromMinorUnits(minor, currency)} ${currency}`;
}

/** 123450 EUR -> "1234.50" (always the currency's number of decimals). */
export function fromMinorUnits(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new Error(`Money must be a safe integer of minor units (got ${minor})`);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${minor < 0 ? '-' : ''}${whole}${exponent > 0 ? '.' + fraction : ''}`;
}

/** The amounts of one currency as Decimal strings: `decimalsIn('EUR')(123450)` is "1234.50". */
export function decimalsIn(currency: string): (minor: number) => string {
  return (minor) => fromMinorUnits(minor, currency);
}

/** An amount as a reader of `locale` writes it ("1.234,50 €" in de), formatted from the exact decimal string, never a float. */
export function localisedMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(fromMinorUnits(minor, currency) as unknown as number);
}

/**
 * Percentages held exactly as integer parts per million (90% = 900,000; 0.15% = 1,500), so shares of
 * money are integer arithmetic.
 */
export const PPM = 1_000_000n;
export const PPM_PER_PERCENT = 10_000;

/** A percent from 0 to 100 that parts per million hold exactly: at most 4 decimals (0.15, 87.5). */
export function isExactPercent(percent: number): boolean {
  return Number.isFinite(percent) && percent >= 0 && percent <= 100 && Math.abs(percent * PPM_PER_PERCENT - Math.round(percent * PPM_PER_PERCENT)) <= 1e-6;
}

/** minor × (ppm / 1,000,000), rounded towards zero. */
export function applyPpmRoundingDown(minor: number, ppm: number): number {
  return Number((BigInt(minor) * BigInt(ppm)) / PPM);
}

/**
 * minor × ratio, rounded towards zero (explicit: a credit line computed from a percentage is never
 * rounded up in the customer's favour). The ratio comes from policy data, e.g. 0.15.
 */
export function applyRatioRoundingDown(minor: number, ratio: number): number {
  return applyPpmRoundingDown(minor, Math.round(ratio * Number(PPM)));
}

/**
 * Exact decimal arithmetic for exchange rates and ratios: values are fractions of BigInts, so a
 * rate applied to an amount never drifts the way a float does. Rounding happens once, explicitly,
 * half away from zero ("half-up" on the amount's size).
 *
 * A Fraction is numerator / denominator, denominator > 0.
 */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

const EXACT_DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** "1.085" -> 1085/1000; also takes what String(number) prints for policy params ("0.5", "1e-7"). */
export function parseDecimal(text: string): Fraction | null {
  const match = EXACT_DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  let numerator = BigInt(whole + fraction) * (sign ? -1n : 1n);
  let denominator = 1n;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator = 10n ** BigInt(-exponent);
  return { numerator, denominator };
}

/** An exact decimal from a number taken from policy data (e.g. a loss rate of 2.5 percent). */
export function fractionOfNumber(value: number): Fraction {
  const parsed = parseDecimal(String(value));
  if (!parsed) throw new Error(`not a finite number: ${value}`);
  return parsed;
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

export function add(a: Fraction, b: Fraction): Fraction {
  return a.denominator === b.denominator
    ? { numerator: a.numerator + b.numerator, denominator: a.denominator }
    : { numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

export function invert(a: Fraction): Fraction {
  if (a.numerator === 0n) throw new Error('cannot invert zero');
  return a.numerator < 0n ? { numerator: -a.denominator, denominator: -a.numerator } : { numerator: a.denominator, denominator: a.numerator };
}

export function ratio(numerator: bigint, denominator: bigint): Fraction {
  return { numerator, denominator };
}

/** The fraction rounded to a whole number, halves away from zero. */
export function roundHalfUp(value: Fraction): bigint {
  const { numerator, denominator } = value;
  const magnitude = numerator < 0n ? -numerator : numerator;
  let rounded = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) rounded += 1n;
  return numerator < 0n ? -rounded : rounded;
}

/** The fraction as a decimal string with exactly `places` decimals, rounded half-up: 7.5 -> "7.50". */
export function toDecimalString(value: Fraction, places: number): string {
  const scaled = roundHalfUp(multiply(value, { numerator: 10n ** BigInt(places), denominator: 1n }));
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? '.' + fraction : ''}`;
}

/** The fraction as a JS number, for a policy fact (not for money). */
export function toNumber(value: Fraction, places = 6): number {
  return Number(toDecimalString(value, places));
}

/**
 * Converts an amount in minor units of one currency into minor units of another at `rate`
 * (units of `to` per unit of `from`), rounded half-up to the minor unit of `to`:
 * USD 1000.00 (100000 minor) at 0.92 -> EUR 920.00 (92000 minor); JPY has no minor digits, BHD three.
 */
export function convertMinorUnits(minor: number, from: string, to: string, rate: Fraction): number {
  return Number(roundHalfUp(convertExactly({ numerator: BigInt(minor), denominator: 1n }, from, to, rate)));
}

/** The same conversion of an exact (fractional) amount of minor units, not rounded. */
export function convertExactly(minor: Fraction, from: string, to: string, rate: Fraction): Fraction {
  const shift = currencyExponent(to) - currencyExponent(from);
  const scale: Fraction = shift >= 0 ? { numerator: 10n ** BigInt(shift), denominator: 1n } : { numerator: 1n, denominator: 10n ** BigInt(-shift) };
  return multiply(multiply(minor, rate), scale);
}
