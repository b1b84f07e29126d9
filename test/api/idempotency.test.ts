/**
 * Idempotency keys (Idempotency-Key header or input.idempotencyKey) on issueInvoice, recordPayment and
 * requestCreditLimit: the same key and input answer the first result again (ids identical, effects
 * once), a refusal is answered again as it was, another input is a CONFLICT, and keys outlive a restart.
 */
import { randomUUID } from 'node:crypto';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { IdempotencyKey } from '../../src/app/idempotency/idempotency-key.entity';
import { Payment } from '../../src/modules/payment/payment.entity';
import { LimitDecision } from '../../src/modules/exposure/exposure.entity';
import { Role } from '../../src/app/actor';
import { InvoiceDocument, IssueInvoiceDocument, RecordPaymentDocument, RequestCreditLimitDocument } from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const payments = (invoiceId: string) => app.orm.em.fork().count(Payment, { invoice: invoiceId });
const storedKey = (key: string) => app.orm.em.fork().findOne(IdempotencyKey, { key });

describe('recordPayment', () => {
  it('records a payment once for a key, and answers a retry with the first payment', async () => {
    const { invoice } = await issueInvoice(app, (await createCustomer(app)).id, '1000.00');
    const key = randomUUID();
    const input = { invoiceId: invoice.id, amount: '250.00', currency: 'EUR', reference: 'BANK-1', idempotencyKey: key };
    const first = await app.ok(RecordPaymentDocument, { input });
    const retry = await app.ok(RecordPaymentDocument, { input });
    expect(retry.recordPayment.payment).toEqual(first.recordPayment.payment);
    expect(retry.recordPayment.decision.id).toBe(first.recordPayment.decision.id);
    expect(retry.recordPayment.invoice).toMatchObject({ id: invoice.id, outstanding: '750.00', status: 'PARTLY_PAID' });
    expect(await payments(invoice.id)).toBe(1);
    expect(await storedKey(key)).toMatchObject({ operation: 'recordPayment', scope: 'test-operator', outcome: { decisionId: first.recordPayment.decision.id } });
  });

  it('takes the key from the Idempotency-Key header, and from both when they agree', async () => {
    const { invoice } = await issueInvoice(app, (await createCustomer(app)).id, '1000.00');
    const key = randomUUID();
    const input = { invoiceId: invoice.id, amount: '100.00', currency: 'EUR' };
    const first = await app.ok(RecordPaymentDocument, { input }, { headers: { 'Idempotency-Key': key } });
    const byHeader = await app.gql(RecordPaymentDocument, { input }, { headers: { 'Idempotency-Key': key } });
    const byBoth = await app.gql(RecordPaymentDocument, { input: { ...input, idempotencyKey: key } }, { headers: { 'Idempotency-Key': key } });
    const byInput = await app.gql(RecordPaymentDocument, { input: { ...input, idempotencyKey: key } });
    // null and an absent field are the same input (both mean "not given"), in any field order.
    const withNulls = await app.gql(RecordPaymentDocument, { input: { currency: 'EUR', receivedOn: null, reference: null, amount: '100.00', invoiceId: invoice.id, idempotencyKey: key } });
    for (const response of [byHeader, byBoth, byInput, withNulls]) expect(response.data?.recordPayment.payment.id).toBe(first.recordPayment.payment.id);
    expect(await payments(invoice.id)).toBe(1);
    // Without a key, the same input is a new payment.
    await app.ok(RecordPaymentDocument, { input });
    expect(await payments(invoice.id)).toBe(2);
  });

  it('answers CONFLICT naming the key when the key comes again with another input or for another mutation', async () => {
    const customer = await createCustomer(app);
    const { invoice } = await issueInvoice(app, customer.id, '1000.00');
    const key = `retry-${randomUUID()}`;
    await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '100.00', currency: 'EUR', idempotencyKey: key } });
    const other = await app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '100.01', currency: 'EUR', idempotencyKey: key } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', idempotencyKey: key, fields: [{ field: 'idempotencyKey' }] });
    expect(other.errors?.[0].message).toContain(`Idempotency key "${key}" was already used for another input`);
    const otherMutation = await app.gql(IssueInvoiceDocument, { input: { customerId: customer.id, number: `K-${randomUUID()}`, amount: '10.00', currency: 'EUR', idempotencyKey: key } });
    expect(otherMutation.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', idempotencyKey: key });
    expect(otherMutation.errors?.[0].message).toContain('was already used for recordPayment');
    expect(await payments(invoice.id)).toBe(1);
  });

  it('keeps keys per caller: another actor with the same key makes its own payment', async () => {
    const { invoice } = await issueInvoice(app, (await createCustomer(app)).id, '1000.00');
    const input = { invoiceId: invoice.id, amount: '100.00', currency: 'EUR', idempotencyKey: 'shared-key-1' };
    const operator = await app.ok(RecordPaymentDocument, { input });
    const admin = await app.ok(RecordPaymentDocument, { input }, { role: Role.ADMIN });
    expect(admin.recordPayment.payment.id).not.toBe(operator.recordPayment.payment.id);
    expect(await payments(invoice.id)).toBe(2);
  });

  it('stores no key for a request that wrote nothing: the caller can fix the input and send the key again', async () => {
    const { invoice } = await issueInvoice(app, (await createCustomer(app)).id, '100.00');
    const key = randomUUID();
    const tooMuch = await app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '100.01', currency: 'EUR', idempotencyKey: key } });
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'amount' }] });
    expect(await storedKey(key)).toBeNull();
    const fixed = await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '100.00', currency: 'EUR', idempotencyKey: key } });
    expect(fixed.recordPayment.invoice.status).toBe('PAID');
  });

  it('refuses malformed keys and a header that disagrees with the input with BAD_USER_INPUT', async () => {
    const { invoice } = await issueInvoice(app, (await createCustomer(app)).id, '100.00');
    const input = { invoiceId: invoice.id, amount: '1.00', currency: 'EUR' };
    for (const idempotencyKey of ['', 'x'.repeat(256), 'tab\there', 'ключ']) {
      const response = await app.gql(RecordPaymentDocument, { input: { ...input, idempotencyKey } });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const badHeader = await app.gql(RecordPaymentDocument, { input }, { headers: { 'Idempotency-Key': 'y'.repeat(256) } });
    expect(badHeader.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'idempotencyKey' }] } });
    expect(badHeader.errors?.[0].message).toMatch(/Idempotency-Key header is not valid/);
    const differ = await app.gql(RecordPaymentDocument, { input: { ...input, idempotencyKey: 'a' } }, { headers: { 'Idempotency-Key': 'b' } });
    expect(differ.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'idempotencyKey' }] } });
    expect(differ.errors?.[0].message).toMatch(/header and input.idempotencyKey differ/);
    expect(await payments(invoice.id)).toBe(0);
    // A key of 255 printable characters is fine.
    await app.ok(RecordPaymentDocument, { input: { ...input, idempotencyKey: `${'k'.repeat(254)}~` } });
  });
});

