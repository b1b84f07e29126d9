/** Invoices and payments over HTTP: terms and limits from the policy, refusals recorded, payments allocated. */
import { Customer, CustomerStatus } from '../../src/modules/customer/customer.entity';
import { Claim, ClaimCause } from '../../src/modules/claim/claim.entity';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import {
  IssueHeldInvoiceDocument,
  ClaimDocument,
  ClaimsDocument,
  CustomerDocument,
  CustomerInvoicesPageDocument,
  DecisionDocument,
  InvoiceDocument,
  InvoicesDocument,
  IssueInvoiceDocument,
  RecordPaymentDocument,
} from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, TEST_TODAY, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const invoiceCount = () => app.orm.em.fork().count(Invoice, {});

describe('issueInvoice', () => {
  it.each([
    ['A', '2015-01-01', 60, 'payment-terms/tier-a-long-standing-term'],
    ['A', '2025-06-01', 45, 'payment-terms/tier-a-term'],
    ['B', '2020-01-01', 30, 'payment-terms/tier-b-standard-term'],
    ['C', '2020-01-01', 15, 'payment-terms/tier-c-short-term'],
  ] as const)('gives tier %s (customer since %s) a %i-day term from rules/payment-terms.json', async (tier, since, days, rule) => {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER[tier], relationshipStart: since });
    const { invoice, decision } = await issueInvoice(app, customer.id, '1000.00', { issueDate: '2026-02-10' });
    expect(invoice).toMatchObject({ termDays: days, issueDate: '2026-02-10', status: 'OPEN', collectionStage: 'NONE', amount: '1000.00', outstanding: '1000.00' });
    expect(invoice.dueDate).toBe(new Date(Date.parse('2026-02-10') + days * 86_400_000).toISOString().slice(0, 10));
    expect(decision.outcome).toBe('APPROVED');
    expect(decision.firedRules.map((r) => `${r.policy}/${r.rule}`)).toEqual([rule]);
    expect(decision.firedRules[0]).toMatchObject({ event: 'set-payment-term', params: { days } });
    expect(decision.explanation).toContain(`Term ${days} days: ${rule.replace('/', ' / ')} fired because riskTier = ${tier}`);
    expect(decision.businessDate).toBe('2026-02-10');
  });

  it('issues a tier D invoice as prepayment: due on issue, outcome REQUIRES_PREPAYMENT', async () => {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.D });
    const { invoice, decision } = await issueInvoice(app, customer.id, '500.00');
    expect(invoice).toMatchObject({ termDays: 0, issueDate: TEST_TODAY, dueDate: TEST_TODAY });
    expect(decision.outcome).toBe('REQUIRES_PREPAYMENT');
  });

  it('rejects an invoice far over the available limit with POLICY_REJECTED, holds a small overshoot for a referral, and keeps the decisions', async () => {
    const customer = await createCustomer(app, { monthlySales: '10000.00', grade: 5 }); // limit 1,500.00
    await issueInvoice(app, customer.id, '1000.00');
    const before = await invoiceCount();

    // 100.01 over the limit: past the referral band of rules/credit-limits.json, rejected.
    const response = await app.gql(IssueInvoiceDocument, {
      input: { customerId: customer.id, number: `OVER-${Date.now()}`, amount: '600.01', currency: 'EUR' },
    });
    const error = response.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'POLICY_REJECTED', outcome: 'REJECTED' });
    expect(error?.message).toMatch(/was rejected by the credit policy: the invoice exceeds the available credit limit \(credit-limits \/ invoice-over-available-limit\)/);
    expect(await invoiceCount()).toBe(before);

    const { decision } = await app.ok(DecisionDocument, { id: error?.extensions?.decisionId as string });
    expect(decision.outcome).toBe('REJECTED');
    expect(decision.facts).toMatchObject({ creditLimitMinor: 150000, outstandingMinor: 100000, invoiceAmountMinor: 60001, exceedsLimitByMinor: 10001 });
    expect(decision.explanation).toContain('exceedsLimitByMinor = 10001 (> 10000)');

    // 0.01 over the limit: a person decides; the invoice is held for the referral (issue 15), not issued.
    const small = await app.ok(IssueHeldInvoiceDocument, {
      input: { customerId: customer.id, number: `SLIGHTLY-${Date.now()}`, amount: '500.01', currency: 'EUR' },
    });
    expect(small.issueInvoice.decision).toMatchObject({ outcome: 'REFERRED', referral: { state: 'OPEN' } });
    expect(small.issueInvoice.invoice).toMatchObject({ status: 'ON_HOLD' });
    expect(await invoiceCount()).toBe(before + 1);

    const { customer: after } = await app.ok(CustomerDocument, { id: customer.id });
    expect(after.exposure).toMatchObject({ outstanding: '1000.00', available: '500.00', utilization: 0.6667 });
    // Exactly up to the limit is fine.
    const { invoice } = await issueInvoice(app, customer.id, '500.00');
    expect(invoice.amount).toBe('500.00');
  });

  it('refuses new credit while supply is suspended (rules/collections.json)', async () => {
    const customer = await createCustomer(app);
    await app.orm.em.fork().nativeUpdate(Customer, { id: customer.id }, { status: CustomerStatus.SUPPLY_SUSPENDED });
    const response = await app.gql(IssueInvoiceDocument, { input: { customerId: customer.id, number: `SUSP-${Date.now()}`, amount: '10.00', currency: 'EUR' } });
    expect(response.errors?.[0].extensions?.code).toBe('POLICY_REJECTED');
    expect(response.errors?.[0].message).toMatch(/supply to this customer is suspended/);
  });

  it.each([
    [{ amount: '0.00' }, 'BAD_USER_INPUT', /amount must be greater than zero/],
    [{ amount: '-10.00' }, 'BAD_USER_INPUT', /amount must be greater than zero/],
    [{ amount: '10.001' }, 'BAD_USER_INPUT', /more decimals than EUR allows/],
    [{ currency: 'USD' }, 'BAD_USER_INPUT', /currency USD differs from the account currency EUR/],
    [{ currency: 'ZZZ' }, 'BAD_USER_INPUT', /currency must be an ISO 4217 code/],
    [{ issueDate: '2026-03-03' }, 'BAD_USER_INPUT', /issueDate 2026-03-03 is in the future/],
    [{ issueDate: '2026-02-30' }, 'BAD_USER_INPUT', /LocalDate|2026-02-30/],
    [{ number: 'has spaces' }, 'BAD_USER_INPUT', /number may contain/],
    [{ customerId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', /Customer 00000000-0000-4000-8000-000000000000 does not exist/],
    [{ customerId: 'nope' }, 'NOT_FOUND', /Customer nope does not exist/],
  ])('refuses %o (%s) and writes nothing', async (overrides, code, message) => {
    const customer = await createCustomer(app);
    const before = await invoiceCount();
    const response = await app.gql(IssueInvoiceDocument, {
      input: { customerId: customer.id, number: `BAD-${Date.now()}`, amount: '10.00', currency: 'EUR', ...overrides },
    });
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.errors?.[0].message).toMatch(message);
    expect(await invoiceCount()).toBe(before);
  });

  it('refuses a reused invoice number with CONFLICT', async () => {
    const customer = await createCustomer(app);
    const { invoice } = await issueInvoice(app, customer.id, '10.00');
    const response = await app.gql(IssueInvoiceDocument, { input: { customerId: customer.id, number: invoice.number, amount: '10.00', currency: 'EUR' } });
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0].message).toBe(`Invoice number ${invoice.number} is already used`);
  });
});

