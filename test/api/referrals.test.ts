/**
 * Referrals through the real server: the inbox (filter, order, mayApprove), four eyes, two approvals,
 * decline, withdraw, their CONFLICT and FORBIDDEN answers, and partners seeing none of it. The credit
 * authority is the pinned test/rules/credit-authority.json: a risk officer up to EUR 50,000.00, a credit
 * manager up to 250,000.00, two credit managers above; a held invoice due in 2 business days, others in 5.
 *
 * Every referral here is opened by the referred mutation itself (issueInvoice, writeOffInvoice,
 * requestCreditLimit): the pipeline holds the request and opens its referral. What approving carries
 * out, mutation by mutation, is test/api/referral-holds.test.ts.
 */
import { Role } from '../../src/app/actor';
import { heldWriteOffApplier } from '../../src/modules/invoice';
import { registerReferralApplier, unregisterReferralApplier } from '../../src/modules/referral/referral-appliers';
import {
  ApproveReferralDocument,
  CustomerCreditLimitDocument,
  HeldInvoiceDocument,
  IssueHeldInvoiceDocument,
  CustomerReferralsDocument,
  DecisionReplayDocument,
  DeclineReferralDocument,
  GrantPartnerAccessDocument,
  InvoiceReferralDocument,
  ReferralDocument,
  ReferralsDocument,
  RequestHeldCreditLimitDocument,
  WithdrawReferralDocument,
  WriteOffHeldInvoiceDocument,
} from '../generated/graphql';
import { createCustomer, issueInvoice } from '../support/scenarios';
import { asPeople, type Person } from '../support/people';
import { startTestApp, TEST_PARTNER_ORGANISATION, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(); // 2026-03-02, a Monday, 09:00Z
});
afterAll(() => app.close());

/** People, each with a token of their own (test/support/people.ts): four eyes are about persons, not roles. */
let as: (who: Person) => { headers: Record<string, string> };
beforeAll(async () => {
  as = await asPeople();
});

/** A write-off `who` asks for through writeOffInvoice before the legal stage: the policy refers it. Returns the referral id. */
async function referWriteOff(invoiceId: string, who: Person): Promise<string> {
  const { writeOffInvoice } = await app.ok(WriteOffHeldInvoiceDocument, { input: { invoiceId, reason: 'the buyer stopped answering' } }, as(who));
  expect(writeOffInvoice).toMatchObject({ invoice: { status: 'OPEN', writtenOff: '0.00' }, decision: { outcome: 'REFERRED', referral: { state: 'OPEN' } } });
  return writeOffInvoice.decision.referral!.id;
}

let heldSequence = 0;

/**
 * An invoice the policy refers, sent by `who` through issueInvoice: 0.01 over the customer's
 * credit limit (the pinned credit-limits.json refers up to 100.00 over). Returns the referral id.
 */
async function holdInvoice(customerId: string, who: Person): Promise<{ referralId: string; invoiceId: string; amount: string }> {
  const { customer } = await app.ok(CustomerCreditLimitDocument, { id: customerId }, { role: Role.VIEWER });
  const limitMinor = Math.round(Number(customer.exposure.available) * 100);
  const amount = ((limitMinor + 1) / 100).toFixed(2);
  heldSequence += 1;
  const { issueInvoice } = await app.ok(IssueHeldInvoiceDocument, { input: { customerId, number: `HELD-${process.pid}-${heldSequence}`, amount, currency: 'EUR' } }, as(who));
  expect(issueInvoice.decision).toMatchObject({ outcome: 'REFERRED', referral: { state: 'OPEN' } });
  expect(issueInvoice.invoice).toMatchObject({ status: 'ON_HOLD', referral: { id: issueInvoice.decision.referral!.id } });
  return { referralId: issueInvoice.decision.referral!.id, invoiceId: issueInvoice.invoice.id, amount };
}

/** A limit request `who` sends through requestCreditLimit that the policy refers (above 3 times monthly sales). Returns the referral id. */
async function referLimit(customerId: string, amount: string, who: Person): Promise<string> {
  const { requestCreditLimit } = await app.ok(RequestHeldCreditLimitDocument, { input: { customerId, amount } }, as(who));
  expect(requestCreditLimit).toMatchObject({ outcome: 'REFERRED', limitDecision: { kind: 'REFERRED' }, decision: { outcome: 'REFERRED', referral: { state: 'OPEN' } } });
  return requestCreditLimit.decision.referral!.id;
}

