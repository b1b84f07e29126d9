/** The customer module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { Customer, CustomerStatus } from './customer.entity';
export { getCustomer, heldCustomerChangeApplier } from './customer.service';
export { paymentRecordByCustomer } from './payment-record';
export type { PaymentRecord } from './payment-record';
export { regradeCustomer } from './scorecard.service';
export { customerLoaders } from './customer.loaders';
