/**
 * The broken-file corpus: each file of test/policy/broken/ is dropped into a copy of the pinned test/rules/
 * (beside them, or in place of the file it names) and must be refused with the file, the line, the
 * JSON path and the reason a risk officer needs to fix it, and nothing else.
 *
 *   load    the server refuses to start (loadPolicySet throws) and rules:check fails
 *   check   the server would start, but rules:check fails (a fixture does not hold)
 *   strict  a static-check warning: rules:check passes, and fails with --strict
 */
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/policy/json-locations';
import { PolicyValidationError } from '../../src/policy/policy-file';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { checkRulesFolder } from '../../src/policy/rules-check';
import { copyPinnedRules } from '../support/pinned-rules';

interface Case {
  file: string;
  /** load: refused at start; check: refused by rules:check; strict: a warning, refused by rules:check --strict. */
  refusedBy: 'load' | 'check' | 'strict';
  line: number;
  pointer: string;
  reason: string;
  /** The pinned file this one replaces (static checks need a whole table). */
  replaces?: string;
}

const CASES: Case[] = [
  { file: 'bad-json-trailing-comma.json', refusedBy: 'load', line: 13, pointer: '/', reason: 'not valid JSON: a comma after the last item (remove it) (line 13, column 6)' },
  { file: 'bad-json-missing-comma.json', refusedBy: 'load', line: 5, pointer: '/', reason: 'not valid JSON: a comma was expected (line 5, column 3)' },
  { file: 'duplicate-key.json', refusedBy: 'load', line: 16, pointer: '/rules/0/event/params/days', reason: 'duplicate key "days" (JSON would silently keep only the last one)' },
  { file: 'unknown-fact.json', refusedBy: 'load', line: 13, pointer: '/rules/0/conditions/all/0/fact', reason: 'unknown fact "riskTeir" for issueInvoice (known: grade, riskTier,' },
  { file: 'fact-of-another-mutation.json', refusedBy: 'load', line: 11, pointer: '/rules/0/conditions/all/0/fact', reason: 'unknown fact "daysPastDue" for issueInvoice' },
  { file: 'unknown-operator.json', refusedBy: 'load', line: 13, pointer: '/rules/0/conditions/any/0/operator', reason: 'unknown operator "equals" (known: equal, notEqual,' },
  { file: 'numeric-operator-on-string.json', refusedBy: 'load', line: 11, pointer: '/rules/0/conditions/all/0/operator', reason: '"greaterThan" compares numbers, and "riskTier" is a string' },
  { file: 'wrong-value-type.json', refusedBy: 'load', line: 16, pointer: '/rules/0/conditions/all/0/value', reason: 'must be a number like the fact "grade" (got "9")' },
  { file: 'empty-conditions.json', refusedBy: 'load', line: 11, pointer: '/rules/0/conditions', reason: 'must be an object with "all", "any" or "not"' },
  { file: 'out-of-range-param.json', refusedBy: 'load', line: 14, pointer: '/rules/0/event/params/days', reason: 'must be <= 365 (got 900)' },
  { file: 'day-count-basis.json', refusedBy: 'load', line: 18, pointer: '/rules/0/event/params/dayCountBasis', reason: 'must be one of 360, 365 (got 364)' },
  { file: 'wrong-param-type.json', refusedBy: 'load', line: 16, pointer: '/rules/0/event/params/requiresGuarantee', reason: 'must be true or false (got "yes")' },
  { file: 'unknown-param-value.json', refusedBy: 'load', line: 12, pointer: '/rules/0/event/params/severity', reason: 'must be one of INFO, WARNING, CRITICAL (got "HIGH")' },
  { file: 'missing-params.json', refusedBy: 'load', line: 12, pointer: '/rules/0/event/params/reason', reason: 'is required' },
  { file: 'unknown-event-type.json', refusedBy: 'load', line: 12, pointer: '/rules/0/event/type', reason: 'unknown event type "set-term" (known: assign-risk-tier,' },
  { file: 'duplicate-rule-name.json', refusedBy: 'load', line: 15, pointer: '/rules/1/name', reason: 'duplicate rule name "large-invoice"' },
  { file: 'missing-description.json', refusedBy: 'load', line: 8, pointer: '/rules/0/description', reason: 'must say in words what the rule does' },
  { file: 'rule-applies-outside-file.json', refusedBy: 'load', line: 11, pointer: '/rules/0/appliesTo', reason: '"recordPayment" is not in the file\'s appliesTo' },
  { file: 'unknown-mutation.json', refusedBy: 'load', line: 6, pointer: '/appliesTo/0', reason: 'unknown mutation "issueInvoices" (known: createCustomer,' },
  { file: 'bad-effective-from.json', refusedBy: 'load', line: 6, pointer: '/effectiveFrom', reason: 'must be a date as YYYY-MM-DD (got "2027-13-01")' },
  { file: 'not-kebab-name.json', refusedBy: 'load', line: 3, pointer: '/name', reason: 'must be kebab-case, e.g. payment-terms (got "Broken Name")' },
  {
    file: 'unknown-top-level-property.json',
    refusedBy: 'load',
    line: 6,
    pointer: '/owner',
    reason: 'unknown property "owner" (allowed here: $schema, name, version, description, effectiveFrom, changedBy, appliesTo, rules, tests)',
  },
  {
    file: 'fixture-missing-fact.json',
    refusedBy: 'load',
    line: 22,
    pointer: '/tests/0/facts',
    reason: 'missing fact "referenceRatePercent": a fixture gives every fact of computeLateInterest',
  },
  {
    file: 'fixture-unknown-fact.json',
    refusedBy: 'load',
    line: 27,
    pointer: '/tests/0/facts/interestRatePercent',
    reason: 'unknown fact "interestRatePercent" for computeLateInterest (known: daysPastDue, outstandingMinor, currency, referenceRatePercent)',
  },
  { file: 'fixture-wrong-fact-type.json', refusedBy: 'load', line: 22, pointer: '/tests/0/facts/declared', reason: 'must be true or false (got "false")' },
  {
    file: 'fixture-expects-unraised-event.json',
    refusedBy: 'load',
    line: 23,
    pointer: '/tests/0/expect/events/1/type',
    reason: 'no rule of this policy raises "warn-insurance-deadline", so this fixture can never pass',
  },
  {
    file: 'fixture-fails.json',
    refusedBy: 'check',
    line: 24,
    pointer: '/tests/0/expect/outcome',
    reason: 'fixture "a huge invoice": expected APPROVED, got REJECTED (REJECTED. Rejected: too large: broken-fixture-fails / huge-invoices-rejected fired',
  },
  {
    file: 'fixture-not-in-force.json',
    refusedBy: 'check',
    line: 20,
    pointer: '/tests/0/businessDate',
    reason: 'fixture "a claim filed in 2026": on 2026-06-30 this version (2027.1) of broken-fixture-not-in-force is not in force; no version is',
  },
  {
    file: 'static-term-gap.json',
    replaces: 'payment-terms.json',
    refusedBy: 'strict',
    line: 7,
    pointer: '/rules',
    reason: '[term-table] tier C: no payment-term rule fires for relationshipYears 0+ (a gap: such invoices are referred)',
  },
  {
    file: 'static-term-overlap.json',
    replaces: 'payment-terms.json',
    refusedBy: 'strict',
    line: 14,
    pointer: '/rules/1',
    reason: '[term-table] tier A, relationshipYears 3: 2 term rules fire (payment-terms/tier-a-long-standing-term: term 60 days, payment-terms/tier-a-term: term 45 days)',
  },
  {
    file: 'static-riskier-longer-term.json',
    replaces: 'payment-terms.json',
    refusedBy: 'strict',
    line: 20,
    pointer: '/rules/2',
    reason: '[term-order] tier C gets a longer term than the safer tier B (40 days against 30) for relationshipYears 0+',
  },
  {
    file: 'static-scorecard-gap.json',
    replaces: 'scorecard.json',
    refusedBy: 'strict',
    line: 7,
    pointer: '/rules',
    reason: '[scorecard-bands] createCustomer, updateCustomer: grade 4 falls in no risk tier (a gap in the grade bands)',
  },
  {
    file: 'static-scorecard-overlap.json',
    replaces: 'scorecard.json',
    refusedBy: 'strict',
    line: 20,
    pointer: '/rules/2',
    reason: '[scorecard-bands] createCustomer, updateCustomer: grade 6 falls in 2 tier bands (scorecard/tier-b: risk tier B, scorecard/tier-c: risk tier C)',
  },
  {
    file: 'static-ladder-out-of-order.json',
    replaces: 'collections.json',
    refusedBy: 'strict',
    line: 20,
    pointer: '/rules/2',
    reason: "[collections-ladder] stage FORMAL_DEMAND is reached from 10 days past due, not after PHONE_FOLLOW_UP (from 12): the ladder's stages must come in increasing days past due",
  },
  {
    file: 'static-ladder-repeats.json',
    replaces: 'collections.json',
    refusedBy: 'strict',
    line: 8,
    pointer: '/rules/0',
    reason: '[collections-ladder] stage REMINDER is reached again at -2 days past due: a stage must be reached once (check currentStage)',
  },
];

