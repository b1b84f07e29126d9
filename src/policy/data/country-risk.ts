/**
 * Country risk, as data: rules/country-risk/country-grades.json, a dated table of country grades
 * (1 = safest, 7 = riskiest, as export-credit agencies grade them). Each row holds the full table from
 * its `from` date until the next row's. Read and checked with the policy files (src/policy/data/rules-data.ts):
 * a bad table refuses the whole rules folder. A country the table does not list has grade 0 ("not graded").
 */
import type { JsonText, LocatedProblem } from '../json-locations';
import type { RulesData } from './rules-data';
import { isIsoDate } from '../../shared/dates';

export interface CountryGradeRow {
  from: string;
  grades: Record<string, number>;
}

export interface CountryGradeTable {
  file: string;
  /** Sorted by `from`, strictly increasing. */
  rows: CountryGradeRow[];
}

const KEYS = ['$schema', 'name', 'description', 'source', 'rows'];
/** The scale of the grades, not a policy value: rules compare against it. */
const BEST = 1;
const WORST = 7;

export function checkCountryGrades(file: string, json: JsonText): { table: CountryGradeTable | null; problems: LocatedProblem[] } {
  const problems: LocatedProblem[] = [];
  const problem = (pointer: string, reason: string) => problems.push(json.locate(file, pointer, reason));
  const body = json.value as Record<string, unknown>;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    problem('/', 'must be an object with name, description, source and rows');
    return { table: null, problems };
  }
  for (const key of Object.keys(body)) if (!KEYS.includes(key)) problem(`/${key}`, `unknown property (known: ${KEYS.join(', ')})`);
  for (const key of ['name', 'description', 'source']) {
    if (typeof body[key] !== 'string' || (body[key] as string).trim() === '') problem(`/${key}`, 'must be a non-empty string');
  }
  const rows: CountryGradeRow[] = [];
  if (!Array.isArray(body.rows) || body.rows.length === 0) {
    problem('/rows', 'must be a non-empty list of { "from": "YYYY-MM-DD", "grades": { "DE": 1, ... } }');
  } else {
    body.rows.forEach((row: unknown, index) => {
      const at = `/rows/${index}`;
      const { from, grades, ...rest } = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
      for (const key of Object.keys(rest)) problem(`${at}/${key}`, 'unknown property (known: from, grades)');
      if (typeof from !== 'string' || !isIsoDate(from)) return problem(`${at}/from`, `must be a calendar date as YYYY-MM-DD (got ${JSON.stringify(from)})`);
      const previous = rows[rows.length - 1];
      if (previous && from <= previous.from) return problem(`${at}/from`, `must come after the previous row's ${previous.from} (rows in date order, one per date)`);
      if (typeof grades !== 'object' || grades === null || Array.isArray(grades)) return problem(`${at}/grades`, 'must be an object of country code to grade');
      const checked: Record<string, number> = {};
      for (const [country, grade] of Object.entries(grades as Record<string, unknown>)) {
        if (!/^[A-Z]{2}$/.test(country)) problem(`${at}/grades/${country}`, 'must be an ISO 3166-1 alpha-2 code such as DE');
        else if (typeof grade !== 'number' || !Number.isInteger(grade) || grade < BEST || grade > WORST) {
          problem(`${at}/grades/${country}`, `must be a whole grade from ${BEST} (safest) to ${WORST} (riskiest) (got ${JSON.stringify(grade)})`);
        } else checked[country] = grade;
      }
      rows.push({ from, grades: checked });
    });
  }
  if (problems.length > 0) return { table: null, problems };
  return { table: { file, rows }, problems };
}

/** The row in force on a date; null before the first row or without a table. */
export function countryGradeRowOn(table: CountryGradeTable | null, date: string): CountryGradeRow | null {
  let found: CountryGradeRow | null = null;
  for (const row of table?.rows ?? []) {
    if (row.from > date) break;
    found = row;
  }
  return found;
}

/** A country's grade on a date; 0 when it is not graded (no table, no row yet, or not listed). */
export function countryGradeOn(data: RulesData, country: string, date: string): number {
  return countryGradeRowOn(data.countryGrades, date)?.grades[country] ?? 0;
}

/** Countries whose grade got worse (higher) on a row's date, with the grades before and after. */
export function countryDowngrades(table: CountryGradeTable | null): Array<{ from: string; country: string; previousGrade: number; grade: number }> {
  const downgrades: Array<{ from: string; country: string; previousGrade: number; grade: number }> = [];
  const rows = table?.rows ?? [];
  for (let index = 1; index < rows.length; index += 1) {
    for (const [country, grade] of Object.entries(rows[index].grades)) {
      const previousGrade = rows[index - 1].grades[country];
      if (previousGrade !== undefined && grade > previousGrade) downgrades.push({ from: rows[index].from, country, previousGrade, grade });
    }
  }
  return downgrades;
}
