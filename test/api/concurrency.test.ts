/**
 * Concurrent mutations on one customer's credit: the limit and the outstanding hold whatever the
 * interleaving. On PostgreSQL the rows are locked FOR UPDATE; SQLite has a single writer.
 */
import { CustomerDocument, InvoiceDocument, IssueInvoiceDocument, RecordPaymentDocument } from '../generated/graphql';
import { createCustomer, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('lets exactly as many concurrent invoices through as fit under the limit', async () => {
  const customer = await createCustomer(app, { monthlySales: '10000.00', grade: 5 }); // limit 1,500.00
  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      app.gql(IssueInvoiceDocument, { input: { customerId: customer.id, number: `RACE-${Date.now()}-${i}`, amount: '400.00', currency: 'EUR' } }),
    ),
  );
  const issued = responses.filter((response) => response.data?.issueInvoice);
  const refused = responses.filter((response) => response.errors?.[0].extensions?.code === 'POLICY_REJECTED');
  expect(issued).toHaveLength(3);
  expect(refused).toHaveLength(7);
  const { customer: after } = await app.ok(CustomerDocument, { id: customer.id });
  expect(after.exposure).toMatchObject({ creditLimit: '1500.00', outstanding: '1200.00', available: '300.00' });
});

it('never takes an invoice below zero, and loses or doubles no payment, under concurrent payments', async () => {
  const customer = await createCustomer(app);
  const { invoice } = await issueInvoice(app, customer.id, '500.00');
  const responses = await Promise.all(
    Array.from({ length: 12 }, () => app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '100.00', currency: 'EUR' } })),
  );
  const accepted = responses.filter((response) => response.data?.recordPayment);
  const refused = responses.filter((response) => response.errors);
  expect(accepted).toHaveLength(5);
  for (const response of refused) expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(response.errors?.[0].extensions?.code);
  const { invoice: after } = await app.ok(InvoiceDocument, { id: invoice.id });
  expect(after).toMatchObject({ outstanding: '0.00', status: 'PAID' });
  expect(after.payments).toHaveLength(5);
});
