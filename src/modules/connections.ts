/** The Relay connection types of the schema, declared once so every list uses the same one. */
import { Connection } from '../shared/pagination';
import { RiskAlertView } from './alert/dto/risk-alert.view';
import { Claim } from './claim/claim.entity';
import { Customer } from './customer/customer.entity';
import { Invoice } from './invoice/invoice.entity';

export const CustomerConnection = Connection(Customer, 'Customer');
export const InvoiceConnection = Connection(Invoice, 'Invoice');
export const ClaimConnection = Connection(Claim, 'Claim');
export const RiskAlertConnection = Connection(RiskAlertView, 'RiskAlert');
