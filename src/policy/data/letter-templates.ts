/**
 * Dunning letters as data: rules/letters/<stage>.json, one file per collection stage with its wording
 * in every letter language, so a risk officer edits the wording without code. Checked with the policy
 * files (src/policy/data/rules-data.ts): an unknown placeholder, a missing language or stage refuses the
 * whole rules folder, naming file, line and reason.
 *
 *   { "stage": "FORMAL_DEMAND", "description": "...", "payWithinDays": 7,
 *     "languages": { "de": { "subject": "Mahnung {invoiceNumber}", "body": ["Sehr geehrte ...", "..."] }, ... } }
 */
import type { JsonText, LocatedProblem } from '../json-locations';
import { COLLECTION_STAGES } from '../event-types';

/** What a template may say; each is formatted for the letter's locale (Intl) before it is put in. */
/** The languages letters are written in: every stage has a letter in each, and a customer picks one. */
export const LETTER_LANGUAGES = ['en', 'zh', 'de', 'fr', 'es'];

export const LETTER_PLACEHOLDERS = {
  customerName: 'Legal name of the customer.',
  invoiceNumber: 'Invoice number.',
  amountOutstanding: 'Amount still unpaid, with its currency, formatted for the language (de: "1.234,56 €").',
  currency: 'ISO 4217 code of the invoice, e.g. EUR.',
  dueDate: 'Due date (the extended one, if any), as a long date of the language (zh: "2026年1月31日").',
  daysOverdue: 'Days past the due date on the letter date (0 when not yet due).',
  lateInterest: 'Late interest accrued up to the letter date (rules/late-interest.json), with its currency.',
  fixedCompensation: 'Fixed recovery compensation per invoice (rules/late-interest.json), in its own currency; 0 when not yet late.',
  payBy: 'Pay-by date: the letter date plus the payWithinDays of the stage file, as a long date.',
} as const;
export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

export interface LetterTemplate {
  subject: string;
  body: string;
}

export interface StageLetters {
  file: string;
  stage: string;
  payWithinDays: number;
  languages: Record<string, LetterTemplate>;
}

export interface LetterTemplates {
  /** By stage (REMINDER ... LEGAL). */
  stages: Record<string, StageLetters>;
  /** Languages every stage has, sorted. */
  languages: string[];
}

const FILE_KEYS = ['$schema', 'stage', 'description', 'payWithinDays', 'languages'];
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Checks every letter file of rules/letters and that together they cover every stage in every language. */
export function checkLetterTemplates(files: Array<{ file: string; json: JsonText }>, folder: string): { templates: LetterTemplates | null; problems: LocatedProblem[] } {
  const problems: LocatedProblem[] = [];
  const stages: Record<string, StageLetters> = {};
  // Stages named by a file, valid or not: a file refused for its wording is not also a missing stage.
  const named = new Set(files.map(({ json }) => (json.value as { stage?: unknown } | null)?.stage));
  for (const { file, json } of files) {
    const checked = checkStageFile(file, json, problems);
    if (!checked) continue;
    const other = stages[checked.stage];
    if (other) problems.push(json.locate(file, '/stage', `another file (${other.file}) already holds the ${checked.stage} letters`));
    else stages[checked.stage] = checked;
  }
  for (const stage of COLLECTION_STAGES) {
    const letters = stages[stage];
    if (!letters) {
      if (named.has(stage)) continue;
      problems.push({ file: folder, pointer: '/', reason: `no letter file for stage ${stage} (every stage of the collections ladder needs its letters)` });
      continue;
    }
    for (const language of LETTER_LANGUAGES) {
      if (!letters.languages[language]) {
        const json = files.find((candidate) => candidate.file === letters.file)!.json;
        problems.push(json.locate(letters.file, '/languages', `missing language "${language}" for stage ${stage} (every stage needs ${LETTER_LANGUAGES.join(', ')})`));
      }
    }
  }
  if (problems.length > 0) return { templates: null, problems };
  const languages = [...new Set(Object.values(stages).flatMap((letters) => Object.keys(letters.languages)))].sort();
  for (const letters of Object.values(stages)) {
    for (const language of languages) {
      if (!letters.languages[language]) {
        const json = files.find((candidate) => candidate.file === letters.file)!.json;
        problems.push(json.locate(letters.file, '/languages', `missing language "${language}" for stage ${letters.stage} (another stage has it)`));
      }
    }
  }
  return problems.length > 0 ? { templates: null, problems } : { templates: { stages, languages }, problems };
}

function checkStageFile(file: string, json: JsonText, problems: LocatedProblem[]): StageLetters | null {
  const before = problems.length;
  const problem = (pointer: string, reason: string) => problems.push(json.locate(file, pointer, reason));
  const body = json.value as Record<string, unknown>;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    problem('/', 'must be an object with stage, description, payWithinDays and languages');
    return null;
  }
  for (const key of Object.keys(body)) if (!FILE_KEYS.includes(key)) problem(`/${key}`, `unknown property (known: ${FILE_KEYS.join(', ')})`);
  if (typeof body.stage !== 'string' || !(COLLECTION_STAGES as readonly string[]).includes(body.stage)) {
    problem('/stage', `must be one of ${COLLECTION_STAGES.join(', ')} (got ${JSON.stringify(body.stage)})`);
  }
  if (typeof body.description !== 'string' || body.description.trim() === '') problem('/description', 'must say in words when this letter is sent');
  const days = body.payWithinDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 365) {
    problem('/payWithinDays', `must be a whole number of days 0-365 (got ${JSON.stringify(days)})`);
  }
  const languages: Record<string, LetterTemplate> = {};
  if (typeof body.languages !== 'object' || body.languages === null || Array.isArray(body.languages)) {
    problem('/languages', 'must be an object of language -> { subject, body }');
  } else {
    for (const [language, template] of Object.entries(body.languages as Record<string, unknown>)) {
      const at = `/languages/${language}`;
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) problem(at, `"${language}" is not a language tag such as de or zh`);
      const { subject, body: text, ...rest } = (typeof template === 'object' && template !== null ? template : {}) as Record<string, unknown>;
      for (const key of Object.keys(rest)) problem(`${at}/${key}`, 'unknown property (known: subject, body)');
      if (typeof subject !== 'string' || subject.trim() === '') problem(`${at}/subject`, 'must be a non-empty string');
      const lines = typeof text === 'string' ? [text] : text;
      if (!Array.isArray(lines) || lines.length === 0 || lines.some((line) => typeof line !== 'string')) {
        problem(`${at}/body`, 'must be a string or a non-empty list of lines');
        continue;
      }
      if (typeof subject !== 'string') continue;
      for (const [pointer, value] of [[`${at}/subject`, subject], ...lines.map((line, index) => [typeof text === 'string' ? `${at}/body` : `${at}/body/${index}`, line])]) {
        for (const name of unknownPlaceholders(value)) {
          problem(pointer, `unknown placeholder {${name}} (known: ${Object.keys(LETTER_PLACEHOLDERS).map((known) => `{${known}}`).join(', ')})`);
        }
      }
      languages[language] = { subject, body: (lines as string[]).join('\n') };
    }
  }
  if (problems.length > before) return null;
  return { file, stage: String(body.stage), payWithinDays: Number(days), languages };
}

function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]).filter((name) => !(name in LETTER_PLACEHOLDERS));
}

/** Puts the (already formatted) values into a template. */
export function fillTemplate(text: string, values: Record<LetterPlaceholder, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? values[name as LetterPlaceholder] : whole));
}
