/** The payment module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export type { RecordPaymentInput } from './dto/record-payment.input';
export { Payment } from './payment.entity';
export { paymentLoaders } from './payment.loaders';