const CORPUS = 'test/policy/broken';

it('has a case for every file of the corpus, and at least 15 of them', () => {
  const files = readdirSync(CORPUS).filter((file) => file.endsWith('.json'));
  expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
  expect(CASES.filter((c) => c.refusedBy !== 'strict').length).toBeGreaterThanOrEqual(15);
});

describe.each(CASES)('$file', (c) => {
  let dir: string;
  let path: string;
  beforeAll(() => {
    dir = copyPinnedRules();
    path = join(dir, c.replaces ?? c.file);
    copyFileSync(join(CORPUS, c.file), path);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expected = () => `${path}:${c.line} ${c.pointer}: ${c.reason}`;

  it(`is refused (${c.refusedBy}) with file, line, JSON path and reason, and nothing else`, async () => {
    const report = await checkRulesFolder(dir, { strict: c.refusedBy === 'strict' });
    expect(report.ok).toBe(false);
    const problems = c.refusedBy === 'strict' ? report.warnings : report.errors;
    const lines = problems.map(formatProblem);
    if (c.refusedBy !== 'strict') expect(lines).toHaveLength(1);
    expect(lines.some((line) => line.startsWith(expected()))).toBe(true);
    if (c.refusedBy === 'strict') expect(report.errors.map(formatProblem)).toEqual([]);
    // Nothing about the valid files beside it.
    for (const problem of problems) expect(problem.file).toBe(path);
  });

  if (c.refusedBy === 'load') {
    it('keeps the server from starting, with the same line', () => {
      let thrown: unknown;
      try {
        loadPolicySet(dir);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(PolicyValidationError);
      expect((thrown as PolicyValidationError).problems.some((problem) => problem.startsWith(expected()))).toBe(true);
    });
  } else {
    it('does not keep the server from starting, but fails rules:check' + (c.refusedBy === 'strict' ? ' --strict only' : ''), async () => {
      expect(() => loadPolicySet(dir)).not.toThrow();
      expect((await checkRulesFolder(dir, { strict: false })).ok).toBe(c.refusedBy === 'strict');
    });
  }
});
