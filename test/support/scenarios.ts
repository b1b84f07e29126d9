/**
 * Named fixtures reused across tests: customers in each risk tier, created through the API so the
 * policy assigns tiers and limits exactly as in production.
 */
import { CreateCustomerDocument, type CreateCustomerInput, IssueInvoiceDocument } from '../generated/graphql';
import type { TestApp } from './test-app';

let sequence = 0;

export function customerInput(overrides: Partial<CreateCustomerInput> = {}): CreateCustomerInput {
  sequence += 1;
  return {
    name: `Test Buyer ${sequence} GmbH`,
    registrationNumber: `HRB-${process.pid}-${sequence}`,
    country: 'DE',
    currency: 'EUR',
    monthlySales: '100000.00',
    relationshipStart: '2020-01-15',
    grade: 5,
    ...overrides,
  };
}

/** Grades that land in each tier under the shipped scorecard. */
export const GRADE_OF_TIER = { A: 2, B: 5, C: 7, D: 9 } as const;

export async function createCustomer(app: TestApp, overrides: Partial<CreateCustomerInput> = {}) {
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
