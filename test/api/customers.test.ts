import { Role } from '../../src/app/actor';
/** Customers over HTTP: onboarding through the policy, updates with optimistic locking, paging, errors. */
import {
  CreateCustomerDocument,
  CustomerDocument,
  CustomersDocument,
  DecisionDocument,
  RecordPaymentDocument,
  UpdateCustomerDocument,
} from '../generated/graphql';
import { createCustomer, customerInput, FINANCIALS_OF_GRADE, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('createCustomer', () => {
  it('assigns the risk tier from the scorecard and a first credit line of 15% of monthly sales, with a stored decision', async () => {
    const input = customerInput({ grade: 7, monthlySales: '200000.00', currency: 'EUR', language: 'de', industry: 'Food' });
    const { createCustomer: payload } = await app.ok(CreateCustomerDocument, { input });

    expect(payload.customer).toMatchObject({
      name: input.name,
      registrationNumber: input.registrationNumber,
      grade: 7,
      riskTier: 'C',
      status: 'ACTIVE',
      language: 'de',
      monthlySales: '200000.00',
      version: 1,
      exposure: { creditLimit: '30000.00', outstanding: '0.00', available: '30000.00', utilization: 0, currency: 'EUR' },
    });
    expect(payload.customer.score).toBe(37); // the grade 7 profile of scenarios.ts, with 5 points of trading volume
    expect(payload.customer.exposure.limitHistory.edges.map((edge) => edge.node)).toEqual([
      { kind: 'APPROVED', requested: null, previousLimit: '0.00', newLimit: '30000.00', currency: 'EUR', reason: 'First credit line: 15% of monthly sales' },
    ]);
    expect(payload.decision.outcome).toBe('APPROVED');
    expect(payload.decision.mutation).toBe('createCustomer');
    expect(payload.decision.actorId).toBe('test-operator');
    expect(payload.decision.firedRules.map((r) => `${r.policy}/${r.rule}`).sort()).toEqual([
      'credit-limits/first-line-share-of-monthly-sales',
      'scorecard/tier-c-grades-7-to-8',
    ]);
    expect(payload.decision.facts).toMatchObject({ grade: 7, monthlySalesMinor: 20000000, currency: 'EUR' });
    expect(payload.decision.policyVersions.map((p) => p.name).sort()).toEqual(['credit-limits', 'scorecard']);
    expect(payload.decision.policyVersions.every((p) => /^[0-9a-f]{64}$/.test(p.hash))).toBe(true);
    expect(payload.decision.explanation).toContain('Risk tier C: scorecard / tier-c-grades-7-to-8 fired because grade = 7');

    const { decision } = await app.ok(DecisionDocument, { id: payload.decision.id });
    expect(decision).toEqual(payload.decision);
  });

  it.each(Object.entries(GRADE_OF_TIER))('gives tier %s to a grade %s customer', async (tier, grade) => {
    const customer = await createCustomer(app, { grade });
    expect(customer.riskTier).toBe(tier);
  });

  it('keeps the currency exponent: JPY has no decimals, so 15% of 1,000,001 yen rounds down to 150,000', async () => {
    const customer = await createCustomer(app, { currency: 'JPY', monthlySales: '1000001' });
    expect(customer.exposure.creditLimit).toBe('150000');
  });

  it('refuses invalid input with BAD_USER_INPUT naming each field, and writes nothing', async () => {
    const before = await app.ok(CustomersDocument, { first: 100 });
    const response = await app.gql(CreateCustomerDocument, {
      input: customerInput({ country: 'XX', currency: 'EUR1', name: '', financials: { ...FINANCIALS_OF_GRADE[5].financials, openLitigations: -1 } }),
    });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (response.errors?.[0].extensions?.fields as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['country', 'currency', 'financials.openLitigations', 'name']));
    expect(response.errors?.[0].message).toMatch(/country must be an ISO 3166-1 alpha-2 code/);
    const after = await app.ok(CustomersDocument, { first: 100 });
    expect(after.customers.totalCount).toBe(before.customers.totalCount);
  });

  it.each([
    [{ monthlySales: '12.345' }, /monthlySales "12.345" has more decimals than EUR allows \(2\)/],
    [{ monthlySales: '-5.00' }, /monthlySales must not be negative/],
    [{ monthlySales: '1e5' }, /Decimal must be a string such as "1250.00"/],
    [{ relationshipStart: '2030-01-01' }, /relationshipStart 2030-01-01 is in the future/],
  ])('refuses %o with a message a person can act on', async (overrides, message) => {
    const response = await app.gql(CreateCustomerDocument, { input: customerInput(overrides) });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('refuses a duplicate registration number with CONFLICT', async () => {
    const input = customerInput();
    await app.ok(CreateCustomerDocument, { input });
    const response = await app.gql(CreateCustomerDocument, { input: { ...input, name: 'Someone Else' } });
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0].message).toMatch(new RegExp(`registration number ${input.registrationNumber} already exists`));
  });

  it('is FORBIDDEN for a viewer, and UNAUTHENTICATED with a bad token', async () => {
    const forbidden = await app.gql(CreateCustomerDocument, { input: customerInput() }, { role: 'VIEWER' as never });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.errors?.[0].message).toMatch(/Role VIEWER may not use Mutation.createCustomer/);

    const unauthenticated = await app.gql(CreateCustomerDocument, { input: customerInput() }, { token: 'not-a-jwt' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('updateCustomer', () => {
  it('re-tiers through the policy, keeps the grade when nothing the scorecard reads changed, and bumps the version', async () => {
    const customer = await createCustomer(app, { grade: 2 });
    const { updateCustomer } = await app.ok(UpdateCustomerDocument, {
      input: { id: customer.id, expectedVersion: customer.version, name: 'Renamed Buyer AG' },
    });
    expect(updateCustomer.customer).toMatchObject({ grade: 2, riskTier: 'A', name: 'Renamed Buyer AG', version: customer.version + 1 });
    expect(updateCustomer.decision.mutation).toBe('updateCustomer');
    expect(updateCustomer.decision.facts).toMatchObject({ previousGrade: 2, previousRiskTier: 'A', grade: 2 });
  });

  it('re-grades a customer whose monthly sales change (trading volume is a scorecard dimension)', async () => {
    const customer = await createCustomer(app, { grade: 2, monthlySales: '100000.00' }); // 62 + 10 + 5 points of volume = 77
    const { updateCustomer } = await app.ok(UpdateCustomerDocument, {
      input: { id: customer.id, expectedVersion: customer.version, monthlySales: '5000.00' },
    }, { role: Role.ADMIN }); // an operator's change by 95% would wait for a second person (rules/master-data.json)
    expect(updateCustomer.customer).toMatchObject({ score: 72, grade: 2, monthlySales: '5000.00' });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const customer = await createCustomer(app, { grade: 4 });
    await app.ok(UpdateCustomerDocument, { input: { id: customer.id, expectedVersion: customer.version, name: 'First Edit GmbH' } });
    const stale = await app.gql(UpdateCustomerDocument, { input: { id: customer.id, expectedVersion: customer.version, name: 'Second Edit GmbH' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/changed by someone else \(now version 2, you sent 1\)/);
    const { customer: current } = await app.ok(CustomerDocument, { id: customer.id });
    expect(current).toMatchObject({ name: 'First Edit GmbH', grade: 4, version: 2 });
  });

  it("keeps the customer's version when only its invoices and payments change, so no editor gets a false CONFLICT", async () => {
    const customer = await createCustomer(app);
    const { invoice } = await issueInvoice(app, customer.id, '100.00');
    await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '10.00', currency: 'EUR' } });
    const { customer: after } = await app.ok(CustomerDocument, { id: customer.id });
    expect(after.version).toBe(customer.version);
    const { updateCustomer } = await app.ok(UpdateCustomerDocument, { input: { id: customer.id, expectedVersion: customer.version, language: 'fr' } });
    expect(updateCustomer.customer.version).toBe(customer.version + 1);
  });

  it('answers NOT_FOUND for an unknown customer', async () => {
    const response = await app.gql(UpdateCustomerDocument, { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, name: 'Nobody' } });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0].message).toBe('Customer 00000000-0000-4000-8000-000000000000 does not exist');
  });
});

describe('customer and customers queries', () => {
  it('answers NOT_FOUND for an unknown id and for a malformed one', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await app.gql(CustomerDocument, { id });
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(response.data).toBeNull();
    }
  });

  it('pages through every customer exactly once, in name order, with a stable totalCount', async () => {
    const prefix = `Paging ${Date.now()}`;
    for (let i = 0; i < 7; i += 1) await createCustomer(app, { name: `${prefix} ${String.fromCharCode(71 - i)}` });
    const filter = { nameContains: prefix };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { customers }: Awaited<ReturnType<typeof page>> = await page(after);
      pages += 1;
      expect(customers.totalCount).toBe(7);
      expect(customers.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...customers.edges.map((edge) => edge.node.name));
      expect(customers.pageInfo.endCursor).toBe(customers.edges.at(-1)?.cursor ?? null);
      if (!customers.pageInfo.hasNextPage) break;
      after = customers.pageInfo.endCursor ?? null;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(7);

    function page(cursor: string | null) {
      return app.ok(CustomersDocument, { first: 3, after: cursor, filter });
    }
  });

  it('filters by tier and status and orders by grade', async () => {
    const { customers } = await app.ok(CustomersDocument, { first: 100, filter: { riskTiers: ['D'] }, orderBy: 'GRADE_DESC' });
    expect(customers.edges.length).toBeGreaterThan(0);
    expect(customers.edges.every((edge) => edge.node.riskTier === 'D')).toBe(true);
    const grades = customers.edges.map((edge) => edge.node.grade);
    expect(grades).toEqual([...grades].sort((a, b) => b - a));
  });

  it.each([0, -1, 101])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const response = await app.gql(CustomersDocument, { first });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toBe(`first must be between 1 and 100 (got ${first})`);
  });

  it('defaults first to 20 and accepts 100', async () => {
    for (let i = 0; i < 21; i += 1) await createCustomer(app);
    const byDefault = await app.ok(CustomersDocument, {});
    expect(byDefault.customers.edges).toHaveLength(20);
    const hundred = await app.ok(CustomersDocument, { first: 100 });
    expect(hundred.customers.edges.length).toBe(Math.min(100, hundred.customers.totalCount));
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await app.gql(CustomersDocument, { first: 5, after: 'garbage' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/is not a cursor returned by this API/);
  });

  it('pages past the end to an empty page', async () => {
    const all = await app.ok(CustomersDocument, { first: 100, filter: { riskTiers: ['A'] } });
    const last = all.customers.pageInfo.endCursor;
    const after = await app.ok(CustomersDocument, { first: 5, after: last, filter: { riskTiers: ['A'] } });
    expect(after.customers.edges).toEqual([]);
    expect(after.customers.pageInfo.hasNextPage).toBe(false);
    expect(after.customers.totalCount).toBe(all.customers.totalCount);
  });
});
