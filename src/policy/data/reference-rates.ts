/**
 * The reference rate of late-payment interest, as data: rules/reference-rates/reference-rate.json,
 * a dated table (a row per half-year under the Late Payment Directive). A row holds from its `from`
 * date until the next row's. Read and checked with the policy files (src/policy/data/rules-data.ts): a bad
 * table refuses the whole rules folder, like a bad policy file.
 */
import type { JsonText, LocatedProblem } from '../json-locations';
import { isIsoDate } from '../../shared/dates';

export interface ReferenceRate {
  from: string;
  /** Percent per year, as written in the file (e.g. 2.15). */
  percent: number;
}

export interface ReferenceRateTable {
  file: string;
  name: string;
  /** Sorted by `from`, strictly increasing. */
  rates: ReferenceRate[];
}

const KEYS = ['$schema', 'name', 'description', 'source', 'rates'];

/** Checks the table's text (already parsed into `json`); every problem names file, line, path and reason. */
export function checkReferenceRates(file: string, json: JsonText): { table: ReferenceRateTable | null; problems: LocatedProblem[] } {
  const problems: LocatedProblem[] = [];
  const problem = (pointer: string, reason: string) => problems.push(json.locate(file, pointer, reason));
  const body = json.value as Record<string, unknown>;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    problem('/', 'must be an object with name, description, source and rates');
    return { table: null, problems };
  }
  for (const key of Object.keys(body)) if (!KEYS.includes(key)) problem(`/${key}`, `unknown property (known: ${KEYS.join(', ')})`);
  for (const key of ['name', 'description', 'source']) {
    if (typeof body[key] !== 'string' || (body[key] as string).trim() === '') problem(`/${key}`, 'must be a non-empty string');
  }
  const rates: ReferenceRate[] = [];
  if (!Array.isArray(body.rates) || body.rates.length === 0) {
    problem('/rates', 'must be a non-empty list of { "from": "YYYY-MM-DD", "percent": number }');
  } else {
    body.rates.forEach((row: unknown, index) => {
      const at = `/rates/${index}`;
      const { from, percent, ...rest } = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
      for (const key of Object.keys(rest)) problem(`${at}/${key}`, 'unknown property (known: from, percent)');
      if (typeof from !== 'string' || !isIsoDate(from)) return problem(`${at}/from`, `must be a calendar date as YYYY-MM-DD (got ${JSON.stringify(from)})`);
      // A sanity range, not policy: a typo such as 215 for 2.15 must not go live.
      if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < -10 || percent > 100) {
        return problem(`${at}/percent`, `must be a number of percent per year between -10 and 100 (got ${JSON.stringify(percent)})`);
      }
      if (Math.abs(percent * 10_000 - Math.round(percent * 10_000)) > 1e-6) {
        return problem(`${at}/percent`, `at most 4 decimals (got ${percent})`);
      }
      const previous = rates[rates.length - 1];
      if (previous && from <= previous.from) return problem(`${at}/from`, `must come after the previous row's ${previous.from} (rows in date order, one per date)`);
      rates.push({ from, percent });
    });
  }
  if (problems.length > 0) return { table: null, problems };
  return { table: { file, name: String(body.name), rates }, problems };
}

/** The row in force on a date; null before the first row. */
export function referenceRateOn(table: ReferenceRateTable, date: string): ReferenceRate | null {
  let found: ReferenceRate | null = null;
  for (const rate of table.rates) {
    if (rate.from > date) break;
    found = rate;
  }
  return found;
}

/** Dates in (after, upTo] on which the rate changes (a row with the same percent as the one before is no change). */
export function rateChangesBetween(table: ReferenceRateTable, after: string, upTo: string): string[] {
  const changes: string[] = [];
  let current = referenceRateOn(table, after)?.percent ?? null;
  for (const rate of table.rates) {
    if (rate.from <= after || rate.from > upTo) continue;
    if (rate.percent !== current) changes.push(rate.from);
    current = rate.percent;
  }
  return changes;
}
