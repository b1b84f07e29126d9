/**
 * The shape of a policy file in rules/, and the checks that run before a file can go live:
 *   1. the JSON text itself (a syntax error is reported with its line),
 *   2. the JSON Schema (schema/policy.schema.json, built by policy-schema.ts),
 *   3. meaning the schema cannot express: facts known for each mutation a rule applies to, values of
 *      the fact's type, unique rule and fixture names, event params in range, a rule's appliesTo
 *      within the file's, fixtures that expect what this file can raise.
 * Every problem names the JSON path and the reason; checkPolicyText adds the file and the line.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { DecisionOutcome } from './decision';
import { EVENT_TYPES, escapePointer, eventParamProblems } from './event-types';
import { FACT_CATALOGUE, type FactType, factType, MUTATION_NAMES, type MutationName } from './fact-catalogue';
import { JsonText, type LocatedProblem } from './json-locations';
import { buildPolicySchema, EDITOR_KEYWORDS, KNOWN_OPERATORS } from './policy-schema';

export interface ConditionLeaf {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
}
export type Condition = ConditionLeaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface PolicyRule {
  name: string;
  description: string;
  /** Narrows the file's appliesTo for this rule. */
  appliesTo?: MutationName[];
  priority?: number;
  conditions: { all: Condition[] } | { any: Condition[] } | { not: Condition };
  event: { type: string; params?: Record<string, unknown> };
}

export interface PolicyFixture {
  name: string;
  mutation: MutationName;
  facts: Record<string, unknown>;
  /** Default: the policy's effectiveFrom, else 2026-01-01. */
  businessDate?: string;
  expect: {
    outcome?: string;
    /** Events THIS policy must fire; params left out are not compared. */
    events?: Array<{ type: string; params?: Record<string, unknown> }>;
    /** True: this policy fires exactly the expected events and no other. */
    noOtherEvents?: boolean;
  };
}

export interface PolicyFile {
  $schema?: string;
  name: string;
  version: string;
  description: string;
  effectiveFrom?: string;
  /** Who authored this version (a person or team); stored on the LOADED event of the version. */
  changedBy?: string;
  appliesTo: MutationName[];
  rules: PolicyRule[];
  tests?: PolicyFixture[];
}


const NUMERIC_OPERATORS = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

export class PolicyValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((problem) => `${file} ${problem}`).join('\n'));
    this.name = 'PolicyValidationError';
  }
}

/** One problem: a JSON Pointer ("/" for the whole file) and the reason. */
export interface PolicyProblem {
  pointer: string;
  reason: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed policy file; returns the problems as "/json/path: reason", empty when it may go live. */
export function checkPolicyFile(body: unknown): string[] {
  return policyFileProblems(body).map(({ pointer, reason }) => `${pointer}: ${reason}`);
}

/**
 * The problems of a parsed policy file: the JSON Schema first, then meaning. Where both speak about
 * the same value the meaning check's message wins (it knows the mutation and lists what is allowed).
 */
export function policyFileProblems(body: unknown): PolicyProblem[] {
  const schema = schemaProblems(body);
  const meaning = meaningProblems(body);
  const covered = (problem: SchemaProblem) =>
    meaning.some(
      (m) =>
        m.pointer === problem.pointer ||
        m.pointer.startsWith(`${problem.pointer === '/' ? '' : problem.pointer}/`) ||
        (problem.keyword === 'required' && m.pointer === parentPointer(problem.pointer)),
    );
  // A fixture for the wrong mutation: its facts are wrong only because of that.
  const wrongMutation = new Set(meaning.map((m) => /^\/tests\/(\d+)\/mutation$/.exec(m.pointer)?.[1]).filter((index) => index !== undefined));
  const kept: PolicyProblem[] = [];
  for (const problem of schema) {
    const fixture = /^\/tests\/(\d+)\/facts(\/|$)/.exec(problem.pointer)?.[1];
    if (fixture !== undefined && wrongMutation.has(fixture)) continue;
    if (covered(problem) || kept.some((k) => k.pointer === problem.pointer)) continue;
    kept.push({ pointer: problem.pointer, reason: problem.reason });
  }
  return [...kept, ...meaning];
}

export interface CheckedPolicyText {
  /** The parsed file; undefined when it is not valid JSON. Only a file without problems may go live. */
  body: PolicyFile | undefined;
  json: JsonText;
  /** In the order of the file's lines. */
  problems: LocatedProblem[];
}

/** Checks the text of a policy file: JSON syntax, schema, meaning. Every problem names file, line, JSON path and reason. */
export function checkPolicyText(file: string, text: string): CheckedPolicyText {
  const json = new JsonText(text);
  if (json.syntaxErrors.length > 0) {
    const first = json.syntaxErrors[0];
    return {
      body: undefined,
      json,
      problems: [{ file, line: first.line, pointer: '/', reason: `not valid JSON: ${first.reason} (line ${first.line}, column ${first.column})` }],
    };
  }
  const problems: LocatedProblem[] = json.duplicateKeys.map(({ pointer, line }) => ({
    file,
    line,
    pointer,
    reason: `duplicate key "${lastSegment(pointer)}" (JSON would silently keep only the last one)`,
  }));
  for (const { pointer, reason } of policyFileProblems(json.value)) problems.push(json.locate(file, pointer, reason));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { body: json.value as PolicyFile, json, problems };
}

// ---------------------------------------------------------------------------------------------
// 2. The JSON Schema

interface SchemaProblem extends PolicyProblem {
  keyword: string;
}

let validator: ValidateFunction | undefined;

/** The compiled schema (built once, on first use). */
function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false });
    ajv.addVocabulary(EDITOR_KEYWORDS);
    validator = ajv.compile(buildPolicySchema());
  }
  return validator;
}