describe('recordPayment', () => {
  it('allocates partial then full payments, updates status, outstanding and exposure', async () => {
    const customer = await createCustomer(app, { monthlySales: '100000.00', grade: 5 });
    const { invoice } = await issueInvoice(app, customer.id, '1000.00', { issueDate: '2026-01-05' });

    const partial = await app.ok(RecordPaymentDocument, {
      input: { invoiceId: invoice.id, amount: '400.00', currency: 'EUR', receivedOn: '2026-02-10', reference: 'SEPA-1' },
    });
    expect(partial.recordPayment.payment).toMatchObject({ amount: '400.00', currency: 'EUR', receivedOn: '2026-02-10', reference: 'SEPA-1', invoice: { number: invoice.number } });
    expect(partial.recordPayment.invoice).toMatchObject({ outstanding: '600.00', status: 'PARTLY_PAID' });
    expect(partial.recordPayment.decision).toMatchObject({ mutation: 'recordPayment', outcome: 'APPROVED' });
    expect(partial.recordPayment.decision.facts).toMatchObject({ paymentAmountMinor: 40000, invoiceOutstandingMinor: 100000, daysPastDue: 6, settlesInvoice: false });

    let { customer: afterPartial } = await app.ok(CustomerDocument, { id: customer.id });
    expect(afterPartial.exposure.outstanding).toBe('600.00');

    const full = await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '600.00', currency: 'EUR' } });
    expect(full.recordPayment.invoice).toMatchObject({ outstanding: '0.00', status: 'PAID', collectionStage: 'NONE' });
    expect(full.recordPayment.invoice.payments.map((p) => p.amount)).toEqual(['400.00', '600.00']);
    ({ customer: afterPartial } = await app.ok(CustomerDocument, { id: customer.id }));
    expect(afterPartial.exposure.outstanding).toBe('0.00');

    const again = await app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '1.00', currency: 'EUR' } });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].message).toMatch(/is paid; it takes no more payments/);
  });

  it.each([
    [{ amount: '1000.01' }, 'BAD_USER_INPUT', /Payment of 1000.01 EUR exceeds the outstanding 1000.00 EUR/],
    [{ amount: '0' }, 'BAD_USER_INPUT', /amount must be greater than zero/],
    [{ currency: 'GBP' }, 'BAD_USER_INPUT', /currency GBP differs from invoice/],
    [{ receivedOn: '2026-03-05' }, 'BAD_USER_INPUT', /receivedOn 2026-03-05 is in the future/],
    [{ receivedOn: '2025-01-01' }, 'BAD_USER_INPUT', /receivedOn 2025-01-01 is before invoice/],
    [{ invoiceId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', /Invoice 00000000-0000-4000-8000-000000000000 does not exist/],
  ])('refuses %o (%s) and leaves the invoice as it was', async (overrides, code, message) => {
    const customer = await createCustomer(app);
    const { invoice } = await issueInvoice(app, customer.id, '1000.00');
    const response = await app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '10.00', currency: 'EUR', ...overrides } });
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.errors?.[0].message).toMatch(message);
    const { invoice: unchanged } = await app.ok(InvoiceDocument, { id: invoice.id });
    expect(unchanged).toMatchObject({ outstanding: '1000.00', status: 'OPEN', version: 1, payments: [] });
  });
});

