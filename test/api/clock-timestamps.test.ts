/**
 * createdAt / updatedAt come from the injected clock, never the wall clock: a payment recorded under
 * a clock set to 2026-03-05 stamps 2026-03-05 on the payment and on the invoice it changes.
 */
import { Customer } from '../../src/modules/customer/customer.entity';
import { Exposure } from '../../src/modules/exposure/exposure.entity';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import { Payment } from '../../src/modules/payment/payment.entity';
import { RecordPaymentDocument } from '../generated/graphql';
import { createCustomer, issueInvoice } from '../support/scenarios';
import { startTestApp, TEST_TODAY, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('stamps created and updated times of every write from the clock', async () => {
  const created = new Date(`${TEST_TODAY}T09:00:00Z`);
  app.clock.set(created);
  const customer = await createCustomer(app);
  const { invoice } = await issueInvoice(app, customer.id, '1000.00');

  const paid = new Date('2026-03-05T16:30:00Z');
  app.clock.set(paid);
  await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '400.00', currency: 'EUR', receivedOn: '2026-03-05' } });

  const em = app.orm.em.fork();
  const storedCustomer = await em.findOneOrFail(Customer, customer.id);
  expect(storedCustomer.createdAt.toISOString()).toBe(created.toISOString());
  const exposure = await em.findOneOrFail(Exposure, { customer: customer.id });
  expect(exposure.updatedAt.toISOString()).toBe(created.toISOString());
  const storedInvoice = await em.findOneOrFail(Invoice, invoice.id);
  expect(storedInvoice.createdAt.toISOString()).toBe(created.toISOString());
  expect(storedInvoice.updatedAt.toISOString()).toBe(paid.toISOString());
  const [payment] = await em.find(Payment, { invoice: invoice.id });
  expect(payment.createdAt.toISOString()).toBe(paid.toISOString());
});
