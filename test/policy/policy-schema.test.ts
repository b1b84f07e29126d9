/** The JSON Schema editors use is the one the loader validates with, and every shipped file names it. */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { FACT_CATALOGUE, type FactSpec, MUTATION_NAMES } from '../../src/policy/fact-catalogue';
import { checkPolicyFile } from '../../src/policy/policy-file';
import { buildPolicySchema, EDITOR_KEYWORDS, POLICY_SCHEMA_PATH } from '../../src/policy/policy-schema';
import { pinnedRulesFile } from '../support/pinned-rules';

const shippedFiles = readdirSync('rules').filter((file) => file.endsWith('.json'));

it(`${POLICY_SCHEMA_PATH} is up to date with the fact catalogue and the event types (rules-check --write-schema rewrites it)`, () => {
  expect(JSON.parse(readFileSync(POLICY_SCHEMA_PATH, 'utf8'))).toEqual(buildPolicySchema());
});

it('is a valid draft-07 schema that compiles in strict mode', () => {
  const ajv = new Ajv({ strict: true, strictRequired: false });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  expect(() => ajv.compile(buildPolicySchema())).not.toThrow();
});

it.each(shippedFiles)('rules/%s names the schema for editors and passes it', (file) => {
  const body = JSON.parse(readFileSync(`rules/${file}`, 'utf8'));
  expect(body.$schema).toBe('../schema/policy.schema.json');
  expect(checkPolicyFile(body)).toEqual([]);
});

it('gives a fact name one type in every mutation that has it (the schema and the checks rely on it)', () => {
  const types = new Map<string, string>();
  for (const mutation of MUTATION_NAMES) {
    for (const [fact, spec] of Object.entries(FACT_CATALOGUE[mutation] as Record<string, FactSpec>)) {
      expect(`${fact}: ${types.get(fact) ?? spec.type}`).toBe(`${fact}: ${spec.type}`);
      types.set(fact, spec.type);
    }
  }
});

describe('schema checks the meaning checks did not have', () => {
  const valid = () => JSON.parse(readFileSync(pinnedRulesFile('payment-terms.json'), 'utf8'));

  it.each([
    ['an unknown property of a rule', (b: any) => (b.rules[0].when = 'always'), '/rules/0/when: unknown property "when" (allowed here: name, description, appliesTo, priority, conditions, event)'],
    ['an unknown property of a condition', (b: any) => (b.rules[2].conditions.all[0].params = {}), '/rules/2/conditions/all/0/params: unknown property "params"'],
    ['a group mixed with a comparison', (b: any) => (b.rules[2].conditions.all[0].all = []), '/rules/2/conditions/all/0: a group must have exactly one of "all", "any" or "not" and nothing else'],
    ['a fixture without expectations', (b: any) => (b.tests[0].expect = {}), '/tests/0/expect: must expect an outcome, events, or both'],
    ['a fixture with an unknown outcome', (b: any) => (b.tests[0].expect.outcome = 'OK'), '/tests/0/expect/outcome: must be one of APPROVED, REQUIRES_PREPAYMENT, REFERRED, REJECTED (got "OK")'],
    ['a fixture date that is not a date', (b: any) => (b.tests[0].businessDate = '2026-02-30'), '/tests/0/businessDate: must be a date as YYYY-MM-DD (got "2026-02-30")'],
    ['a fixture for a mutation the file does not apply to', (b: any) => (b.tests[0].mutation = 'recordPayment'), '/tests/0/mutation: "recordPayment" is not in the file\'s appliesTo (issueInvoice)'],
    ['two fixtures with one name', (b: any) => (b.tests[1].name = b.tests[0].name), '/tests/1/name: duplicate fixture name'],
    ['an expected param out of range', (b: any) => (b.tests[0].expect.events[0].params.days = -1), '/tests/0/expect/events/0/params/days: must be >= 0 (got -1)'],
    ['a mutation listed twice', (b: any) => (b.appliesTo = ['issueInvoice', 'issueInvoice']), '/appliesTo: lists "issueInvoice" twice'],
    ['a version that is a number', (b: any) => (b.version = 2026.1), '/version: must be a non-empty string'],
    ['an "in" with a single value', (b: any) => (b.rules[2].conditions.all[0] = { fact: 'riskTier', operator: 'in', value: 'B' }), '/rules/2/conditions/all/0/value: must be a list of values for "in" (got "B")'],
    ['a fact compared with a fact of another type', (b: any) => (b.rules[2].conditions.all[0].value = { fact: 'grade' }), '/rules/2/conditions/all/0/value/fact: cannot be compared with "riskTier" by "equal"'],
  ])('refuses %s', (_what, patch, problem) => {
    const body = valid();
    patch(body);
    const problems = checkPolicyFile(body);
    expect(problems.join('\n')).toContain(problem);
    expect(problems).toHaveLength(1);
  });
});