function schemaProblems(body: unknown): SchemaProblem[] {
  const check = validate();
  if (check(body)) return [];
  const problems: SchemaProblem[] = [];
  const missingFacts = new Map<string, string[]>();
  for (const error of check.errors ?? []) {
    // The facts a fixture forgot are reported together, at its "facts".
    if (error.keyword === 'required' && /^\/tests\/\d+\/facts$/.test(error.instancePath)) {
      const missing = missingFacts.get(error.instancePath) ?? [];
      if (missing.length === 0) problems.push({ pointer: error.instancePath, reason: '', keyword: 'required-facts' });
      missing.push(String((error.params as { missingProperty: string }).missingProperty));
      missingFacts.set(error.instancePath, missing);
      continue;
    }
    const problem = describeSchemaError(error, body);
    if (problem && !problems.some((p) => p.pointer === problem.pointer && p.reason === problem.reason)) problems.push(problem);
  }
  for (const problem of problems) {
    const missing = missingFacts.get(problem.pointer);
    if (problem.keyword !== 'required-facts' || !missing) continue;
    const mutation = fixtureMutation(body, problem.pointer.split('/')[2]);
    problem.reason = `missing fact${missing.length > 1 ? 's' : ''} ${missing.map((fact) => `"${fact}"`).join(', ')}: a fixture gives every fact of ${mutation}`;
  }
  return problems;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object ({ ... })',
  array: 'a list ([ ... ])',
  null: 'null',
};

function describeSchemaError(error: ErrorObject, body: unknown): SchemaProblem | null {
  const at = error.instancePath;
  const pointer = at === '' ? '/' : at;
  const params = error.params as Record<string, unknown>;
  const got = ` (got ${JSON.stringify(error.data)})`;
  const custom = typeof error.parentSchema?.errorMessage === 'string' ? error.parentSchema.errorMessage : undefined;
  const problem = (reason: string, where = pointer): SchemaProblem => ({ pointer: where, reason, keyword: error.keyword });
  switch (error.keyword) {
    case 'if':
      return null; // only says which branch failed; the branch's own errors are reported
    case 'required': {
      const missing = String(params.missingProperty);
      return problem('is required', `${at}/${escapePointer(missing)}`);
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const where = `${at}/${escapePointer(extra)}`;
      const allowed = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const fixture = /^\/tests\/(\d+)\/facts$/.exec(at);
      if (fixture) {
        const mutation = fixtureMutation(body, fixture[1]);
        return problem(`unknown fact "${extra}" for ${mutation} (known: ${allowed.join(', ')})`, where);
      }
      return problem(`unknown property "${extra}"${allowed.length > 0 ? ` (allowed here: ${allowed.join(', ')})` : ''}`, where);
    }
    case 'type':
      return problem(`must be ${String(params.type).split(',').map((type) => TYPE_WORDS[type] ?? type).join(' or ')}${got}`);
    case 'enum':
      return problem(`must be one of ${(params.allowedValues as unknown[]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}${got}`);
    case 'const':
      return problem(`must be ${JSON.stringify(params.allowedValue)}${got}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return problem(`must be ${String(params.comparison)} ${String(params.limit)} (got ${String(error.data)})`);
    case 'minLength':
      return problem(params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters`);
    case 'minItems':
      return problem(`must list at least ${String(params.limit)}`);
    case 'uniqueItems':
      return problem(`lists ${JSON.stringify((error.data as unknown[])[Number(params.j)])} twice`);
    case 'pattern': {
      const hint = typeof error.parentSchema?.patternErrorMessage === 'string' ? error.parentSchema.patternErrorMessage : `must match ${String(params.pattern)}`;
      return problem(`${hint}${got}`);
    }
    default:
      return problem(`${custom ?? error.message ?? error.keyword}`);
  }
}

