/** Writing off bad debt: only after the legal stage without a second look (rules/write-offs.json). */
import { CustomerDocument, RecordPaymentDocument, RunCollectionCycleDocument, WriteOffInvoiceDocument } from '../generated/graphql';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const RISK_OFFICER = { role: 'RISK_OFFICER' as never };
beforeAll(async () => {
  app = await startTestApp({ today: '2026-01-01' });
});
afterAll(() => app.close());

it('writes off the rest of an invoice at the legal stage: it leaves the exposure and is kept as bad debt', async () => {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const { invoice } = await issueInvoice(app, customer.id, '1000.00', { issueDate: '2026-01-01' });
  app.clock.set('2026-02-05T06:00:00Z');
  await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '250.00', currency: 'EUR' } });
  // The partial payment re-anchored the ladder: legal action comes 30 days after it.
  app.clock.set('2026-03-07T06:00:00Z');
  await app.ok(RunCollectionCycleDocument, {});

  const { writeOffInvoice } = await app.ok(WriteOffInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'buyer insolvent, no dividend expected' } }, RISK_OFFICER);
  expect(writeOffInvoice.invoice).toMatchObject({
    status: 'WRITTEN_OFF',
    outstanding: '0.00',
    writtenOff: '750.00',
    writeOffReason: 'buyer insolvent, no dividend expected',
    writtenOffOn: '2026-03-07',
    collectionStage: 'LEGAL',
  });
  expect(writeOffInvoice.decision).toMatchObject({ mutation: 'writeOffInvoice', outcome: 'APPROVED', actorId: 'test-risk_officer' });
  expect(writeOffInvoice.decision.facts).toMatchObject({ outstandingMinor: 75000, collectionStage: 'LEGAL', daysPastDue: 35 });
  expect((await app.ok(CustomerDocument, { id: customer.id })).customer.exposure.outstanding).toBe('0.00');

  const again = await app.gql(WriteOffInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'twice' } }, RISK_OFFICER);
  expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(again.errors?.[0].message).toMatch(/is written off; there is nothing to write off/);
});

it('refers a write-off before the legal stage, changing nothing until a second person approves it', async () => {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const { invoice } = await issueInvoice(app, customer.id, '400.00');
  const { writeOffInvoice } = await app.ok(WriteOffInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'looks hopeless' } }, RISK_OFFICER);
  expect(writeOffInvoice.invoice).toMatchObject({ status: 'OPEN', outstanding: '400.00', writtenOff: '0.00', writtenOffOn: null });
  expect(writeOffInvoice.decision).toMatchObject({ mutation: 'writeOffInvoice', outcome: 'REFERRED' });
  expect(writeOffInvoice.decision.firedRules).toEqual([expect.objectContaining({ rule: 'refer-write-off-before-legal-stage' })]);
  expect((await app.ok(CustomerDocument, { id: customer.id })).customer.exposure.outstanding).toBe('400.00');
});

it('is for risk officers, and needs a reason', async () => {
  const customer = await createCustomer(app);
  const { invoice } = await issueInvoice(app, customer.id, '10.00');
  const operator = await app.gql(WriteOffInvoiceDocument, { input: { invoiceId: invoice.id, reason: 'no' } });
  expect(operator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const noReason = await app.gql(WriteOffInvoiceDocument, { input: { invoiceId: invoice.id, reason: '' } }, RISK_OFFICER);
  expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});
