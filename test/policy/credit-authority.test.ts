/**
 * rules/credit-authority.json: who approves a referred request and by when. On the pinned test/rules/:
 * the numbers asserted here are the tests' own (risk officer up to 50,000.00, credit manager up to
 * 250,000.00, two credit managers above; a held invoice due in 2 business days, others in 5).
 */
import type { PolicyRule } from '../../src/policy/policy-file';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { PolicySet } from '../../src/policy/policy-set';
import { checkPolicySetStatically } from '../../src/policy/policy-static-checks';
import { requiredAuthority, requiredAuthorityOfReferral } from '../../src/policy/credit-authority';
import { DecisionOutcome } from '../../src/policy/decision';
import { Backtest } from '../../src/policy/backtest';
import { rmSync } from 'node:fs';
import { copyPinnedRules, PINNED_RULES_DIR } from '../support/pinned-rules';
import { editPolicy } from '../support/policy-edits';

const pinned = loadPolicySet(PINNED_RULES_DIR);
const ASOF = '2026-03-02';
const facts = (referredMutation: string, amountBaseMinor: number, referralRule = 'credit-limits/invoice-slightly-over-limit') => ({
  referredMutation,
  amountBaseMinor,
  riskTier: 'B',
  referralRule,
});

function withAuthorityRules(edit: (rules: PolicyRule[]) => PolicyRule[]): PolicySet {
  return new PolicySet(
    pinned.policies.map((policy) => (policy.body.name === 'credit-authority' ? { ...policy, body: { ...policy.body, rules: edit(structuredClone(policy.body.rules)) } } : policy)),
  );
}

it.each([
  ['issueInvoice', 5_000_000, 'RISK_OFFICER', 1, 2],
  ['issueInvoice', 5_000_001, 'CREDIT_MANAGER', 1, 2],
  ['requestCreditLimit', 25_000_000, 'CREDIT_MANAGER', 1, 5],
  ['requestCreditLimit', 25_000_001, 'CREDIT_MANAGER', 2, 5],
  ['setFxRate', 0, 'RISK_OFFICER', 1, 5],
])('a referred %s of %i base minor units needs %s x%i, due in %i business days', async (mutation, amount, level, approvals, due) => {
  const authority = await requiredAuthority(pinned, facts(mutation, amount), ASOF);
  expect(authority).toMatchObject({ level, approvals, dueInBusinessDays: due, policyGap: null });
  expect(authority.firedRules.map((fired) => `${fired.policy}/${fired.rule}`)).toHaveLength(2);
  expect(authority.decisions[0].outcome).toBe(DecisionOutcome.APPROVED);
});

it('explains the answer in words a risk officer reads', async () => {
  const { decisions } = await requiredAuthority(pinned, facts('issueInvoice', 6_000_000), ASOF);
  expect(decisions[0].explanation).toMatch(/^APPROVED\. /);
  expect(decisions[0].explanation).toContain(
    'One approval by credit manager or above: credit-authority / credit-manager-up-to-250000 fired because amountBaseMinor = 6000000 (> 5000000) and amountBaseMinor = 6000000 (<= 25000000)',
  );
  expect(decisions[0].explanation).toContain('Due in 2 business days: credit-authority / held-invoice-due-in-2-business-days fired because referredMutation = issueInvoice');
});

it('asks once per refer rule and keeps the strictest answer', async () => {
  // A draft rule: tier-free, but a write-off before the legal stage always needs a credit manager.
  const set = withAuthorityRules((rules) => [
    ...rules,
    {
      name: 'early-write-off-credit-manager',
      description: 'An early write-off always goes to a credit manager.',
      conditions: { all: [{ fact: 'referralRule', operator: 'equal', value: 'write-offs/refer-write-off-before-legal-stage' }] },
      event: { type: 'require-authority', params: { level: 'CREDIT_MANAGER', approvals: 1 } },
    },
  ]);
  const authority = await requiredAuthorityOfReferral(set, { referredMutation: 'writeOffInvoice', amountBaseMinor: 100_000, riskTier: 'C' }, ['other/rule', 'write-offs/refer-write-off-before-legal-stage'], ASOF);
  expect(authority).toMatchObject({ level: 'CREDIT_MANAGER', approvals: 1, dueInBusinessDays: 5, policyGap: null });
  expect(authority.decisions.map((decision) => decision.facts.referralRule)).toEqual(['other/rule', 'write-offs/refer-write-off-before-legal-stage']);
});