/** A customer with an invoice, a write-off of it referred by rita (1,000.00: a risk officer's), a held invoice of 60,000.00 by otto (a credit manager's), and a limit of 1,200,000.01 by rita (above 3 times monthly sales; two credit managers). */
async function referralsOfOneCustomer() {
  // Monthly sales of 400,000.00: a first line of 60,000.00 (15%), so the held invoice is a credit manager's.
  const customer = await createCustomer(app, { monthlySales: '400000.00' });
  const { invoice } = await issueInvoice(app, customer.id, '1000.00');
  const writeOff = await referWriteOff(invoice.id, 'rita');
  const { referralId: heldInvoice } = await holdInvoice(customer.id, 'otto');
  const largeLimit = await referLimit(customer.id, '1200000.01', 'rita');
  return { customer, invoice, writeOff, heldInvoice, largeLimit };
}

const codesOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.map((error) => error.extensions?.code);

it('holds a referred request with its reasons, facts, decision, authority and due time, and the authority decisions replay', async () => {
  const { customer, invoice, writeOff, heldInvoice, largeLimit } = await referralsOfOneCustomer();
  const { referral } = await app.ok(ReferralDocument, { id: writeOff }, { role: Role.VIEWER });
  expect(referral).toMatchObject({
    mutation: 'writeOffInvoice',
    subject: { type: 'INVOICE', id: invoice.id },
    customerId: customer.id,
    invoiceId: invoice.id,
    requestedBy: 'rita',
    state: 'OPEN',
    amount: '1000.00',
    currency: 'EUR',
    facts: { outstandingMinor: 100_000, collectionStage: 'NONE', daysPastDue: expect.any(Number), riskTier: expect.any(String) },
    heldRequest: { invoiceId: invoice.id, reason: 'the buyer stopped answering' },
    decision: { outcome: 'REFERRED' },
    requiredAuthority: { level: 'RISK_OFFICER', approvals: 1, dueInBusinessDays: 5, policyGap: null },
    dueAt: '2026-03-09T09:00:00.000Z', // Monday + 5 business days
    approvals: [],
    approvalsMissing: 1,
    mayApprove: false, // a viewer has no credit authority
    resolution: null,
  });
  expect(referral.reasons).toEqual([expect.objectContaining({ policy: 'write-offs', rule: 'refer-write-off-before-legal-stage', event: 'refer' })]);
  expect(referral.reasons[0].params.reason).toMatch(/legal action/);

  const held = (await app.ok(ReferralDocument, { id: heldInvoice }, { role: Role.VIEWER })).referral;
  expect(held).toMatchObject({ subject: { type: 'INVOICE' }, mutation: 'issueInvoice', requestedBy: 'otto', requiredAuthority: { level: 'CREDIT_MANAGER', approvals: 1, dueInBusinessDays: 2 }, dueAt: '2026-03-04T09:00:00.000Z' });
  const large = (await app.ok(ReferralDocument, { id: largeLimit }, { role: Role.VIEWER })).referral;
  expect(large.requiredAuthority).toMatchObject({ level: 'CREDIT_MANAGER', approvals: 2, dueInBusinessDays: 5 });

  // Each authority decision is an ordinary stored decision: replayed under its own policy versions.
  for (const id of [...referral.requiredAuthority.decisionIds, ...large.requiredAuthority.decisionIds]) {
    const { decision } = await app.ok(DecisionReplayDocument, { id }, { role: Role.RISK_OFFICER });
    expect(decision.replay.matches).toBe(true);
  }

  // The invoice and the customer show their referrals (staff only).
  expect((await app.ok(InvoiceReferralDocument, { id: invoice.id }, { role: Role.VIEWER })).invoice.referral).toMatchObject({ id: writeOff, state: 'OPEN' });
  const { customer: withReferrals } = await app.ok(CustomerReferralsDocument, { id: customer.id }, { role: Role.VIEWER });
  expect(withReferrals.referrals.edges.map(({ node }) => node.id)).toEqual([heldInvoice, ...[writeOff, largeLimit].sort()]);
  expect(withReferrals.referrals.totalCount).toBe(3);
});

