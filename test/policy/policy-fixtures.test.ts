/**
 * The fixtures of the policy files: facts in, expected outcome and events out, decided by the whole set.
 * The shipped rules/ and the pinned test/rules/ must both hold their own fixtures; how a failing
 * fixture is reported is shown on the pinned copy, whose numbers the expected messages quote.
 */
import { readFileSync } from 'node:fs';
import type { FactsOf } from '../../src/policy/fact-catalogue';
import type { PolicyFile } from '../../src/policy/policy-file';
import { DEFAULT_FIXTURE_DATE, fixtureProblems, runPolicyFixtures } from '../../src/policy/policy-fixtures';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { type LoadedPolicy, PolicySet } from '../../src/policy/policy-set';
import { PINNED_RULES_DIR, pinnedRulesFile } from '../support/pinned-rules';

const pinned = loadPolicySet(PINNED_RULES_DIR);

describe.each([['the shipped rules/', 'rules'], ['the pinned test/rules/', PINNED_RULES_DIR]])('the fixtures of %s', (_folder, dir) => {
  const set = loadPolicySet(dir);

  it('all pass', async () => {
    const results = await runPolicyFixtures(set);
    expect(results.filter((result) => !result.passed)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(50);
    expect(await fixtureProblems(set)).toEqual([]);
  });

  it.each(set.policies.map((policy) => [policy.body.name, policy] as const))('%s: every rule fires in at least one fixture', async (_name, policy) => {
    const fired = new Set<string>();
    for (const fixture of policy.body.tests ?? []) {
      const decision = await set.decide(fixture.mutation, fixture.facts as never, fixture.businessDate ?? policy.body.effectiveFrom ?? DEFAULT_FIXTURE_DATE);
      for (const rule of decision.firedRules) if (rule.policy === policy.body.name) fired.add(rule.rule);
    }
    expect(policy.body.rules.map((rule) => rule.name).filter((rule) => !fired.has(rule))).toEqual([]);
  });
});

describe('a failing fixture', () => {
  const paymentTerms = JSON.parse(readFileSync(pinnedRulesFile('payment-terms.json'), 'utf8')) as PolicyFile;
  const tierB = paymentTerms.tests!.find((fixture) => fixture.name.startsWith('tier B'))!;
  /** A set of the pinned policies with payment-terms' fixtures replaced (built in memory: no schema check in the way). */
  const setWith = (tests: unknown[], patch: Partial<PolicyFile> = {}) => {
    const policies: LoadedPolicy[] = pinned.policies.map((policy) =>
      policy.body.name === 'payment-terms'
        ? { ...policy, effectiveFrom: patch.effectiveFrom ?? policy.effectiveFrom, body: { ...policy.body, ...patch, tests: tests as PolicyFile['tests'] } }
        : policy,
    );
    return new PolicySet(policies);
  };
  const problemsOf = async (tests: unknown[], patch?: Partial<PolicyFile>) => {
    const results = (await runPolicyFixtures(setWith(tests, patch))).filter((result) => result.policy === 'payment-terms');
    expect(results.every((result) => !result.passed)).toBe(true);
    return results.flatMap((result) => result.problems);
  };

  it('names a wrong outcome, with the explanation of what was decided', async () => {
    expect(await problemsOf([{ ...tierB, expect: { outcome: 'REJECTED' } }])).toEqual([
      '/tests/0/expect/outcome: expected REJECTED, got APPROVED (APPROVED. Term 30 days: payment-terms / tier-b-standard-term fired because riskTier = B.)',
    ]);
  });

  it('names an expected event that did not fire, and what fired instead', async () => {
    expect(await problemsOf([{ ...tierB, expect: { events: [{ type: 'set-payment-term', params: { days: 45 } }] } }])).toEqual([
      '/tests/0/expect/events/0: expected set-payment-term {"days":45} from payment-terms, but it fired set-payment-term {"days":30} (rule tier-b-standard-term)',
    ]);
  });

  it('with noOtherEvents, names every other event the policy fired', async () => {
    expect(await problemsOf([{ ...tierB, expect: { events: [], noOtherEvents: true } }])).toEqual([
      '/tests/0/expect/noOtherEvents: payment-terms also fired set-payment-term {"days":30} (rule tier-b-standard-term)',
    ]);
  });

  it('only looks at events of its own policy', async () => {
    const suspended = { ...tierB, facts: { ...tierB.facts, customerStatus: 'SUPPLY_SUSPENDED' } };
    expect(await problemsOf([{ ...suspended, expect: { events: [{ type: 'reject' }] } }])).toEqual([
      '/tests/0/expect/events/0: expected reject from payment-terms, but it fired set-payment-term {"days":30} (rule tier-b-standard-term)',
    ]);
  });

  it('names missing, unknown and mistyped facts, and does not decide on them', async () => {
    const { grade: _grade, ...withoutGrade } = tierB.facts as FactsOf<'issueInvoice'>;
    const facts = { ...withoutGrade, relationshipYears: '4', riskTeir: 'B' };
    expect(await problemsOf([{ ...tierB, facts }])).toEqual([
      '/tests/0/facts: missing fact "grade" for issueInvoice',
      '/tests/0/facts/relationshipYears: must be a whole number (got "4")',
      expect.stringMatching(/^\/tests\/0\/facts\/riskTeir: unknown fact "riskTeir" for issueInvoice \(known: grade, riskTier/),
    ]);
  });

  it('names a fixture whose business date another version of its policy holds', async () => {
    expect(await problemsOf([{ ...tierB, businessDate: '2026-06-01' }], { effectiveFrom: '2027-01-01' })).toEqual([
      '/tests/0/businessDate: on 2026-06-01 this version (2026.1) of payment-terms is not in force; no version is',
    ]);
  });

  it('names a fixture for a mutation its policy does not apply to', async () => {
    expect(await problemsOf([{ ...tierB, mutation: 'recordPayment' }])).toEqual([
      '/tests/0/mutation: "recordPayment" is not in the appliesTo of payment-terms (issueInvoice)',
    ]);
  });

  it('is a whole-set check that names the file and the line', async () => {
    const problems = await fixtureProblems(setWith([{ ...tierB, expect: { outcome: 'REJECTED' } }]));
    expect(problems).toEqual([expect.stringMatching(/^test\/rules\/payment-terms\.json:\d+ \/tests\/0\/expect\/outcome: fixture "tier B gets 30 days whatever the years": expected REJECTED, got APPROVED/)]);
  });
});
