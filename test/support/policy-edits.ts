/**
 * Edits a risk officer makes to rules/*.json in tests, fixtures included: a policy whose own
 * fixtures no longer hold is refused, exactly as it would be for the officer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Fixture {
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