it('counts business days: a held invoice referred on a Friday is due on Tuesday', async () => {
  app.clock.set('2026-03-06T15:30:00Z');
  try {
    const customer = await createCustomer(app);
    const { referralId: id } = await holdInvoice(customer.id, 'otto');
    expect((await app.ok(ReferralDocument, { id }, { role: Role.VIEWER })).referral.dueAt).toBe('2026-03-10T15:30:00.000Z');
  } finally {
    app.clock.set('2026-03-02T09:00:00Z');
  }
});

describe('the inbox', () => {
  it('lists by due time then id, filtered by state, mutation and customer, and mayApprove by authority and four eyes', async () => {
    const { customer, writeOff, heldInvoice, largeLimit } = await referralsOfOneCustomer();
    const ofCustomer = { customerId: customer.id };
    const ids = async (filter: Record<string, unknown>, who: Person = 'vera') =>
      (await app.ok(ReferralsDocument, { filter: { ...ofCustomer, ...filter } }, as(who))).referrals.edges.map(({ node }) => node.id);

    const sameDue = [writeOff, largeLimit].sort(); // both due 03-09 09:00: by id
    expect(await ids({})).toEqual([heldInvoice, ...sameDue]); // the held invoice is due 03-04
    expect(await ids({ mutation: 'writeOffInvoice' })).toEqual([writeOff]);
    expect(await ids({ state: 'DECLINED' })).toEqual([]);

    // rita asked for the write-off and the limit; rolf is a risk officer: only the write-off is within his authority.
    expect(await ids({ mayApprove: true }, 'rita')).toEqual([]);
    expect(await ids({ mayApprove: true }, 'rolf')).toEqual([writeOff]);
    expect(await ids({ mayApprove: false }, 'rolf')).toEqual([heldInvoice, largeLimit]);
    expect(await ids({ mayApprove: true }, 'anna')).toEqual([heldInvoice, ...sameDue]);
    expect(await ids({ mayApprove: true }, 'vera')).toEqual([]);
    // otto asked for the held invoice: a credit manager may approve the rest but otto none.
    expect(await ids({ mayApprove: true }, 'otto')).toEqual([]);

    const asAnna = (await app.ok(ReferralsDocument, { filter: ofCustomer }, as('anna'))).referrals.edges.map(({ node }) => node.mayApprove);
    expect(asAnna).toEqual([true, true, true]);
  });

  it('pages with cursors and refuses a forged one', async () => {
    const { customer } = await referralsOfOneCustomer();
    const first = await app.ok(ReferralsDocument, { filter: { customerId: customer.id }, first: 2 }, { role: Role.VIEWER });
    expect(first.referrals.edges).toHaveLength(2);
    expect(first.referrals.pageInfo.hasNextPage).toBe(true);
    const next = await app.ok(ReferralsDocument, { filter: { customerId: customer.id }, first: 2, after: first.referrals.pageInfo.endCursor }, { role: Role.VIEWER });
    expect(next.referrals.edges).toHaveLength(1);
    const forged = await app.gql(ReferralsDocument, { after: Buffer.from(JSON.stringify([{ $ne: null }, 'x'])).toString('base64url') }, { role: Role.VIEWER });
    expect(codesOf(forged)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await app.gql(ReferralsDocument, { filter: { customerId: 'not-an-id' } }, { role: Role.VIEWER }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('deciding', () => {
  it('four eyes: the requester never approves, a role below the level cannot, one approval per person', async () => {
    const { writeOff, heldInvoice } = await referralsOfOneCustomer();
    const own = await app.gql(ApproveReferralDocument, { id: writeOff }, as('rita'));
    expect(codesOf(own)).toEqual(['FORBIDDEN']);
    expect(own.errors?.[0].message).toMatch(/yourself: another person with the credit authority must approve it \(four eyes\); withdraw it/);

    const below = await app.gql(ApproveReferralDocument, { id: heldInvoice }, as('rolf'));
    expect(codesOf(below)).toEqual(['FORBIDDEN']);
    expect(below.errors?.[0].message).toMatch(/needs the credit authority of CREDIT_MANAGER or above .* the role RISK_OFFICER does not reach it: leave it to a credit manager/);

    expect(codesOf(await app.gql(ApproveReferralDocument, { id: writeOff }, as('otto')))).toEqual(['FORBIDDEN']); // an operator decides no referral
    expect(codesOf(await app.gql(ApproveReferralDocument, { id: '00000000-0000-4000-8000-000000000000' }, as('rolf')))).toEqual(['NOT_FOUND']);

    const { approveReferral } = await app.ok(ApproveReferralDocument, { id: writeOff, note: 'insolvency filed, nothing to collect' }, as('rolf'));
    expect(approveReferral).toMatchObject({ approvalsMissing: 0, applied: true }); // written off (test/api/referral-holds.test.ts)
    expect(approveReferral.referral).toMatchObject({
      state: 'APPROVED',
      approvals: [{ approverId: 'rolf', role: 'RISK_OFFICER', note: 'insolvency filed, nothing to collect' }],
      resolution: { state: 'APPROVED', by: 'rolf', applied: true, appliedAt: '2026-03-02T09:00:00.000Z' },
      mayApprove: false,
    });
    const again = await app.gql(ApproveReferralDocument, { id: writeOff }, as('anna'));
    expect(codesOf(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0].message).toMatch(/is APPROVED by rolf at .*: only an OPEN referral can be decided/);
  });

  it('two approvals by different credit managers above 250,000.00', async () => {
    const { largeLimit } = await referralsOfOneCustomer();
    const first = await app.ok(ApproveReferralDocument, { id: largeLimit }, as('anna'));
    expect(first.approveReferral).toMatchObject({ approvalsMissing: 1, applied: false, referral: { state: 'OPEN', approvalsMissing: 1, mayApprove: false, resolution: null } });

    const twice = await app.gql(ApproveReferralDocument, { id: largeLimit }, as('anna'));
    expect(codesOf(twice)).toEqual(['CONFLICT']);
    expect(twice.errors?.[0].message).toMatch(/You approved referral .* already .* it needs 1 more approval\(s\) by other people/);

    expect((await app.ok(ReferralDocument, { id: largeLimit }, as('ben'))).referral.mayApprove).toBe(true);
    app.clock.set('2026-03-02T11:00:00Z'); // ben looks two hours later
    try {
      const second = await app.ok(ApproveReferralDocument, { id: largeLimit, note: 'seen the accounts' }, as('ben'));
      // With the second approval the limit asked is granted (requestCreditLimit's applier; test/api/referral-holds.test.ts).
      expect(second.approveReferral).toMatchObject({
        approvalsMissing: 0,
        applied: true,
        referral: { state: 'APPROVED', resolution: { by: 'ben', at: '2026-03-02T11:00:00.000Z', note: 'seen the accounts', applied: true, applyResult: { creditLimit: '1200000.01' } } },
      });
      expect(second.approveReferral.referral.approvals.map((approval) => [approval.approverId, approval.createdAt])).toEqual([
        ['anna', '2026-03-02T09:00:00.000Z'],
        ['ben', '2026-03-02T11:00:00.000Z'],
      ]);
    } finally {
      app.clock.set('2026-03-02T09:00:00Z');
    }
  });

  it('approves honestly what no applier carries out: APPROVED, applied false, nothing changed', async () => {
    const { writeOff, invoice } = await referralsOfOneCustomer();
    unregisterReferralApplier('writeOffInvoice');
    try {
      const { approveReferral } = await app.ok(ApproveReferralDocument, { id: writeOff }, as('rolf'));
      expect(approveReferral).toMatchObject({ applied: false, referral: { state: 'APPROVED', resolution: { applied: false, appliedAt: null, applyResult: null } } });
      expect((await app.ok(HeldInvoiceDocument, { id: invoice.id }, { role: Role.VIEWER })).invoice).toMatchObject({ status: 'OPEN', outstanding: '1000.00' });
    } finally {
      registerReferralApplier('writeOffInvoice', heldWriteOffApplier);
    }
  });

  it('decline: with a reason, by someone who could approve, never the requester; once', async () => {
    const { writeOff, heldInvoice } = await referralsOfOneCustomer();
    expect(codesOf(await app.gql(DeclineReferralDocument, { id: writeOff, reason: 'no' }, as('rita')))).toEqual(['FORBIDDEN']);
    expect(codesOf(await app.gql(DeclineReferralDocument, { id: heldInvoice, reason: 'no' }, as('rolf')))).toEqual(['FORBIDDEN']);
    expect(codesOf(await app.gql(DeclineReferralDocument, { id: writeOff, reason: '   ' }, as('rolf')))).toEqual(['BAD_USER_INPUT']);

    const { declineReferral } = await app.ok(DeclineReferralDocument, { id: heldInvoice, reason: 'the customer is already over its limit twice this month' }, as('anna'));
    expect(declineReferral.referral).toMatchObject({ state: 'DECLINED', resolution: { state: 'DECLINED', by: 'anna', note: 'the customer is already over its limit twice this month', applied: false } });
    expect(codesOf(await app.gql(DeclineReferralDocument, { id: heldInvoice, reason: 'again' }, as('ben')))).toEqual(['CONFLICT']);
    expect(codesOf(await app.gql(ApproveReferralDocument, { id: heldInvoice }, as('ben')))).toEqual(['CONFLICT']);
  });

  it('races: one approval per person when it is sent twice at once; approve and decline at once, one of them wins', async () => {
    const { largeLimit, writeOff } = await referralsOfOneCustomer();
    const twice = await Promise.all([app.gql(ApproveReferralDocument, { id: largeLimit }, as('anna')), app.gql(ApproveReferralDocument, { id: largeLimit }, as('anna'))]);
    expect(twice.map(codesOf).sort()).toEqual([['CONFLICT'], undefined]);
    expect((await app.ok(ReferralDocument, { id: largeLimit }, as('vera'))).referral).toMatchObject({ state: 'OPEN', approvalsMissing: 1 });

    const both = await Promise.all([app.gql(ApproveReferralDocument, { id: writeOff }, as('rolf')), app.gql(DeclineReferralDocument, { id: writeOff, reason: 'no' }, as('anna'))]);
    expect(both.map(codesOf).filter((codes) => codes === undefined)).toHaveLength(1);
    expect(both.map(codesOf).flat().filter(Boolean)).toEqual(['CONFLICT']);
  });

  it('withdraw: by the requester only, while OPEN', async () => {
    const { writeOff } = await referralsOfOneCustomer();
    const other = await app.gql(WithdrawReferralDocument, { id: writeOff }, as('rolf'));
    expect(codesOf(other)).toEqual(['FORBIDDEN']);
    expect(other.errors?.[0].message).toMatch(/Only the requester \(rita\) may withdraw .* decline it with declineReferral/);
    const { withdrawReferral } = await app.ok(WithdrawReferralDocument, { id: writeOff, note: 'the customer paid after all' }, as('rita'));
    expect(withdrawReferral.referral).toMatchObject({ state: 'WITHDRAWN', resolution: { by: 'rita', note: 'the customer paid after all' } });
    expect(codesOf(await app.gql(WithdrawReferralDocument, { id: writeOff }, as('rita')))).toEqual(['CONFLICT']);
  });
});

it('shows partners nothing of referrals, not even of their own customers', async () => {
  const { customer, invoice, writeOff } = await referralsOfOneCustomer();
  await app.ok(GrantPartnerAccessDocument, { input: { customerId: customer.id, organisationId: TEST_PARTNER_ORGANISATION } }, { role: Role.ADMIN });
  const partner = { role: Role.PARTNER };
  expect(codesOf(await app.gql(ReferralsDocument, {}, partner))).toEqual(['FORBIDDEN']);
  expect(codesOf(await app.gql(ReferralDocument, { id: writeOff }, partner))).toEqual(['FORBIDDEN']);
  expect(codesOf(await app.gql(CustomerReferralsDocument, { id: customer.id }, partner))).toEqual(['FORBIDDEN']);
  expect(codesOf(await app.gql(InvoiceReferralDocument, { id: invoice.id }, partner))).toEqual(['FORBIDDEN']);
  expect(codesOf(await app.gql(ApproveReferralDocument, { id: writeOff }, partner))).toEqual(['FORBIDDEN']);
  expect(codesOf(await app.gql(WithdrawReferralDocument, { id: writeOff }, partner))).toEqual(['FORBIDDEN']);
});
