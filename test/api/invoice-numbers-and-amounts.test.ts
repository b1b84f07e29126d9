/**
 * Invoice numbers are one number whatever their letter case; amounts sent with surrounding whitespace
 * are read without it, on every money input (the Decimal scalar trims; README "Conventions").
 */
import { IssueInvoiceDocument, RecordPaymentDocument, RequestCreditLimitDocument } from '../generated/graphql';
import { Role } from '../../src/app/actor';
import { createCustomer } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let customerId: string;
beforeAll(async () => {
  app = await startTestApp();
  customerId = (await createCustomer(app)).id;
});
afterAll(() => app.close());

describe('invoice numbers are unique whatever their letter case', () => {
  it('refuses a number differing only in case with CONFLICT naming the number already used', async () => {
    await app.ok(IssueInvoiceDocument, { input: { customerId, number: 'INV-Case-7', amount: '100.00', currency: 'EUR' } });
    for (const number of ['inv-case-7', 'INV-CASE-7']) {
      const { errors } = await app.gql(IssueInvoiceDocument, { input: { customerId, number, amount: '100.00', currency: 'EUR' } });
      expect(errors?.[0]).toMatchObject({
        message: `Invoice number ${number} is already used (as INV-Case-7: numbers differing only in letter case are the same number)`,
        extensions: { code: 'CONFLICT', fields: [{ field: 'number' }], existingNumber: 'INV-Case-7' },
      });
    }
  });

  it('keeps the number as it was written', async () => {
    const { issueInvoice } = await app.ok(IssueInvoiceDocument, { input: { customerId, number: 'Inv-MiXeD-1', amount: '10.00', currency: 'EUR' } });
    expect(issueInvoice.invoice.number).toBe('Inv-MiXeD-1');
  });
});

describe('amounts with surrounding whitespace are trimmed, on every money input', () => {
  let trimmed = 0;
  it.each([' 125.50', '125.50 ', '\t125.50\n', ' 125.5 '])('issueInvoice and recordPayment read %j as 125.50', async (amount) => {
    const { issueInvoice } = await app.ok(IssueInvoiceDocument, { input: { customerId, number: `INV-TRIM-${(trimmed += 1)}`, amount, currency: 'EUR' } });
    expect(issueInvoice.invoice.amount).toBe('125.50');
    const { recordPayment } = await app.ok(RecordPaymentDocument, { input: { invoiceId: issueInvoice.invoice.id, amount, currency: 'EUR' } });
    expect(recordPayment.payment.amount).toBe('125.50');
    expect(recordPayment.invoice.outstanding).toBe('0.00');
  });

  it('in a literal as in a variable', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.RISK_OFFICER)}` },
      body: JSON.stringify({ query: `mutation { requestCreditLimit(input: { customerId: "${customerId}", amount: " 1000.00 " }) { outcome } }` }),
    });
    const body = (await response.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    const { errors } = await app.gql(RequestCreditLimitDocument, { input: { customerId, amount: ' 1000.00 ' } }, { role: Role.RISK_OFFICER });
    expect(errors?.filter((error) => error.extensions?.code !== 'POLICY_REJECTED')).toBeUndefined();
  });

  it('but not whitespace inside the number', async () => {
    const { errors } = await app.gql(IssueInvoiceDocument, { input: { customerId, number: 'INV-INNER', amount: '1 250.00', currency: 'EUR' } });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
