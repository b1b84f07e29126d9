/** Complete fact sets for policy tests: an ordinary tier B invoice well within its limit, a new customer. */
import type { FactsOf } from '../../src/policy/fact-catalogue';

export const ORDINARY_INVOICE_FACTS: FactsOf<'issueInvoice'> = {
  grade: 5,
  riskTier: 'B',
  relationshipYears: 4,
  customerStatus: 'ACTIVE',
  invoiceAmountMinor: 1000,
  creditLimitMinor: 10000,
  outstandingMinor: 0,
  availableMinor: 10000,
  exceedsLimitByMinor: -9000,
};

export const NEW_CUSTOMER_FACTS: FactsOf<'createCustomer'> = {
  grade: 5,
  country: 'DE',
  currency: 'EUR',
  industry: '',
  monthlySalesMinor: 1_000_000,
  relationshipYears: 2,
};
