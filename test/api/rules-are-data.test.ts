/**
 * Rules are data: a risk officer edits rules/*.json (here a copy of the pinned test/rules/), the
 * server restarts, and the next decision follows the new file with no code change. A gap in the
 * policy refers the request, never guesses.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../../src/app/actor';
import { Invoice, InvoiceStatus } from '../../src/modules/invoice/invoice.entity';
import { Referral } from '../../src/modules/referral/referral.entity';
import { ApproveReferralDocument, DecisionDocument, IssueInvoiceDocument } from '../generated/graphql';
import { copyPinnedRules } from '../support/pinned-rules';
import { editPolicy, removeTierRule, setTierTerm } from '../support/policy-edits';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp } from '../support/test-app';

let rulesDir: string;
beforeEach(() => {
  rulesDir = copyPinnedRules();
});
afterEach(() => rmSync(rulesDir, { recursive: true, force: true }));

it('changes the due date of the next invoice when a term in payment-terms.json changes and the server restarts', async () => {
  const before = await startTestApp({ rulesDir });
  try {
    const customer = await createCustomer(before, { grade: GRADE_OF_TIER.B });
    const { invoice } = await issueInvoice(before, customer.id, '100.00', { issueDate: '2026-03-01' });
    expect(invoice).toMatchObject({ termDays: 30, dueDate: '2026-03-31' });
  } finally {
    await before.close();
  }

  setTierTerm(rulesDir, 'B', 'tier-b-standard-term', 40, '2026.2');

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

it('refers an invoice whose tier no term rule covers: held for a person, who cannot release it without a term rule', async () => {
  removeTierRule(rulesDir, 'C', 'tier-c-short-term');
  const app = await startTestApp({ rulesDir });
  try {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.C });
    const { issueInvoice } = await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'GAP-1', amount: '10.00', currency: 'EUR' } });
    expect(issueInvoice.invoice).toMatchObject({ status: 'ON_HOLD' });
    expect(issueInvoice.decision.explanation).toMatch(/^REFERRED: no payment-term rule covers risk tier C\./);
    expect(await app.orm.em.fork().count(Invoice, { status: { $ne: InvoiceStatus.ON_HOLD } })).toBe(0);
    const { decision } = await app.ok(DecisionDocument, { id: issueInvoice.decision.id });
    expect(decision).toMatchObject({ outcome: 'REFERRED', mutation: 'issueInvoice', subject: 'Invoice GAP-1' });
    // No term to release it on: the approver is told to fix the policy or decline; it stays held.
    const referral = await app.orm.em.fork().findOneOrFail(Referral, { invoice: issueInvoice.invoice.id });
    const approval = await app.gql(ApproveReferralDocument, { id: referral.id }, { role: Role.RISK_OFFICER });
    expect(approval.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(approval.errors?.[0].message).toMatch(/no payment-term rule covers risk tier C .*rules\/payment-terms\.json.*decline/);
    expect(await app.orm.em.fork().count(Invoice, { status: InvoiceStatus.ON_HOLD })).toBe(1);
  } finally {
    await app.close();
  }
});

it('refuses to start on a broken policy file, naming the file, path and reason', async () => {
  editPolicy(rulesDir, 'payment-terms.json', (policy) => {
    policy.rules[0].event.params.days = 900;
  });
  await expect(startTestApp({ rulesDir })).rejects.toThrow(
    new RegExp(`${join(rulesDir, 'payment-terms.json')}:\\d+ /rules/0/event/params/days: must be <= 365 \\(got 900\\)`),
  );
});
