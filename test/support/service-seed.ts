/**
 * Seeding through the service layer: the business code of the API (policy decisions, ledger,
 * alerts, one transaction per call) without an HTTP round trip and a GraphQL execution around each
 * call. For tests that need many rows and whose subject is not how they were made: a few hundred
 * mutations over HTTP take minutes on a busy machine.
 */
import pino from 'pino';
import type { CreateCustomerInput } from '../../src/modules/customer/dto/create-customer.input';
import { createCustomer } from '../../src/modules/customer/customer.service';
import { issueInvoice } from '../../src/modules/invoice/invoice.service';
import { recordPayment } from '../../src/modules/payment/payment.service';
import { systemActor } from '../../src/app/actor';
import { createRequestContext } from '../../src/app/context';
import { createLoaders } from '../../src/server/loaders';
import { wireReferrals } from '../../src/server/referral-wiring';
import { customerInput } from './scenarios';
import type { TestApp } from './test-app';

let invoiceSequence = 0;

export function seedThroughServices(app: TestApp) {
  const services = { em: app.orm.em, clock: app.clock, policy: app.policy, logger: pino({ level: 'silent' }), referrals: wireReferrals(), createLoaders };
  // A fresh context (and entity manager fork) per call, as per request.
  const context = () => createRequestContext(services, systemActor('test-seed'));
  return {
    /** A customer as scenarios.customerInput describes it (grade 5 unless said otherwise). */
    // The GraphQL input (where optional fields may be null) passed as the resolver would pass it.
    customer: async (overrides: Parameters<typeof customerInput>[0] = {}) =>
      (await createCustomer(context(), customerInput(overrides) as CreateCustomerInput)).customer,
    invoice: async (customerId: string, amount: string) => {
      invoiceSequence += 1;
      return (await issueInvoice(context(), { customerId, number: `SEED-${process.pid}-${invoiceSequence}`, amount, currency: 'EUR' })).invoice;
    },
    payment: async (invoiceId: string, amount: string) => (await recordPayment(context(), { invoiceId, amount, currency: 'EUR' })).payment,
  };
}