describe('issueInvoice', () => {
  it('issues an invoice once for a key', async () => {
    const customer = await createCustomer(app);
    const input = { customerId: customer.id, number: `IDEM-${randomUUID()}`, amount: '500.00', currency: 'EUR', idempotencyKey: randomUUID() };
    const first = await app.ok(IssueInvoiceDocument, { input });
    const retry = await app.ok(IssueInvoiceDocument, { input });
    expect(retry).toEqual(first);
    // Without the key the retry would be refused as a duplicate number; with it, it is the same answer.
    const withoutKey = await app.gql(IssueInvoiceDocument, { input: { ...input, idempotencyKey: null } });
    expect(withoutKey.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('answers a retry of a refused invoice with the same POLICY_REJECTED error, decided and recorded once', async () => {
    const customer = await createCustomer(app, { monthlySales: '10000.00' }); // limit 1,500.00
    const input = { customerId: customer.id, number: `IDEM-${randomUUID()}`, amount: '5000.00', currency: 'EUR', idempotencyKey: randomUUID() };
    const first = await app.gql(IssueInvoiceDocument, { input });
    expect(first.errors?.[0].extensions).toMatchObject({ code: 'POLICY_REJECTED', outcome: 'REJECTED' });
    const retry = await app.gql(IssueInvoiceDocument, { input });
    expect(retry.errors?.[0].message).toBe(first.errors?.[0].message);
    expect(retry.errors?.[0].extensions).toEqual(first.errors?.[0].extensions);
    expect(await app.orm.em.fork().count(DecisionRecord, { subject: `Invoice ${input.number}` })).toBe(1);
    // The key keeps the refusal even if the policy would now allow the invoice: a new request needs a new key.
    const again = await app.gql(IssueInvoiceDocument, { input: { ...input, amount: '100.00' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('requestCreditLimit', () => {
  it('answers a retried request with the same limit-history entry, recorded once, a referral included', async () => {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '10000.00' });
    const input = { customerId: customer.id, amount: '30000.01', idempotencyKey: randomUUID() };
    const first = await app.ok(RequestCreditLimitDocument, { input }, { role: Role.RISK_OFFICER });
    const retry = await app.ok(RequestCreditLimitDocument, { input }, { role: Role.RISK_OFFICER });
    expect(first.requestCreditLimit).toMatchObject({ outcome: 'REFERRED', limitDecision: { kind: 'REFERRED' } });
    expect(retry).toEqual(first);
    expect(await app.orm.em.fork().count(LimitDecision, { exposure: { customer: customer.id } })).toBe(2); // onboarding + this request

    const approved = { customerId: customer.id, amount: '1000.00', idempotencyKey: randomUUID() };
    const granted = await app.ok(RequestCreditLimitDocument, { input: approved }, { role: Role.RISK_OFFICER });
    expect(await app.ok(RequestCreditLimitDocument, { input: approved }, { role: Role.RISK_OFFICER })).toEqual(granted);
    expect(await app.orm.em.fork().count(LimitDecision, { exposure: { customer: customer.id } })).toBe(3);
  });
});

describe('after a restart', () => {
  it('answers a retry with the first payment from the stored key', async () => {
    let restarted = await startTestApp({ sqliteFile: true });
    try {
      const { invoice } = await issueInvoice(restarted, (await createCustomer(restarted)).id, '1000.00');
      const input = { invoiceId: invoice.id, amount: '400.00', currency: 'EUR', idempotencyKey: randomUUID() };
      const first = await restarted.ok(RecordPaymentDocument, { input });
      restarted = await restarted.restart();
      const retry = await restarted.ok(RecordPaymentDocument, { input });
      expect(retry.recordPayment.payment).toEqual(first.recordPayment.payment);
      expect(retry.recordPayment.decision.id).toBe(first.recordPayment.decision.id);
      const { invoice: after } = await restarted.ok(InvoiceDocument, { id: invoice.id });
      expect(after).toMatchObject({ outstanding: '600.00' });
      expect(after.payments).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });
});
