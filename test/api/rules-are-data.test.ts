/**
 * Rules are data: a risk officer edits rules/*.json, the server restarts, and the next decision
 * follows the new file with no code change. A gap in the policy refers the request, never guesses.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import { DecisionDocument, IssueInvoiceDocument } from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp } from '../support/test-app';

let rulesDir: string;
beforeEach(() => {
  rulesDir = mkdtempSync(join(tmpdir(), 'arbiter-rules-'));
  cpSync('rules', rulesDir, { recursive: true });
});
afterEach(() => rmSync(rulesDir, { recursive: true, force: true }));

function editPaymentTerms(edit: (policy: { rules: Array<{ name: string; event: { params: { days?: number } } }> }) => void) {
  const file = join(rulesDir, 'payment-terms.json');
  const policy = JSON.parse(readFileSync(file, 'utf8'));
  edit(policy);
  writeFileSync(file, JSON.stringify(policy, null, 2));
}

it('changes the due date of the next invoice when a term in payment-terms.json changes and the server restarts', async () => {
  const before = await startTestApp({ rulesDir });
  try {
    const customer = await createCustomer(before, { grade: GRADE_OF_TIER.B });
    const { invoice } = await issueInvoice(before, customer.id, '100.00', { issueDate: '2026-03-01' });
    expect(invoice).toMatchObject({ termDays: 30, dueDate: '2026-03-31' });
  } finally {
    await before.close();
  }

  editPaymentTerms((policy) => {
    policy.rules.find((rule) => rule.name === 'tier-b-standard-term')!.event.params.days = 40;
  });

  const after = await startTestApp({ rulesDir });
  try {
    const customer = await createCustomer(after, { grade: GRADE_OF_TIER.B });
    const { invoice, decision } = await issueInvoice(after, customer.id, '100.00', { issueDate: '2026-03-01' });
    expect(invoice).toMatchObject({ termDays: 40, dueDate: '2026-04-10' });
    expect(decision.firedRules[0].params).toEqual({ days: 40 });
  } finally {
    await after.close();
  }
});

it('refers an invoice whose tier no term rule covers, and writes nothing but the decision', async () => {
  editPaymentTerms((policy) => {
    policy.rules = policy.rules.filter((rule) => rule.name !== 'tier-c-short-term');
  });
  const app = await startTestApp({ rulesDir });
  try {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.C });
    const response = await app.gql(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'GAP-1', amount: '10.00', currency: 'EUR' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'POLICY_REJECTED', outcome: 'REFERRED' });
    expect(response.errors?.[0].message).toMatch(/Invoice GAP-1 was referred for manual review: REFERRED: no payment-term rule covers risk tier C\./);
    expect(await app.orm.em.fork().count(Invoice, {})).toBe(0);
    const { decision } = await app.ok(DecisionDocument, { id: response.errors?.[0].extensions?.decisionId as string });
    expect(decision).toMatchObject({ outcome: 'REFERRED', mutation: 'issueInvoice', subject: 'Invoice GAP-1' });
  } finally {
    await app.close();
  }
});

it('refuses to start on a broken policy file, naming the file, path and reason', async () => {
  editPaymentTerms((policy) => {
    policy.rules[0].event.params.days = 900;
  });
  await expect(startTestApp({ rulesDir })).rejects.toThrow(
    `${join(rulesDir, 'payment-terms.json')} /rules/0/event/params/days: must be <= 365 (got 900)`,
  );
});