function fixtureMutation(body: unknown, index: string): string {
  const tests = isObject(body) && Array.isArray(body.tests) ? body.tests : [];
  const fixture = tests[Number(index)];
  return isObject(fixture) ? String(fixture.mutation) : 'its mutation';
}

function parentPointer(pointer: string): string {
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  return parent === '' ? '/' : parent;
}

function lastSegment(pointer: string): string {
  return pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
}

// ---------------------------------------------------------------------------------------------
// 3. Meaning

class Problems {
  readonly list: PolicyProblem[] = [];
  add(pointer: string, reason: string): void {
    this.list.push({ pointer, reason });
  }
}

function meaningProblems(body: unknown): PolicyProblem[] {
  const problems = new Problems();
  if (!isObject(body)) {
    problems.add('/', 'a policy file must be a JSON object');
    return problems.list;
  }
  for (const key of ['name', 'version', 'description'] as const) {
    if (typeof body[key] !== 'string' || body[key] === '') problems.add(`/${key}`, 'must be a non-empty string');
  }
  if (typeof body.name === 'string' && body.name !== '' && !/^[a-z][a-z0-9-]*$/.test(body.name)) {
    problems.add('/name', `must be kebab-case, e.g. payment-terms (got "${body.name}")`);
  }
  if (body.effectiveFrom !== undefined && !isDate(body.effectiveFrom)) {
    problems.add('/effectiveFrom', `must be a date as YYYY-MM-DD (got ${JSON.stringify(body.effectiveFrom)})`);
  }
  if (body.changedBy !== undefined && (typeof body.changedBy !== 'string' || body.changedBy.trim() === '' || body.changedBy.length > 100)) {
    problems.add('/changedBy', `must name who authored this version in 1 to 100 characters, e.g. "risk-office" (got ${JSON.stringify(body.changedBy)})`);
  }
  const fileMutations = checkMutationList(body.appliesTo, '/appliesTo', problems) ?? [];
  if (!Array.isArray(body.rules)) {
    problems.add('/rules', 'must be an array of rules');
    return problems.list;
  }
  const seen = new Set<string>();
  const raisedEvents = new Set<string>();
  body.rules.forEach((rule: unknown, index: number) => {
    const at = `/rules/${index}`;
    if (!isObject(rule)) {
      problems.add(at, 'must be an object');
      return;
    }
    if (typeof rule.name !== 'string' || rule.name === '') problems.add(`${at}/name`, 'must be a non-empty string');
    else if (seen.has(rule.name)) problems.add(`${at}/name`, `duplicate rule name "${rule.name}"`);
    else seen.add(rule.name);
    if (typeof rule.description !== 'string' || rule.description === '') problems.add(`${at}/description`, 'must say in words what the rule does');
    if (rule.priority !== undefined && (typeof rule.priority !== 'number' || rule.priority < 1)) {
      problems.add(`${at}/priority`, 'must be a number >= 1');
    }
    let mutations = fileMutations;
    if (rule.appliesTo !== undefined) {
      const narrowed = checkMutationList(rule.appliesTo, `${at}/appliesTo`, problems) ?? [];
      for (const mutation of narrowed) {
        if (!fileMutations.includes(mutation)) problems.add(`${at}/appliesTo`, `"${mutation}" is not in the file's appliesTo`);
      }
      mutations = narrowed;
    }
    if (!isObject(rule.conditions) || !('all' in rule.conditions || 'any' in rule.conditions || 'not' in rule.conditions)) {
      problems.add(`${at}/conditions`, 'must be an object with "all", "any" or "not"');
    } else {
      checkCondition(rule.conditions, `${at}/conditions`, mutations, problems);
    }
    if (!isObject(rule.event) || typeof rule.event.type !== 'string') {
      problems.add(`${at}/event`, 'must be an object with a "type"');
    } else {
      raisedEvents.add(rule.event.type);
      const params = isObject(rule.event.params) ? rule.event.params : undefined;
      for (const { path, reason } of eventParamProblems(rule.event.type, params)) problems.add(`${at}/event/${path}`, reason);
    }
  });
  checkFixtures(body.tests, fileMutations, raisedEvents, problems);
  return problems.list;
}

