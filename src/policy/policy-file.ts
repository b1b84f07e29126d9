/**
 * The shape of a policy file in rules/, and the checks that run before a file can go live:
 * known mutations, known facts for each of them, known operators, known event types with typed and
 * ranged params, unique rule names. Every problem names the file, the JSON path and the reason.
 */
import { FACT_CATALOGUE, MUTATION_NAMES, type MutationName } from './fact-catalogue';
import { checkEventParams } from './event-types';

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
  expect: { outcome?: string; events?: Array<{ type: string; params?: Record<string, unknown> }> };
}

export interface PolicyFile {
  name: string;
  version: string;
  description: string;
  effectiveFrom?: string;
  appliesTo: MutationName[];
  rules: PolicyRule[];
  tests?: PolicyFixture[];
}

/** json-rules-engine's built-in operators. */
export const KNOWN_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;

export class PolicyValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((problem) => `${file} ${problem}`).join('\n'));
    this.name = 'PolicyValidationError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed policy file; returns the problems as "/json/path: reason", empty when it may go live. */
export function checkPolicyFile(body: unknown): string[] {
  if (!isObject(body)) return ['/: a policy file must be a JSON object'];
  const problems: string[] = [];
  for (const key of ['name', 'version', 'description'] as const) {
    if (typeof body[key] !== 'string' || body[key] === '') problems.push(`/${key}: must be a non-empty string`);
  }
  if (typeof body.name === 'string' && !/^[a-z][a-z0-9-]*$/.test(body.name)) {
    problems.push(`/name: must be kebab-case, e.g. payment-terms (got "${body.name}")`);
  }
  if (body.effectiveFrom !== undefined && (typeof body.effectiveFrom !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(body.effectiveFrom))) {
    problems.push(`/effectiveFrom: must be a date as YYYY-MM-DD (got ${JSON.stringify(body.effectiveFrom)})`);
  }
  const fileMutations = checkMutationList(body.appliesTo, '/appliesTo', problems) ?? [];
  if (!Array.isArray(body.rules)) {
    problems.push('/rules: must be an array of rules');
    return problems;
  }
  const seen = new Set<string>();
  body.rules.forEach((rule: unknown, index: number) => {
    const at = `/rules/${index}`;
    if (!isObject(rule)) {
      problems.push(`${at}: must be an object`);
      return;
    }
    if (typeof rule.name !== 'string' || rule.name === '') problems.push(`${at}/name: must be a non-empty string`);
    else if (seen.has(rule.name)) problems.push(`${at}/name: duplicate rule name "${rule.name}"`);
    else seen.add(rule.name);
    if (typeof rule.description !== 'string' || rule.description === '') problems.push(`${at}/description: must say in words what the rule does`);
    if (rule.priority !== undefined && (typeof rule.priority !== 'number' || rule.priority < 1)) {
      problems.push(`${at}/priority: must be a number >= 1`);
    }
    let mutations = fileMutations;
    if (rule.appliesTo !== undefined) {
      const narrowed = checkMutationList(rule.appliesTo, `${at}/appliesTo`, problems) ?? [];
      for (const mutation of narrowed) {
        if (!fileMutations.includes(mutation)) problems.push(`${at}/appliesTo: "${mutation}" is not in the file's appliesTo`);
      }
      mutations = narrowed;
    }
    if (!isObject(rule.conditions) || !('all' in rule.conditions || 'any' in rule.conditions || 'not' in rule.conditions)) {
      problems.push(`${at}/conditions: must be an object with "all", "any" or "not"`);
    } else {
      checkCondition(rule.conditions, `${at}/conditions`, mutations, problems);
    }
    if (!isObject(rule.event) || typeof rule.event.type !== 'string') {
      problems.push(`${at}/event: must be an object with a "type"`);
    } else {
      for (const problem of checkEventParams(rule.event.type, rule.event.params as Record<string, unknown> | undefined)) {
        problems.push(`${at}/event/${problem}`);
      }
    }
  });
  return problems;
}

function checkMutationList(value: unknown, at: string, problems: string[]): MutationName[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${at}: must list at least one mutation (${MUTATION_NAMES.join(', ')})`);
    return undefined;
  }
  const valid: MutationName[] = [];
  value.forEach((mutation, index) => {
    if (MUTATION_NAMES.includes(mutation)) valid.push(mutation);
    else problems.push(`${at}/${index}: unknown mutation ${JSON.stringify(mutation)} (known: ${MUTATION_NAMES.join(', ')})`);
  });
  return valid;
}

function checkCondition(condition: unknown, at: string, mutations: MutationName[], problems: string[]): void {
  if (!isObject(condition)) {
    problems.push(`${at}: must be an object`);
    return;
  }
  for (const group of ['all', 'any'] as const) {
    if (group in condition) {
      const items = condition[group];
      if (!Array.isArray(items)) problems.push(`${at}/${group}: must be an array`);
      else items.forEach((item, index) => checkCondition(item, `${at}/${group}/${index}`, mutations, problems));
      return;
    }
  }
  if ('not' in condition) {
    checkCondition(condition.not, `${at}/not`, mutations, problems);
    return;
  }
  checkFactName(condition.fact, `${at}/fact`, mutations, problems);
  if (!KNOWN_OPERATORS.includes(condition.operator as (typeof KNOWN_OPERATORS)[number])) {
    problems.push(`${at}/operator: unknown operator ${JSON.stringify(condition.operator)} (known: ${KNOWN_OPERATORS.join(', ')})`);
  }
  if (!('value' in condition)) problems.push(`${at}/value: is required`);
  else if (isObject(condition.value) && 'fact' in condition.value) checkFactName(condition.value.fact, `${at}/value/fact`, mutations, problems);
}

function checkFactName(fact: unknown, at: string, mutations: MutationName[], problems: string[]): void {
  if (typeof fact !== 'string') {
    problems.push(`${at}: must name a fact`);
    return;
  }
  for (const mutation of mutations) {
    if (!(fact in FACT_CATALOGUE[mutation])) {
      const known = Object.keys(FACT_CATALOGUE[mutation]).join(', ');
      problems.push(`${at}: unknown fact "${fact}" for ${mutation} (known: ${known})`);
    }
  }
}
