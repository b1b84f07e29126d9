/** Calendar-date arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a due date. */
import { BadUserInputError } from './errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function assertIsoDate(value: string, field: string): string {
  if (!isIsoDate(value)) throw new BadUserInputError(`${field} must be a calendar date as YYYY-MM-DD (got "${value}")`, { field });
  return value;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Whole years from `from` to `to`, counting a year only once its anniversary has passed. */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return Math.max(0, years);
}

/** A business date given by the caller (or today when omitted), which may not lie after today. */
export function pastOrToday(value: string | null | undefined, field: string, today: string): string {
  if (!value) return today;
  assertIsoDate(value, field);
  if (value > today) throw new BadUserInputError(`${field} ${value} is in the future (today is ${today})`, { field });
  return value;
}

/** A date column as YYYY-MM-DD, whichever way the driver returns it (a Date on PostgreSQL, a string on SQLite); null stays null. */
export function localDateOf(value: unknown): string | null {
  if (value == null) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/**
 * The date `days` business days (Monday to Friday) after `date`: Friday + 1 is Monday, Saturday + 1
 * is Monday too; 0 is `date` itself. Public holidays are not known here.
 */
export function addBusinessDays(date: string, days: number): string {
  let current = date;
  for (let left = days; left > 0; ) {
    current = addDays(current, 1);
    const weekday = new Date(`${current}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return current;
}
