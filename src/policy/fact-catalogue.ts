/**
 * The facts each mutation hands to the policy. A rule may only read facts listed for the mutations it
 * applies to; the loader refuses any other. Money facts are integer minor units (suffix `Minor`):
 * EUR 50,000.00 is 5000000.
 */
export type FactType = 'integer' | 'number' | 'string' | 'boolean';

export interface FactSpec {
  type: FactType;
  description: string;
}

const customerProfileFacts = {
  grade: { type: 'integer', description: 'Credit grade 1 (exceptional) to 10 (high risk of failure).' },
  country: { type: 'string', description: 'ISO 3166-1 alpha-2 country of the customer.' },
  currency: { type: 'string', description: 'ISO 4217 currency of the customer account.' },
  industry: { type: 'string', description: 'Industry, or "" when unknown.' },
  monthlySalesMinor: { type: 'integer', description: 'Monthly sales volume with us, minor units.' },
  relationshipYears: { type: 'integer', description: 'Whole years since the relationship started.' },
} satisfies Record<string, FactSpec>;

export const FACT_CATALOGUE = {
  createCustomer: customerProfileFacts,
  updateCustomer: {
    ...customerProfileFacts,
    previousGrade: { type: 'integer', description: 'Grade before this update.' },
    previousRiskTier: { type: 'string', description: 'Risk tier before this update (A-D).' },
  },
  issueInvoice: {
    grade: customerProfileFacts.grade,
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
    relationshipYears: customerProfileFacts.relationshipYears,
    customerStatus: { type: 'string', description: 'ACTIVE or SUPPLY_SUSPENDED.' },
    invoiceAmountMinor: { type: 'integer', description: 'Amount of the new invoice, minor units.' },
    creditLimitMinor: { type: 'integer', description: 'Approved credit limit, minor units.' },
    outstandingMinor: { type: 'integer', description: 'Outstanding on open invoices before this one, minor units.' },
    availableMinor: { type: 'integer', description: 'Credit limit minus outstanding, minor units (negative when over the limit).' },
    exceedsLimitByMinor: {
      type: 'integer',
      description: 'Outstanding + this invoice - limit, minor units: above 0 means the invoice would breach the limit.',
    },
  },
  recordPayment: {
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
    paymentAmountMinor: { type: 'integer', description: 'Amount received, minor units.' },
    invoiceOutstandingMinor: { type: 'integer', description: 'Invoice outstanding before this payment, minor units.' },
    daysPastDue: { type: 'integer', description: 'Days past the due date on the day received (negative when early).' },
    settlesInvoice: { type: 'boolean', description: 'True when this payment pays the invoice in full.' },
  },
} as const satisfies Record<string, Record<string, FactSpec>>;

export type MutationName = keyof typeof FACT_CATALOGUE;
export const MUTATION_NAMES = Object.keys(FACT_CATALOGUE) as MutationName[];

type TsTypeOf<T extends FactType> = T extends 'integer' | 'number' ? number : T extends 'string' ? string : boolean;

/** The fact object a mutation must build, typed from the catalogue so no fact can be forgotten. */
export type FactsOf<M extends MutationName> = {
  [K in keyof (typeof FACT_CATALOGUE)[M]]: (typeof FACT_CATALOGUE)[M][K] extends { type: infer T extends FactType } ? TsTypeOf<T> : never;
};
