/**
 * Money is held as integer minor units (cents, yen, fils) next to an ISO 4217 code.
 * It crosses the API as a decimal string; no float ever touches an amount.
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

/** 123450 EUR -> "1234.50" (always the currency's number of decimals). */
export function fromMinorUnits(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new Error(`Money must be a safe integer of minor units (got ${minor})`);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${minor < 0 ? '-' : ''}${whole}${exponent > 0 ? '.' + fraction : ''}`;
}

/**
 * Percentages held exactly as integer parts per million (90% = 900,000; 0.15% = 1,500), so shares of
 * money are integer arithmetic.
 */
export const PPM = 1_000_000n;
export const PPM_PER_PERCENT = 10_000;

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
