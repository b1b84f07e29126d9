/**
 * Data kept in the rules folder beside the policy files, which are not policies (no rules, no
 * fixtures) but are edited by risk officers just the same:
 *   rules/reference-rates/reference-rate.json  the dated reference rate of late interest
 *   rules/letters/*.json                       the dunning letters per stage and language
 * They are read and checked with the policy files and go live (or are refused) with them, as one set.
 * A folder that is absent is no data (a late-interest or letter request then says so); a folder that
 * is there must be valid.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkLetterTemplates, type LetterTemplates } from './letter-templates';
import { checkReferenceRates, type ReferenceRateTable } from './reference-rates';
import { checkCountryGrades, type CountryGradeTable } from './country-risk';
import { JsonText, type LocatedProblem } from '../json-locations';

export const REFERENCE_RATES_FOLDER = 'reference-rates';
export const REFERENCE_RATE_FILE = 'reference-rate.json';
export const LETTERS_FOLDER = 'letters';
export const COUNTRY_RISK_FOLDER = 'country-risk';
export const COUNTRY_GRADES_FILE = 'country-grades.json';

export interface RulesData {
  referenceRates: ReferenceRateTable | null;
  letters: LetterTemplates | null;
  /** The dated table of country grades (political risk, cover decisions); null when the folder is absent. */
  countryGrades: CountryGradeTable | null;
  /** Hash of every data file read: a change to any of them is a change of the rules folder. */
  hash: string;
}

export const NO_RULES_DATA: RulesData = { referenceRates: null, letters: null, countryGrades: null, hash: '' };

export interface RulesDataFolder {
  data: RulesData;
  problems: LocatedProblem[];
  texts: Map<string, JsonText>;
}

export function readRulesData(dir: string): RulesDataFolder {
  const problems: LocatedProblem[] = [];
  const texts = new Map<string, JsonText>();
  const hash = createHash('sha256');
  const read = (file: string): JsonText | null => {
    const text = readFileSync(file, 'utf8');
    hash.update(file).update('\0').update(text);
    const json = new JsonText(text);
    texts.set(file, json);
    if (json.syntaxErrors.length > 0) {
      const first = json.syntaxErrors[0];
      problems.push({ file, line: first.line, pointer: '/', reason: `not valid JSON: ${first.reason} (line ${first.line}, column ${first.column})` });
      return null;
    }
    for (const { pointer, line } of json.duplicateKeys) problems.push({ file, line, pointer, reason: 'duplicate key (JSON would silently keep only the last one)' });
    return json.duplicateKeys.length > 0 ? null : json;
  };

  let referenceRates: ReferenceRateTable | null = null;
  const ratesDir = join(dir, REFERENCE_RATES_FOLDER);
  if (isFolder(ratesDir)) {
    const file = join(ratesDir, REFERENCE_RATE_FILE);
    const others = jsonFiles(ratesDir).filter((name) => name !== REFERENCE_RATE_FILE);
    for (const name of others) problems.push({ file: join(ratesDir, name), pointer: '/', reason: `unexpected file: the reference rate is read from ${REFERENCE_RATE_FILE} only` });
    if (!existsSync(file)) problems.push({ file: ratesDir, pointer: '/', reason: `no ${REFERENCE_RATE_FILE} (the dated reference-rate table of late interest)` });
    else {
      const json = read(file);
      if (json) {
        const checked = checkReferenceRates(file, json);
        problems.push(...checked.problems);
        referenceRates = checked.table;
      }
    }
  }

  let letters: LetterTemplates | null = null;
  const lettersDir = join(dir, LETTERS_FOLDER);
  if (isFolder(lettersDir)) {
    const files = jsonFiles(lettersDir).flatMap((name) => {
      const file = join(lettersDir, name);
      const json = read(file);
      return json ? [{ file, json }] : [];
    });
    const before = problems.length;
    if (files.length === jsonFiles(lettersDir).length) {
      const checked = checkLetterTemplates(files, lettersDir);
      problems.push(...checked.problems);
      letters = checked.templates;
    }
    if (problems.length > before) letters = null;
  }

  let countryGrades: CountryGradeTable | null = null;
  const countryDir = join(dir, COUNTRY_RISK_FOLDER);
  if (isFolder(countryDir)) {
    const file = join(countryDir, COUNTRY_GRADES_FILE);
    for (const name of jsonFiles(countryDir).filter((candidate) => candidate !== COUNTRY_GRADES_FILE)) {
      problems.push({ file: join(countryDir, name), pointer: '/', reason: `unexpected file: country grades are read from ${COUNTRY_GRADES_FILE} only` });
    }
    if (!existsSync(file)) problems.push({ file: countryDir, pointer: '/', reason: `no ${COUNTRY_GRADES_FILE} (the dated table of country grades)` });
    else {
      const json = read(file);
      if (json) {
        const checked = checkCountryGrades(file, json);
        problems.push(...checked.problems);
        countryGrades = checked.table;
      }
    }
  }

  return { data: { referenceRates, letters, countryGrades, hash: hash.digest('hex') }, problems, texts };
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
}
