/**
 * Exact decimal arithmetic for exchange rates and ratios: values are fractions of BigInts, so a
 * rate applied to an amount never drifts the way a float does. Rounding happens once, explicitly,
 * half away from zero ("half-up" on the amount's size).
 */
import { BadUserInputError } from '../../shared/errors';
import { currencyExponent } from '../../shared/money';

/** numerator / denominator, denominator > 0. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** "1.085" -> 1085/1000; also takes what String(number) prints for policy params ("0.5", "1e-7"). */
export function parseDecimal(text: string): Fraction | null {
  const match = DECIMAL.exec(text.trim());
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
