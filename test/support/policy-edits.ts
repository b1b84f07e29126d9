/**
 * Edits a risk officer makes to rules/*.json in tests, fixtures included: a policy whose own
 * fixtures no longer hold is refused, exactly as it would be for the officer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Fixture {
  name: string;
  facts: Record<string, unknown>;
  expect: { events?: Array<{ type: string; params?: Record<string, unknown> }> };
}
interface PolicyBody {
  version: string;
  changedBy?: unknown;
  rules: Array<{ name: string; event: { params: Record<string, unknown> } }>;
  tests?: Fixture[];
}

export function editPolicy(rulesDir: string, file: string, edit: (policy: PolicyBody) => void): void {
  const path = join(rulesDir, file);
  const policy = JSON.parse(readFileSync(path, 'utf8')) as PolicyBody;
  edit(policy);
  writeFileSync(path, JSON.stringify(policy, null, 2));
}

/** Gives a tier a new payment term, and updates the fixtures that pin the old one. */
export function setTierTerm(rulesDir: string, tier: string, rule: string, days: number, version: string): void {
  editPolicy(rulesDir, 'payment-terms.json', (policy) => {
    policy.version = version;
    policy.rules.find((candidate) => candidate.name === rule)!.event.params.days = days;
    for (const fixture of policy.tests ?? []) {
      if (fixture.facts.riskTier !== tier) continue;
      for (const event of fixture.expect.events ?? []) if (event.type === 'set-payment-term') event.params = { days };
    }
  });
}

/** Removes a rule and the fixtures of the tier it covered. */
export function removeTierRule(rulesDir: string, tier: string, rule: string): void {
  editPolicy(rulesDir, 'payment-terms.json', (policy) => {
    policy.rules = policy.rules.filter((candidate) => candidate.name !== rule);
    policy.tests = (policy.tests ?? []).filter((fixture) => fixture.facts.riskTier !== tier);
  });
}

/**
 * The worked example of rules/README.md, done as a risk officer does it: tier B gets 45 days instead
 * of 30, and an invoice up to 1,000.00 (not 100.00) over its limit is referred rather than rejected;
 * descriptions and versions follow, and so do the fixtures that pinned the old numbers.
 */
export function applyReadmeWorkedExample(rulesDir: string): void {
  setTierTerm(rulesDir, 'B', 'tier-b-standard-term', 45, '2026.1-worked-example');
  editPolicy(rulesDir, 'payment-terms.json', (policy) => {
    Object.assign(policy.rules.find((rule) => rule.name === 'tier-b-standard-term')!, { description: 'Tier B customers get 45 days.' });
    for (const fixture of policy.tests ?? []) fixture.name = fixture.name.replace('tier B gets 30 days', 'tier B gets 45 days');
  });
  const reason = 'the invoice overshoots the credit limit by up to 1,000.00';
  editPolicy(rulesDir, 'credit-limits.json', (policy) => {
    policy.version = `${policy.version}-worked-example`;
    const rules = policy.rules as unknown as Array<{ name: string; description: string; conditions: { all: Array<{ value: number }> }; event: { params: Record<string, unknown> } }>;
    const reject = rules.find((rule) => rule.name === 'invoice-over-available-limit')!;
    reject.conditions.all[0].value = 100000;
    reject.description = 'An invoice that would take outstanding receivables more than 1,000.00 past the approved credit limit is rejected.';
    const refer = rules.find((rule) => rule.name === 'invoice-slightly-over-limit')!;
    refer.conditions.all[1].value = 100000;
    refer.description = 'An invoice that overshoots the limit by at most 1,000.00 goes to a risk officer.';
    refer.event.params.reason = reason;
    // The officer's fixtures: the referral's reason, and the two edges of the band moved to 1,000.00.
    for (const fixture of policy.tests ?? []) {
      for (const event of fixture.expect.events ?? []) if (event.type === 'refer' && event.params) event.params = { reason };
      const over = fixture.facts.exceedsLimitByMinor;
      if (over !== 10000 && over !== 10001) continue;
      // 900.00 more on the invoice: the same receivables, 900.00 further past the limit.
      Object.assign(fixture.facts, { invoiceAmountMinor: (fixture.facts.invoiceAmountMinor as number) + 90000, exceedsLimitByMinor: over + 90000 });
      fixture.name = fixture.name.replace('100.00', '1,000.00').replace('100.01', '1,000.01');
    }
  });
}
