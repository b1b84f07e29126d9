/**
 * Named fixtures reused across tests: customers in each risk tier, created through the API so the
 * policy assigns tiers and limits exactly as in production.
 */
import { CreateCustomerDocument, type CreateCustomerInput, type CreditOutlook, type CustomerFinancialsInput, IssueInvoiceDocument } from '../generated/graphql';
import type { TestApp } from './test-app';

let sequence = 0;

/**
 * A credit-report profile per wanted grade that the scorecard of the pinned test/rules/ (not the
 * shipped rules/) scores to that grade for a new German customer, whatever its monthly sales (trading
 * volume moves the score by at most 5 points, and every profile sits at the bottom of its 8-point grade
 * band). The industry is part of the profile (industry risk is a dimension); a test that sets its own
 * industry keeps it.
 * test/api/scorecard.test.ts asserts every row through the API.
 */
export const FINANCIALS_OF_GRADE: Record<number, { financials: CustomerFinancialsInput; industry?: string }> = {
  1: { financials: report(0.45, '1000000.00', '1990-01-01', 0, 'POSITIVE'), industry: 'Machinery' },
  2: { financials: report(0.45, '1000000.00', '1990-01-01', 1, 'POSITIVE') },
  3: { financials: report(0.45, '1000000.00', '2019-01-01', 1, 'STABLE') },
  4: { financials: report(0.3, '200000.00', '1990-01-01', 1, 'STABLE') },
  5: { financials: report(0.15, '200000.00', '1990-01-01', 1, 'STABLE') },
  6: { financials: report(0.15, '200000.00', '2019-01-01', 3, 'STABLE') },
  7: { financials: report(0.15, '200000.00', '2023-01-01', 3, 'NEGATIVE') },
  8: { financials: report(0.05, '50000.00', '2023-01-01', 3, 'STABLE') },
  9: { financials: report(0.05, '10000.00', '2023-01-01', 3, 'NEGATIVE') },
  10: { financials: report(0.05, '10000.00', null, 3, 'NEGATIVE'), industry: 'Construction' },
};

function report(equityRatio: number, registeredCapital: string, foundedOn: string | null, openLitigations: number, outlook: CreditOutlook): CustomerFinancialsInput {
  return { equityRatio, registeredCapital, foundedOn, openLitigations, outlook };
}

/** A new customer's input; `grade` picks the credit-report profile the pinned scorecard grades so (5 when omitted). */
export function customerInput(overrides: Partial<CreateCustomerInput> & { grade?: number } = {}): CreateCustomerInput {
  sequence += 1;
  const { grade = 5, ...rest } = overrides;
  const profile = FINANCIALS_OF_GRADE[grade];
  if (!profile) throw new Error(`No credit-report profile for grade ${grade} (1-10)`);
  return {
    name: `Test Buyer ${sequence} GmbH`,
    registrationNumber: `HRB-${process.pid}-${sequence}`,
    country: 'DE',
    currency: 'EUR',
    monthlySales: '100000.00',
    relationshipStart: '2020-01-15',
    financials: profile.financials,
    ...(profile.industry ? { industry: profile.industry } : {}),
    ...rest,
  };
}

/** Grades that land in each tier under the pinned scorecard. */
export const GRADE_OF_TIER = { A: 2, B: 5, C: 7, D: 9 } as const;

export async function createCustomer(app: TestApp, overrides: Partial<CreateCustomerInput> & { grade?: number } = {}) {
  const { createCustomer } = await app.ok(CreateCustomerDocument, { input: customerInput(overrides) });
  return createCustomer.customer;
}

let invoiceSequence = 0;

export async function issueInvoice(app: TestApp, customerId: string, amount: string, extra: { issueDate?: string; currency?: string } = {}) {
  invoiceSequence += 1;
  const { issueInvoice } = await app.ok(IssueInvoiceDocument, {
    input: { customerId, number: `INV-${process.pid}-${invoiceSequence}`, amount, currency: extra.currency ?? 'EUR', issueDate: extra.issueDate },
  });
  return issueInvoice;
}
