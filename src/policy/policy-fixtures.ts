/**
 * The fixtures of the policy files ("tests": facts in, expected outcome and events out), run against
 * the WHOLE policy set, so that a fixture shows what the folder as a whole decides.
 *
 * A fixture passes when
 *   - it gives every fact of its mutation, no other, each of the catalogue's type,
 *   - the version of its policy that holds it is the one in force on its business date
 *     (the fixture's businessDate, else the policy's effectiveFrom, else 2026-01-01),
 *   - the decision's outcome is the expected one (when one is expected),
 *   - every expected event is among the events fired by THIS policy (params left out are not
 *     compared), and with noOtherEvents this policy fired nothing else.
 */
import { readFileSync } from 'node:fs';
import type { Decision, FiredRule } from './decision';
import { escapePointer } from './event-types';
import { FACT_CATALOGUE, type FactSpec, type FactsOf, MUTATION_NAMES, type MutationName } from './fact-catalogue';
import { formatProblem, JsonText, splitProblem } from './json-locations';
import type { PolicyFixture } from './policy-file';
import type { LoadedPolicy, PolicySet } from './policy-set';

export interface FixtureResult {
  policy: string;
  file: string;
  fixture: string;
  passed: boolean;
  /** "/tests/3/expect/outcome: expected REJECTED, got APPROVED (...)": JSON path in the policy file, then the reason. */
  problems: string[];
}

/** The business date of a fixture that names none and whose policy has no effectiveFrom. */
export const DEFAULT_FIXTURE_DATE = '2026-01-01';

export async function runPolicyFixtures(set: PolicySet): Promise<FixtureResult[]> {
  const results: FixtureResult[] = [];
  for (const policy of set.policies) {
    const fixtures = policy.body.tests ?? [];
    for (const [index, fixture] of fixtures.entries()) {
      const problems = await runFixture(set, policy, fixture, `/tests/${index}`);
      results.push({ policy: policy.body.name, file: policy.file, fixture: fixture.name, passed: problems.length === 0, problems });
    }
  }
  return results;
}

/**
 * The fixtures as a whole-set check: every problem of every failing fixture as
 * "file:line /tests/3/expect/outcome: reason" (the line when the file can be read). Empty when all pass.
 */
export async function fixtureProblems(set: PolicySet): Promise<string[]> {
  const texts = new Map<string, JsonText | undefined>();
  const problems: string[] = [];
  for (const result of await runPolicyFixtures(set)) {
    if (!texts.has(result.file)) texts.set(result.file, readText(result.file));
    const text = texts.get(result.file);
    for (const problem of result.problems) {
      const { pointer, reason } = splitProblem(problem);
      problems.push(formatProblem({ file: result.file, line: text?.lineOf(pointer), pointer, reason: `fixture "${result.fixture}": ${reason}` }));
    }
  }
  return problems;
}

function readText(file: string): JsonText | undefined {
  try {
    return new JsonText(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function runFixture(set: PolicySet, policy: LoadedPolicy, fixture: PolicyFixture, at: string): Promise<string[]> {
  const problems: string[] = [];
  const name = policy.body.name;
  const mutation = fixture.mutation;
  if (!MUTATION_NAMES.includes(mutation)) return [`${at}/mutation: unknown mutation ${JSON.stringify(mutation)} (known: ${MUTATION_NAMES.join(', ')})`];
  if (!policy.body.appliesTo.includes(mutation)) {
    return [`${at}/mutation: "${mutation}" is not in the appliesTo of ${name} (${policy.body.appliesTo.join(', ')})`];
  }
  problems.push(...factProblems(mutation, fixture.facts, `${at}/facts`));
  if (problems.length > 0) return problems;

  const businessDate = fixture.businessDate ?? policy.body.effectiveFrom ?? DEFAULT_FIXTURE_DATE;
  let decision: Decision;
  try {
    decision = await set.decide(mutation, fixture.facts as FactsOf<typeof mutation>, businessDate);
  } catch (error) {
    return [`${at}: the policy set could not decide (${(error as Error).message})`];
  }

  const hasRules = policy.body.rules.some((rule) => (rule.appliesTo ?? policy.body.appliesTo).includes(mutation));
  const inForce = decision.policyVersions.find((version) => version.name === name);
  if (hasRules && inForce?.hash !== policy.hash) {
    const actual = inForce ? `version ${inForce.version} is` : 'no version is';
    return [`${at}${fixture.businessDate ? '/businessDate' : ''}: on ${businessDate} this version (${policy.body.version}) of ${name} is not in force; ${actual}`];
  }

  const { outcome, events = [], noOtherEvents = false } = fixture.expect;
  if (outcome !== undefined && decision.outcome !== outcome) {
    problems.push(`${at}/expect/outcome: expected ${outcome}, got ${decision.outcome} (${decision.explanation})`);
  }
  const fired = decision.firedRules.filter((rule) => rule.policy === name);
  const unmatched = [...fired];
  events.forEach((expected, index) => {
    const match = unmatched.findIndex((candidate) => candidate.event.type === expected.type && paramsMatch(expected.params, candidate.event.params));
    if (match >= 0) {
      unmatched.splice(match, 1);
      return;
    }
    const firedText = fired.length > 0 ? fired.map(describeFired).join('; ') : 'nothing';
    problems.push(`${at}/expect/events/${index}: expected ${describeEvent(expected)} from ${name}, but it fired ${firedText}`);
  });
  if (noOtherEvents && unmatched.length > 0) {
    problems.push(`${at}/expect/noOtherEvents: ${name} also fired ${unmatched.map(describeFired).join('; ')}`);
  }
  return problems;
}

function factProblems(mutation: MutationName, facts: Record<string, unknown>, at: string): string[] {
  const catalogue = FACT_CATALOGUE[mutation] as Record<string, FactSpec>;
  const problems: string[] = [];
  const given = typeof facts === 'object' && facts !== null && !Array.isArray(facts) ? facts : {};
  const missing = Object.keys(catalogue).filter((fact) => !(fact in given));
  if (missing.length > 0) problems.push(`${at}: missing fact${missing.length > 1 ? 's' : ''} ${missing.map((f) => `"${f}"`).join(', ')} for ${mutation}`);
  for (const [fact, value] of Object.entries(given)) {
    const spec = catalogue[fact];
    if (!spec) {
      problems.push(`${at}/${escapePointer(fact)}: unknown fact "${fact}" for ${mutation} (known: ${Object.keys(catalogue).join(', ')})`);
    } else if (!hasType(value, spec.type)) {
      problems.push(`${at}/${escapePointer(fact)}: must be ${TYPE_WORDS[spec.type]} (got ${JSON.stringify(value)})`);
    }
  }
  return problems;
}

const TYPE_WORDS = { integer: 'a whole number', number: 'a number', string: 'a string', boolean: 'true or false' } as const;

function hasType(value: unknown, type: FactSpec['type']): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === type;
}

function paramsMatch(expected: Record<string, unknown> | undefined, actual: Record<string, unknown>): boolean {
  return Object.entries(expected ?? {}).every(([key, value]) => JSON.stringify(actual[key]) === JSON.stringify(value));
}

function describeEvent(event: { type: string; params?: Record<string, unknown> }): string {
  return event.params && Object.keys(event.params).length > 0 ? `${event.type} ${JSON.stringify(event.params)}` : event.type;
}

function describeFired(fired: FiredRule): string {
  return `${describeEvent(fired.event)} (rule ${fired.rule})`;
}
