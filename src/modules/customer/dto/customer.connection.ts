/** The Relay connection of Customers: every list of them in the schema uses this one type. */
import { Connection } from '../../../app/pagination';
import { Customer } from '../customer.entity';

export const CustomerConnection = Connection(Customer, 'Customer');