function checkMutationList(value: unknown, at: string, problems: Problems): MutationName[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(at, `must list at least one mutation (${MUTATION_NAMES.join(', ')})`);
    return undefined;
  }
  const valid: MutationName[] = [];
  value.forEach((mutation, index) => {
    if (MUTATION_NAMES.includes(mutation)) valid.push(mutation);
    else problems.add(`${at}/${index}`, `unknown mutation ${JSON.stringify(mutation)} (known: ${MUTATION_NAMES.join(', ')})`);
  });
  return valid;
}

function checkCondition(condition: unknown, at: string, mutations: MutationName[], problems: Problems): void {
  if (!isObject(condition)) {
    problems.add(at, 'must be an object');
    return;
  }
  for (const group of ['all', 'any'] as const) {
    if (group in condition) {
      const items = condition[group];
      if (!Array.isArray(items)) problems.add(`${at}/${group}`, 'must be an array');
      else items.forEach((item, index) => checkCondition(item, `${at}/${group}/${index}`, mutations, problems));
      return;
    }
  }
  if ('not' in condition) {
    checkCondition(condition.not, `${at}/not`, mutations, problems);
    return;
  }
  const known = checkFactName(condition.fact, `${at}/fact`, mutations, problems);
  const operator = condition.operator;
  const operatorKnown = KNOWN_OPERATORS.includes(operator as (typeof KNOWN_OPERATORS)[number]);
  if (!operatorKnown) {
    problems.add(`${at}/operator`, `unknown operator ${JSON.stringify(operator)} (known: ${KNOWN_OPERATORS.join(', ')})`);
  }
  if (!('value' in condition)) {
    problems.add(`${at}/value`, 'is required');
    return;
  }
  let valueType: FactType | undefined;
  if (isObject(condition.value) && 'fact' in condition.value) {
    valueType = checkFactName(condition.value.fact, `${at}/value/fact`, mutations, problems);
    if (!valueType) return;
  }
  if (known && operatorKnown) checkComparison(condition.fact as string, known, operator as string, condition.value, valueType, at, problems);
}

/** The fact's type when every mutation knows it; otherwise reports it. */
function checkFactName(fact: unknown, at: string, mutations: MutationName[], problems: Problems): FactType | undefined {
  if (typeof fact !== 'string') {
    problems.add(at, 'must name a fact');
    return undefined;
  }
  let type: FactType | undefined;
  let everywhere = true;
  for (const mutation of mutations) {
    const found = factType(mutation, fact);
    if (found) type = found;
    else {
      everywhere = false;
      const known = Object.keys(FACT_CATALOGUE[mutation]).join(', ');
      problems.add(at, `unknown fact "${fact}" for ${mutation} (known: ${known})`);
    }
  }
  return everywhere ? type : undefined;
}

const TYPE_NAMES: Record<FactType, string> = { integer: 'a number', number: 'a number', string: 'a string', boolean: 'true or false' };

