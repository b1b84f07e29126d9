/**
 * Static checks of the policy's tables: asked of the set itself over a grid of representative facts.
 * The shipped rules/ and the pinned test/rules/ must give no warning; the findings are shown on edits
 * of the pinned copy, whose numbers the expected messages quote.
 */
import type { PolicyFile, PolicyRule } from '../../src/policy/policy-file';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { type LoadedPolicy, PolicySet } from '../../src/policy/policy-set';
import { checkPolicySetStatically } from '../../src/policy/policy-static-checks';
import { PINNED_RULES_DIR } from '../support/pinned-rules';

const pinned = loadPolicySet(PINNED_RULES_DIR);

/** The pinned set with one policy's rules edited (in memory). */
function edited(name: string, edit: (rules: PolicyRule[]) => PolicyRule[], extra: LoadedPolicy[] = []): PolicySet {
  const policies = pinned.policies.map((policy) =>
    policy.body.name === name ? { ...policy, body: { ...policy.body, rules: edit(structuredClone(policy.body.rules)) } } : policy,
  );
  return new PolicySet([...policies, ...extra]);
}

it.each(['rules', PINNED_RULES_DIR])('finds nothing to warn about in %s', async (dir) => {
  expect(await checkPolicySetStatically(loadPolicySet(dir))).toEqual([]);
});

it('finds a gap in the term table for one range of relationshipYears', async () => {
  const set = edited('payment-terms', (rules) => {
    const longStanding = rules.find((rule) => rule.name === 'tier-a-long-standing-term')!;
    (longStanding.conditions as { all: Array<{ value: unknown }> }).all[1].value = 5; // 3 and 4 years: no rule
    return rules;
  });
  expect(await checkPolicySetStatically(set)).toEqual([
    expect.objectContaining({
      check: 'term-table',
      file: 'test/rules/payment-terms.json',
      pointer: '/rules',
      message: 'tier A: no payment-term rule fires for relationshipYears 3-4 (a gap: such invoices are referred)',
    }),
  ]);
});

it('finds a tier whose term is shorter for a safer tier, naming the rule of the riskier one', async () => {
  const set = edited('payment-terms', (rules) => {
    rules.find((rule) => rule.name === 'tier-a-term')!.event.params = { days: 20 };
    return rules;
  });
  const findings = await checkPolicySetStatically(set);
  expect(findings.map((finding) => `${finding.check} ${finding.pointer} ${finding.message}`)).toEqual([
    'term-order /rules/2 tier B gets a longer term than the safer tier A (30 days against 20) for relationshipYears 0-2',
  ]);
});

it('finds a worse grade in a safer tier', async () => {
  const set = edited('scorecard', (rules) => {
    // Tier A 1-3 becomes 1-2 and 5; tier B 4-6 becomes 3-4 and 6.
    rules[0].conditions = { any: [{ fact: 'grade', operator: 'lessThanInclusive', value: 2 }, { fact: 'grade', operator: 'equal', value: 5 }] };
    rules[1].conditions = { any: [{ fact: 'grade', operator: 'in', value: [3, 4, 6] }] };
    return rules;
  });
  const messages = (await checkPolicySetStatically(set)).map((finding) => finding.message);
  expect(messages).toEqual([
    'createCustomer, updateCustomer: grade 5 is tier A but the better grade 4 is tier B: a worse grade must not get a safer tier',
  ]);
});

it('finds two stages reached in one collection cycle', async () => {
  const set = edited('collections', (rules) => {
    const phone = rules.find((rule) => rule.name === 'phone-follow-up-from-1-day-overdue')!;
    (phone.conditions as { all: Array<{ value: unknown }> }).all[1].value = 15; // overlaps the formal demand at 15
    return rules;
  });
  const messages = (await checkPolicySetStatically(set)).map((finding) => finding.message);
  expect(messages).toContainEqual(expect.stringMatching(/^15 days past due at stage NONE: 2 stages are reached in one cycle \(collections\/phone-follow-up-from-1-day-overdue: collection stage PHONE_FOLLOW_UP/));
});

it('checks every effective date: a future version with a gap is found, with its date', async () => {
  const current = pinned.policies.find((policy) => policy.body.name === 'payment-terms')!;
  const body: PolicyFile = { ...structuredClone(current.body), version: '2027.1', effectiveFrom: '2027-01-01' };
  body.rules = body.rules.filter((rule) => rule.name !== 'tier-c-short-term');
  const set = new PolicySet([...pinned.policies, { file: 'rules/payment-terms@2027-01-01.json', body, hash: 'x', effectiveFrom: '2027-01-01' }]);
  expect(await checkPolicySetStatically(set)).toEqual([
    {
      check: 'term-table',
      businessDate: '2027-01-01',
      file: 'rules/payment-terms@2027-01-01.json',
      pointer: '/rules',
      message: 'tier C: no payment-term rule fires for relationshipYears 0+ (a gap: such invoices are referred)',
    },
  ]);
});
