/**
 * No N+1: the nested portfolio query costs the same number of SQL statements whatever the page size.
 * customers + count, exposures, outstanding per customer, invoices per customer, payments per invoice.
 */
import { PortfolioNestedDocument } from '../generated/graphql';
import { seedThroughServices } from '../support/service-seed';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  // 275 mutations: through the services, not HTTP (what is counted here is the query, not the seeding).
  const seed = seedThroughServices(app);
  for (let i = 0; i < 55; i += 1) {
    const customer = await seed.customer({ monthlySales: '1000000.00', grade: 5 });
    for (let j = 0; j < 3; j += 1) {
      const invoice = await seed.invoice(customer.id, '1000.00');
      if (j === 0) await seed.payment(invoice.id, '250.00');
    }
  }
});

afterAll(() => app.close());

it('runs the same number of statements for 5 and for 50 customers, and at most 6', async () => {
  let five: Awaited<ReturnType<typeof app.ok<unknown, unknown>>> = null;
  const forFive = await app.countQueries(async () => {
    five = await app.ok(PortfolioNestedDocument, { first: 5 });
  });
  const forFifty = await app.countQueries(async () => {
    const data = await app.ok(PortfolioNestedDocument, { first: 50 });
    expect(data.customers.edges).toHaveLength(50);
    expect(data.customers.totalCount).toBe(55);
    for (const { node } of data.customers.edges) {
      expect(node.invoices.totalCount).toBe(3);
      expect(node.invoices.edges).toHaveLength(3);
      expect(node.exposure.available).toBe('147250.00');
      expect(node.invoices.edges.flatMap((edge) => edge.node.payments.map((p) => p.amount))).toEqual(['250.00']);
    }
  });
  expect(five).not.toBeNull();
  expect(forFifty.length).toBe(forFive.length);
  expect(forFifty.length).toBeLessThanOrEqual(6);
});