function matchesType(value: unknown, type: FactType): boolean {
  if (type === 'integer' || type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === type;
}

/** The value (or the fact it names) must fit the fact's type and the operator. */
function checkComparison(fact: string, type: FactType, operator: string, value: unknown, refType: FactType | undefined, at: string, problems: Problems): void {
  const numeric = type === 'integer' || type === 'number';
  if (operator === 'contains' || operator === 'doesNotContain') {
    problems.add(`${at}/operator`, `"${operator}" needs a fact that is a list, and "${fact}" is ${TYPE_NAMES[type]}: use "in"/"notIn" or "equal"`);
    return;
  }
  if (NUMERIC_OPERATORS.includes(operator) && !numeric) {
    problems.add(`${at}/operator`, `"${operator}" compares numbers, and "${fact}" is ${TYPE_NAMES[type]}`);
    return;
  }
  if (refType !== undefined) {
    const compatible = refType === type || ((refType === 'integer' || refType === 'number') && numeric);
    if (!compatible || operator === 'in' || operator === 'notIn') {
      problems.add(`${at}/value/fact`, `cannot be compared with "${fact}" by "${operator}": it is ${TYPE_NAMES[refType]}, "${fact}" is ${TYPE_NAMES[type]}`);
    }
    return;
  }
  if (operator === 'in' || operator === 'notIn') {
    if (!Array.isArray(value)) problems.add(`${at}/value`, `must be a list of values for "${operator}" (got ${JSON.stringify(value)})`);
    else {
      value.forEach((item, index) => {
        if (!matchesType(item, type)) problems.add(`${at}/value/${index}`, `must be ${TYPE_NAMES[type]} like the fact "${fact}" (got ${JSON.stringify(item)})`);
      });
    }
    return;
  }
  if (!matchesType(value, type)) problems.add(`${at}/value`, `must be ${TYPE_NAMES[type]} like the fact "${fact}" (got ${JSON.stringify(value)})`);
}

function checkFixtures(tests: unknown, fileMutations: MutationName[], raisedEvents: Set<string>, problems: Problems): void {
  if (!Array.isArray(tests)) return; // absent, or reported by the schema
  const names = new Set<string>();
  tests.forEach((fixture: unknown, index: number) => {
    const at = `/tests/${index}`;
    if (!isObject(fixture)) return;
    if (typeof fixture.name === 'string' && fixture.name !== '') {
      if (names.has(fixture.name)) problems.add(`${at}/name`, `duplicate fixture name "${fixture.name}"`);
      names.add(fixture.name);
    }
    if (MUTATION_NAMES.includes(fixture.mutation as MutationName) && !fileMutations.includes(fixture.mutation as MutationName)) {
      problems.add(`${at}/mutation`, `"${String(fixture.mutation)}" is not in the file's appliesTo (${fileMutations.join(', ')})`);
    }
    if (typeof fixture.businessDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fixture.businessDate) && !isDate(fixture.businessDate)) {
      problems.add(`${at}/businessDate`, `must be a date as YYYY-MM-DD (got "${fixture.businessDate}")`);
    }
    const expect = isObject(fixture.expect) ? fixture.expect : {};
    if (typeof expect.outcome === 'string' && !Object.values(DecisionOutcome).includes(expect.outcome as DecisionOutcome)) {
      problems.add(`${at}/expect/outcome`, `must be one of ${Object.values(DecisionOutcome).join(', ')} (got "${expect.outcome}")`);
    }
    if (!Array.isArray(expect.events)) return;
    expect.events.forEach((event: unknown, eventIndex: number) => {
      const eventAt = `${at}/expect/events/${eventIndex}`;
      if (!isObject(event) || typeof event.type !== 'string') return;
      if (!(event.type in EVENT_TYPES)) {
        for (const { path, reason } of eventParamProblems(event.type, undefined)) problems.add(`${eventAt}/${path}`, reason);
        return;
      }
      if (!raisedEvents.has(event.type)) {
        problems.add(`${eventAt}/type`, `no rule of this policy raises "${event.type}", so this fixture can never pass`);
        return;
      }
      const params = isObject(event.params) ? event.params : undefined;
      for (const { path, reason } of eventParamProblems(event.type, params, { partial: true })) problems.add(`${eventAt}/${path}`, reason);
    });
  });
}

/** A real calendar date written YYYY-MM-DD. */
function isDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
