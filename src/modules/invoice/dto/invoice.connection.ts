/** The Relay connection of Invoices: every list of them in the schema uses this one type. */
import { Connection } from '../../../app/pagination';
import { Invoice } from '../invoice.entity';

export const InvoiceConnection = Connection(Invoice, 'Invoice');