describe('invoice queries', () => {
  it('computes daysPastDue as of a date, 0 before due and once paid', async () => {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.C }); // 15-day term
    const { invoice } = await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-02-01' }); // due 2026-02-16
    const at = async (asOf?: string) => (await app.ok(InvoiceDocument, { id: invoice.id, asOf })).invoice.daysPastDue;
    expect(await at('2026-02-16')).toBe(0);
    expect(await at('2026-02-20')).toBe(4);
    expect(await at()).toBe(14); // the clock's business date, 2026-03-02
    await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '100.00', currency: 'EUR' } });
    expect(await at('2026-02-20')).toBe(0);
  });

  it('filters invoices by customer, status and overdueAsOf, and pages them', async () => {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.C, monthlySales: '1000000.00' });
    const old = await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-02' }); // due 01-17
    const mid = await issueInvoice(app, customer.id, '200.00', { issueDate: '2026-01-20' }); // due 02-04
    await issueInvoice(app, customer.id, '300.00', { issueDate: '2026-03-01' }); // not due
    await app.ok(RecordPaymentDocument, { input: { invoiceId: mid.invoice.id, amount: '50.00', currency: 'EUR' } });

    const all = await app.ok(InvoicesDocument, { first: 2, filter: { customerId: customer.id } });
    expect(all.invoices.totalCount).toBe(3);
    expect(all.invoices.edges.map((e) => e.node.issueDate)).toEqual(['2026-03-01', '2026-01-20']);
    const next = await app.ok(InvoicesDocument, { first: 2, after: all.invoices.pageInfo.endCursor, filter: { customerId: customer.id } });
    expect(next.invoices.edges.map((e) => e.node.issueDate)).toEqual(['2026-01-02']);
    expect(next.invoices.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const overdue = await app.ok(InvoicesDocument, { filter: { customerId: customer.id, overdueAsOf: '2026-02-10' } });
    expect(overdue.invoices.edges.map((e) => e.node.number)).toEqual([old.invoice.number, mid.invoice.number]);
    const partlyPaid = await app.ok(InvoicesDocument, { filter: { customerId: customer.id, status: 'PARTLY_PAID' } });
    expect(partlyPaid.invoices.edges.map((e) => e.node.number)).toEqual([mid.invoice.number]);

    const badFilter = await app.gql(InvoicesDocument, { filter: { customerId: 'x' } });
    expect(badFilter.errors?.[0]).toMatchObject({ message: 'filter.customerId "x" is not a valid id', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("pages a customer's nested invoices with status filter, cursors and totalCount", async () => {
    const customer = await createCustomer(app, { monthlySales: '1000000.00' });
    const numbers: string[] = [];
    for (let day = 1; day <= 5; day += 1) numbers.push((await issueInvoice(app, customer.id, '10.00', { issueDate: `2026-02-0${day}` })).invoice.number);
    await app.ok(RecordPaymentDocument, { input: { invoiceId: (await findInvoice(numbers[0])).id, amount: '10.00', currency: 'EUR' } });

    const first = await app.ok(CustomerInvoicesPageDocument, { id: customer.id, first: 2 });
    expect(first.customer.invoices.totalCount).toBe(5);
    expect(first.customer.invoices.edges.map((e) => e.node.issueDate)).toEqual(['2026-02-05', '2026-02-04']);
    expect(first.customer.invoices.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = await app.ok(CustomerInvoicesPageDocument, { id: customer.id, first: 2, after: first.customer.invoices.pageInfo.endCursor });
    expect(second.customer.invoices.edges.map((e) => e.node.issueDate)).toEqual(['2026-02-03', '2026-02-02']);
    expect(second.customer.invoices.totalCount).toBe(5);

    const third = await app.ok(CustomerInvoicesPageDocument, { id: customer.id, first: 2, after: second.customer.invoices.pageInfo.endCursor });
    expect(third.customer.invoices.edges.map((e) => e.node.issueDate)).toEqual(['2026-02-01']);
    expect(third.customer.invoices.pageInfo.hasNextPage).toBe(false);

    const beyond = await app.ok(CustomerInvoicesPageDocument, { id: customer.id, first: 2, after: third.customer.invoices.pageInfo.endCursor });
    expect(beyond.customer.invoices).toMatchObject({ totalCount: 5, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });

    const paid = await app.ok(CustomerInvoicesPageDocument, { id: customer.id, first: 10, status: 'PAID' });
    expect(paid.customer.invoices.edges.map((e) => e.node.issueDate)).toEqual(['2026-02-01']);
    expect(paid.customer.invoices.totalCount).toBe(1);

    const tooMany = await app.gql(CustomerInvoicesPageDocument, { id: customer.id, first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for an unknown invoice', async () => {
    const response = await app.gql(InvoiceDocument, { id: '00000000-0000-4000-8000-000000000000' });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('claims and decisions', () => {
  it('reads claims by id, by customer and by status, and nested under the customer', async () => {
    const customer = await createCustomer(app);
    const { invoice } = await issueInvoice(app, customer.id, '700.00');
    const em = app.orm.em.fork();
    const claim = em.create(Claim, {
      customer: em.getReference(Customer, customer.id),
      invoice: em.getReference(Invoice, invoice.id),
      cause: ClaimCause.INSOLVENCY,
      currency: 'EUR',
      amountMinor: 70000,
      filedOn: TEST_TODAY,
    });
    await em.flush();

    const { claim: read } = await app.ok(ClaimDocument, { id: claim.id });
    expect(read).toMatchObject({ cause: 'INSOLVENCY', status: 'FILED', amount: '700.00', customer: { id: customer.id }, invoice: { number: invoice.number } });
    const { claims } = await app.ok(ClaimsDocument, { filter: { customerId: customer.id, status: 'FILED' } });
    expect(claims.totalCount).toBe(1);
    const none = await app.ok(ClaimsDocument, { filter: { customerId: customer.id, status: 'PAID' } });
    expect(none.claims.totalCount).toBe(0);
    const nested = await app.ok(CustomerDocument, { id: customer.id });
    expect(nested.customer.claims.edges.map((e) => e.node.id)).toEqual([claim.id]);

    const missing = await app.gql(ClaimDocument, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown decision', async () => {
    const response = await app.gql(DecisionDocument, { id: 'unknown' });
    expect(response.errors?.[0]).toMatchObject({ message: 'Decision unknown does not exist', extensions: { code: 'NOT_FOUND' } });
  });
});

async function findInvoice(number: string) {
  return app.orm.em.fork().findOneOrFail(Invoice, { number });
}
