/** The invoice module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { InvoiceConnection } from './dto/invoice.connection';
export { CustomerInvoicesArgs } from './dto/invoices.args';
export { CollectionStage, HELD_INVOICE_STATUSES, Invoice, InvoiceStatus, OPEN_INVOICE_STATUSES } from './invoice.entity';
export { daysPastDue, getInvoice, heldInvoiceApplier, heldWriteOffApplier, invoicesOfCustomer, outstandingByCustomer, receivableSumsByCustomer } from './invoice.service';
export { lateInterestOf } from './late-interest.service';
export { invoiceLoaders } from './invoice.loaders';