it('never loses a referral to a policy gap: the highest level, due the same day, and the gap named', async () => {
  const set = withAuthorityRules(() => []);
  const authority = await requiredAuthority(set, facts('issueInvoice', 100), ASOF);
  expect(authority).toMatchObject({ level: 'ADMIN', approvals: 1, dueInBusinessDays: 0 });
  expect(authority.policyGap).toContain('no credit-authority rule says who approves a referred issueInvoice');
  expect(authority.decisions[0].outcome).toBe(DecisionOutcome.REFERRED);
});

it('back-tests a draft of the table against stored authority decisions', async () => {
  // Draft: a risk officer's authority raised to 60,000.00.
  const draft = withAuthorityRules((rules) => {
    const set = (name: string, at: number, value: number) => ((rules.find((rule) => rule.name === name)!.conditions as { all: Array<{ value: number }> }).all[at].value = value);
    set('risk-officer-up-to-50000', 0, 6_000_000);
    set('credit-manager-up-to-250000', 0, 6_000_000);
    return rules;
  });
  const backtest = new Backtest(draft);
  for (const amount of [4_000_000, 5_500_000, 7_000_000]) {
    const { decisions } = await requiredAuthority(pinned, facts('issueInvoice', amount), ASOF);
    await backtest.add({ id: `d-${amount}`, ...decisions[0] });
  }
  const report = backtest.report();
  expect(report).toMatchObject({ decisions: 3, changed: 1, sampleChangedDecisionIds: ['d-5500000'] });
  expect(report.ruleChanges.map((row) => [row.rule, row.firedBefore, row.firedAfter])).toEqual([
    ['credit-manager-up-to-250000', 1, 0],
    ['risk-officer-up-to-50000', 0, 1],
  ]);
});

it('refuses an authority level or approval count the engine does not know, naming file, line and path', () => {
  const dir = copyPinnedRules();
  try {
    editPolicy(dir, 'credit-authority.json', (policy) => {
      policy.rules[0].event.params = { level: 'MANAGER', approvals: 3 };
    });
    expect(() => loadPolicySet(dir)).toThrow(/credit-authority\.json:\d+ \/rules\/0\/event\/params\/level: must be one of RISK_OFFICER, CREDIT_MANAGER, ADMIN \(got "MANAGER"\)/);
    expect(() => loadPolicySet(dir)).toThrow(/\/rules\/0\/event\/params\/approvals: must be <= 2 \(got 3\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('static checks', () => {
  it('finds nothing to warn about in the shipped and the pinned authority table', async () => {
    for (const dir of ['rules', PINNED_RULES_DIR]) {
      const findings = await checkPolicySetStatically(loadPolicySet(dir));
      expect(findings.filter((finding) => finding.check === 'authority-table')).toEqual([]);
    }
  });

  it('finds amounts no authority rule covers', async () => {
    const set = withAuthorityRules((rules) => rules.filter((rule) => rule.name !== 'two-credit-managers-above-250000'));
    const messages = (await checkPolicySetStatically(set)).filter((finding) => finding.check === 'authority-table').map((finding) => finding.message);
    expect(messages).toContain(
      'a referred issueInvoice (tier A, referred by credit-limits/invoice-slightly-over-limit) of amountBaseMinor 25000001+: no require-authority rule fires (a gap: it goes to ADMIN)',
    );
  });

  it('finds a larger amount needing less authority', async () => {
    const set = withAuthorityRules((rules) => {
      rules.find((rule) => rule.name === 'two-credit-managers-above-250000')!.event.params = { level: 'RISK_OFFICER', approvals: 2 };
      return rules;
    });
    const messages = (await checkPolicySetStatically(set)).filter((finding) => finding.check === 'authority-table').map((finding) => finding.message);
    expect(messages).toContain(
      'a referred issueInvoice (tier A, referred by credit-limits/invoice-slightly-over-limit) of 25000001 base minor units needs less authority (RISK_OFFICER x2) than one of 25000000 (CREDIT_MANAGER x1)',
    );
  });
});
