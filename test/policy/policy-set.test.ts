/**
 * The policy layer on its own: files are checked before they can go live, decisions are explained.
 * On the pinned test/rules/: the numbers asserted here are the tests' own, whatever rules/ says today.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DecisionOutcome } from '../../src/policy/decision';
import { checkPolicyFile } from '../../src/policy/policy-file';
import { loadPolicySet } from '../../src/policy/policy-loader';
import { ORDINARY_INVOICE_FACTS } from '../support/facts';
import { copyPinnedRules, PINNED_RULES_DIR, pinnedRulesFile } from '../support/pinned-rules';

const pinned = loadPolicySet(PINNED_RULES_DIR);

const issueFacts = ORDINARY_INVOICE_FACTS;

describe('the pinned rules (test/rules/)', () => {
  it('loads every policy with its version and a content hash', () => {
    expect(pinned.versions().map((v) => v.name).sort()).toEqual([
      'alerts',
      'claims',
      'collections',
      'credit-authority',
      'credit-limits',
      'fx-rates',
      'insurance-cover',
      'late-interest',
      'master-data',
      'payment-terms',
      'provisions',
      'scorecard',
      'term-extensions',
      'write-offs',
    ]);
    for (const version of pinned.versions()) expect(version.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('decides an ordinary invoice: 30 days for tier B, approved, with the policies it used', async () => {
    const decision = await pinned.decide('issueInvoice', issueFacts, '2026-03-01');
    expect(decision.outcome).toBe(DecisionOutcome.APPROVED);
    expect(decision.firedRules).toEqual([
      {
        policy: 'payment-terms',
        rule: 'tier-b-standard-term',
        description: 'Tier B customers get the standard 30-day B2B term.',
        event: { type: 'set-payment-term', params: { days: 30 } },
        because: ['riskTier = B'],
      },
    ]);
    expect(decision.policyVersions.map((v) => v.name).sort()).toEqual(['collections', 'credit-limits', 'payment-terms']);
    expect(decision.explanation).toBe('APPROVED. Term 30 days: payment-terms / tier-b-standard-term fired because riskTier = B.');
  });

  it('lets the strictest outcome win: a reject outweighs an approved term', async () => {
    const decision = await pinned.decide('issueInvoice', { ...issueFacts, exceedsLimitByMinor: 50_000, customerStatus: 'SUPPLY_SUSPENDED' }, '2026-03-01');
    expect(decision.outcome).toBe(DecisionOutcome.REJECTED);
    expect(decision.firedRules.map((r) => r.rule).sort()).toEqual(['invoice-over-available-limit', 'no-credit-while-supply-suspended', 'tier-b-standard-term']);
  });
});

describe('remembering engine results by the facts the rules read', () => {
  const cycleFacts = { daysPastDue: 16, daysPastAnchor: 16, currentStage: 'PHONE_FOLLOW_UP', outstandingMinor: 1_000_000, riskTier: 'B', customerStatus: 'ACTIVE' };

  it('gives the same decision as a fresh policy set, with the caller\'s own facts', async () => {
    const warm = loadPolicySet(PINNED_RULES_DIR);
    await warm.decide('runCollectionCycle', cycleFacts, '2026-03-01');
    // outstandingMinor and riskTier are read by no ladder rule: same pattern, remembered result.
    const remembered = await warm.decide('runCollectionCycle', { ...cycleFacts, outstandingMinor: 7, riskTier: 'C' }, '2026-03-01');
    const fresh = await loadPolicySet(PINNED_RULES_DIR).decide('runCollectionCycle', { ...cycleFacts, outstandingMinor: 7, riskTier: 'C' }, '2026-03-01');
    expect(remembered).toEqual(fresh);
    expect(remembered.facts).toEqual({ ...cycleFacts, outstandingMinor: 7, riskTier: 'C' });
    expect(remembered.firedRules.map((fired) => fired.rule)).toEqual(['formal-demand-at-15-days-overdue', 'suspend-supply-at-15-days-overdue']);
  });

  it('tells apart patterns that differ in a fact a rule reads', async () => {
    const set = loadPolicySet(PINNED_RULES_DIR);
    const day16 = await set.decide('runCollectionCycle', cycleFacts, '2026-03-01');
    const day30 = await set.decide('runCollectionCycle', { ...cycleFacts, daysPastDue: 30, daysPastAnchor: 30 }, '2026-03-01');
    expect(day16.firedRules.map((fired) => fired.event.params.stage)).toContain('FORMAL_DEMAND');
    expect(day30.firedRules.map((fired) => fired.event.params.stage)).toContain('LEGAL');
    expect(day30.firedRules.find((fired) => fired.event.params.stage === 'LEGAL')!.because).toContain('daysPastAnchor = 30 (>= 30)');
  });

  it('hands every caller a private copy', async () => {
    const set = loadPolicySet(PINNED_RULES_DIR);
    const first = await set.decide('runCollectionCycle', cycleFacts, '2026-03-01');
    first.firedRules[0].event.params.stage = 'TAMPERED';
    first.firedRules[0].because.push('tampered');
    const second = await set.decide('runCollectionCycle', cycleFacts, '2026-03-01');
    expect(second.firedRules[0].event.params.stage).toBe('FORMAL_DEMAND');
    expect(second.firedRules[0].because).not.toContain('tampered');
  });

  it('still reports a missing fact instead of remembering it', async () => {
    const set = loadPolicySet(PINNED_RULES_DIR);
    const { daysPastAnchor: _left, ...missing } = cycleFacts;
    await expect(set.decide('runCollectionCycle', missing as never, '2026-03-01')).rejects.toThrow(/daysPastAnchor/);
  });
});

describe('checking a policy file before it goes live', () => {
  const valid = JSON.parse(readFileSync(pinnedRulesFile('payment-terms.json'), 'utf8'));
  const withRule = (patch: (rule: Record<string, unknown>) => void) => {
    const body = structuredClone(valid);
    patch(body.rules[2]);
    return body;
  };

  it.each([
    ['an unknown fact', withRule((r) => ((r.conditions as { all: { fact: string }[] }).all[0].fact = 'riskTeir')), '/rules/2/conditions/all/0/fact: unknown fact "riskTeir" for issueInvoice'],
    ['an unknown operator', withRule((r) => ((r.conditions as { all: { operator: string }[] }).all[0].operator = 'equals')), '/rules/2/conditions/all/0/operator: unknown operator "equals"'],
    ['an out-of-range term', withRule((r) => ((r.event as { params: { days: number } }).params.days = 900)), '/rules/2/event/params/days: must be <= 365 (got 900)'],
    ['a fractional term', withRule((r) => ((r.event as { params: { days: number } }).params.days = 30.5)), '/rules/2/event/params/days: must be a whole number (got 30.5)'],
    ['an unknown event type', withRule((r) => ((r.event as { type: string }).type = 'set-term')), '/rules/2/event/type: unknown event type "set-term"'],
    ['a duplicate rule name', withRule((r) => (r.name = 'tier-a-term')), '/rules/2/name: duplicate rule name "tier-a-term"'],
    ['a rule with no description', withRule((r) => delete r.description), '/rules/2/description: must say in words what the rule does'],
    ['an unknown mutation', { ...valid, appliesTo: ['issueInvoices'] }, '/appliesTo/0: unknown mutation "issueInvoices"'],
    ['a bad effective date', { ...valid, effectiveFrom: '1 Jan 2027' }, '/effectiveFrom: must be a date as YYYY-MM-DD'],
  ])('refuses %s, naming the JSON path and the reason', (_what, body, problem) => {
    const problems = checkPolicyFile(body);
    expect(problems.join('\n')).toContain(problem);
  });

  it('accepts the pinned file', () => {
    expect(checkPolicyFile(valid)).toEqual([]);
  });

  it('refuses a whole folder when one file is broken, naming the file', () => {
    const dir = copyPinnedRules();
    try {
      writeFileSync(join(dir, 'payment-terms.json'), '{ "name": "payment-terms", ');
      expect(() => loadPolicySet(dir)).toThrow(new RegExp(`${join(dir, 'payment-terms.json')}:1 /: not valid JSON`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('effective dating', () => {
  it('uses the version in force on the business date', async () => {
    const dir = copyPinnedRules();
    try {
      const next = JSON.parse(readFileSync(pinnedRulesFile('payment-terms.json'), 'utf8'));
      next.version = '2027.1';
      next.effectiveFrom = '2027-01-01';
      next.rules[2].event.params.days = 40;
      writeFileSync(join(dir, 'payment-terms@2027-01-01.json'), JSON.stringify(next, null, 2));
      const policies = loadPolicySet(dir);
      const before = await policies.decide('issueInvoice', issueFacts, '2026-12-31');
      const after = await policies.decide('issueInvoice', issueFacts, '2027-01-01');
      expect(before.firedRules[0].event.params.days).toBe(30);
      expect(after.firedRules[0].event.params.days).toBe(40);
      expect(after.policyVersions.find((v) => v.name === 'payment-terms')?.version).toBe('2027.1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
