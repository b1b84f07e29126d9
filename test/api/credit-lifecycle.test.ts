/**
 * One customer's whole credit life on simulated dates (the clock moves; nothing sleeps): onboarding
 * through the scorecard, a credit-limit request, an invoice, every stage of the collections ladder
 * with a partial payment mid-way (which re-anchors the ladder and the interest), supply suspension,
 * legal action, full payment and restored supply. At each date the test asserts the stage, the
 * customer's status, the alerts raised so far, the late interest and the letter of the stage.
 * Every number comes from rules/ (terms, ladder days, interest, letter deadlines, alert severities).
 */
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import {
  CreateCustomerDocument,
  CustomerCreditDocument,
  CustomerDocument,
  InvoiceDocument,
  InvoiceDunningLetterDocument,
  InvoiceLateInterestDocument,
  IssueInvoiceDocument,
  RecordPaymentDocument,
  RequestCreditLimitDocument,
  RunCollectionCycleDocument,
  DecisionReplayDocument,
  type CollectionStage,
} from '../generated/graphql';
import { customerInput, FINANCIALS_OF_GRADE } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

const RISK_OFFICER = { role: 'RISK_OFFICER' as never };
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ today: '2026-01-02' });
});
afterAll(() => app.close());

const on = (date: string) => app.clock.set(`${date}T09:00:00Z`);

async function cycle(date: string) {
  on(date);
  return (await app.ok(RunCollectionCycleDocument, {})).runCollectionCycle;
}

async function alerts(): Promise<string[]> {
  const rows = await app.orm.em.fork().find(RiskAlert, {}, { orderBy: { sequence: 'asc' } });
  return rows.map((alert) => `${alert.type}/${alert.severity}`);
}

it('walks one customer from onboarding through every stage of the ladder, with a partial payment mid-way', async () => {
  // 2026-01-02 — onboarding: the scorecard grades the credit report, the tier follows, the first line is 15% of monthly sales.
  on('2026-01-02');
  const { createCustomer } = await app.ok(CreateCustomerDocument, {
    input: customerInput({ name: 'Nordwind Maschinenbau GmbH', language: 'de', monthlySales: '100000.00', relationshipStart: '2020-01-15', financials: FINANCIALS_OF_GRADE[4].financials }),
  });
  const customer = createCustomer.customer;
  expect(customer).toMatchObject({ grade: 4, riskTier: 'B', status: 'ACTIVE', exposure: { creditLimit: '15000.00' } });
  const credit = async () => (await app.ok(CustomerCreditDocument, { id: customer.id })).customer;
  expect((await credit()).gradeHistory.edges.map(({ node }) => [node.grade, node.riskTier, node.previousGrade])).toEqual([[4, 'B', null]]);

  // A larger line is asked for: no payment record yet, so the new-customer cap (15% of monthly sales) holds.
  const { requestCreditLimit } = await app.ok(RequestCreditLimitDocument, { input: { customerId: customer.id, amount: '50000.00' } }, RISK_OFFICER);
  expect(requestCreditLimit).toMatchObject({ outcome: 'PARTIAL', granted: '15000.00', exposure: { creditLimit: '15000.00' } });

  // The invoice: tier B gets the 30-day term.
  const { issueInvoice } = await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'NW-2026-001', amount: '10000.00', currency: 'EUR' } });
  const invoice = issueInvoice.invoice;
  expect(invoice).toMatchObject({ termDays: 30, dueDate: '2026-02-01', collectionStage: 'NONE' });

  const stage = async () => (await app.ok(InvoiceDocument, { id: invoice.id })).invoice.collectionStage;
  const status = async () => (await app.ok(CustomerDocument, { id: customer.id })).customer.status;
  const interest = async () => {
    const { lateInterest } = (await app.ok(InvoiceLateInterestDocument, { id: invoice.id })).invoice;
    return { principal: lateInterest.principal, days: lateInterest.days, interest: lateInterest.interest, fixed: lateInterest.fixedCompensation, total: lateInterest.total };
  };
  // Intl separates amount and currency with a no-break space; compare with plain spaces.
  const letter = async (letterStage: CollectionStage, language?: string) => {
    const rendered = (await app.ok(InvoiceDunningLetterDocument, { id: invoice.id, stage: letterStage, language })).invoice.dunningLetter;
    return { ...rendered, body: rendered.body.replace(/[\u00a0\u202f]/g, ' ') };
  };

  // 2026-01-28 — 4 days before due: nothing yet.
  expect(await cycle('2026-01-28')).toMatchObject({ transitions: 0 });
  expect(await stage()).toBe('NONE');

  // 2026-01-29 — 3 days before due: payment reminder, in German; no interest before the due date.
  expect(await cycle('2026-01-29')).toMatchObject({ transitions: 1, suspensions: 0 });
  expect(await stage()).toBe('REMINDER');
  expect(await interest()).toEqual({ principal: '10000.00', days: 0, interest: '0.00', fixed: '0.00', total: '0.00' });
  const reminder = await letter('REMINDER');
  expect(reminder).toMatchObject({ language: 'de', asOf: '2026-01-29' });
  expect(reminder.subject).toContain('NW-2026-001');
  expect(reminder.body).toContain('10.000,00 €');
  expect(reminder.body).toContain('1. Februar 2026');
  expect(await alerts()).toEqual(['LIMIT_DECISION/INFO', 'COLLECTION_STAGE/INFO']);

  // 2026-02-02 — 1 day overdue: phone follow-up; interest runs from the day after the due date at 2.15 + 8 = 10.15 %.
  expect(await cycle('2026-02-02')).toMatchObject({ transitions: 1 });
  expect(await stage()).toBe('PHONE_FOLLOW_UP');
  // 10,000.00 x 10.15 % x 1 / 365 = 2.78, plus the fixed EUR 40.
  expect(await interest()).toEqual({ principal: '10000.00', days: 1, interest: '2.78', fixed: '40.00', total: '42.78' });

  // 2026-02-06 — a partial payment of 4,000.00, 5 days after the due date: the ladder re-anchors on it.
  on('2026-02-06');
  const { recordPayment } = await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '4000.00', currency: 'EUR' } });
  expect(recordPayment.invoice).toMatchObject({ outstanding: '6000.00', status: 'PARTLY_PAID', collectionStage: 'PHONE_FOLLOW_UP', ladderAnchorDate: '2026-02-06' });

  // 2026-02-16 — 15 days past due but 10 past the payment: no formal demand, no suspension yet.
  expect(await cycle('2026-02-16')).toMatchObject({ transitions: 0, suspensions: 0 });
  expect(await stage()).toBe('PHONE_FOLLOW_UP');
  expect(await status()).toBe('ACTIVE');
  // Interest on what was outstanding in each period: 10,000.00 x 5 days (to the payment) = 13.90, then 6,000.00 x 10 days = 16.68.
  expect(await interest()).toEqual({ principal: '6000.00', days: 15, interest: '30.58', fixed: '40.00', total: '70.58' });

  // 2026-02-21 — 15 days past the payment: formal demand, and supply on credit is suspended.
  expect(await cycle('2026-02-21')).toMatchObject({ transitions: 1, suspensions: 1 });
  expect(await stage()).toBe('FORMAL_DEMAND');
  expect(await status()).toBe('SUPPLY_SUSPENDED');
  const refused = await app.gql(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'NW-2026-002', amount: '100.00', currency: 'EUR' } });
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'POLICY_REJECTED', outcome: 'REJECTED' });
  // 13.90 + 6,000.00 x 10.15 % x 15 / 365 = 25.03.
  expect(await interest()).toEqual({ principal: '6000.00', days: 20, interest: '38.93', fixed: '40.00', total: '78.93' });
  const demand = await letter('FORMAL_DEMAND');
  expect(demand.subject).toBe('Mahnung: Rechnung NW-2026-001');
  expect(demand.body).toContain('seit 20 Tagen überfällig');
  expect(demand.body).toContain('Offener Betrag: 6.000,00 €. Verzugszinsen bis heute: 38,93 €. Verzugspauschale: 40,00 €.');
  // Pay within the 7 days of rules/letters/formal-demand.json.
  expect(demand.body).toContain('bis zum 28. Februar 2026 zu zahlen');
  expect(await alerts()).toEqual(['LIMIT_DECISION/INFO', 'COLLECTION_STAGE/INFO', 'COLLECTION_STAGE/INFO', 'COLLECTION_STAGE/WARNING', 'SUPPLY_SUSPENDED/CRITICAL']);

  // 2026-03-07 — 29 days past the payment: nothing new; 2026-03-08 — 30 days: legal action.
  expect(await cycle('2026-03-07')).toMatchObject({ transitions: 0 });
  expect(await cycle('2026-03-08')).toMatchObject({ transitions: 1, suspensions: 0 });
  expect(await stage()).toBe('LEGAL');
  expect(await cycle('2026-03-08')).toMatchObject({ transitions: 0 }); // same date again: nothing
  // 13.90 + 6,000.00 x 10.15 % x 30 / 365 = 50.05.
  expect(await interest()).toEqual({ principal: '6000.00', days: 35, interest: '63.95', fixed: '40.00', total: '103.95' });
  const legal = await letter('LEGAL');
  expect(legal.language).toBe('de');
  expect(legal.body).toContain('6.000,00 €');
  expect(legal.body).toContain('63,95 €');
  const english = await letter('LEGAL', 'en');
  expect(english.body).toContain('€6,000.00');

  // 2026-03-10 — paid in full: the ladder ends; interest stops on the payment date.
  on('2026-03-10');
  const paid = await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '6000.00', currency: 'EUR' } });
  expect(paid.recordPayment.invoice).toMatchObject({ outstanding: '0.00', status: 'PAID', collectionStage: 'NONE', ladderAnchorDate: null });
  // 13.90 + 6,000.00 x 10.15 % x 32 / 365 = 53.39: owed on top of the principal, for a person to claim.
  expect(await interest()).toEqual({ principal: '0.00', days: 37, interest: '67.29', fixed: '40.00', total: '107.29' });

  // 2026-03-11 — the next cycle gives supply back; new invoices are accepted again.
  expect(await cycle('2026-03-11')).toMatchObject({ examined: 0, restorations: 1 });
  expect(await status()).toBe('ACTIVE');
  await app.ok(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'NW-2026-003', amount: '100.00', currency: 'EUR' } });

  expect(await alerts()).toEqual([
    'LIMIT_DECISION/INFO',
    'COLLECTION_STAGE/INFO',
    'COLLECTION_STAGE/INFO',
    'COLLECTION_STAGE/WARNING',
    'SUPPLY_SUSPENDED/CRITICAL',
    'COLLECTION_STAGE/CRITICAL',
    'SUPPLY_RESTORED/INFO',
  ]);

  // Every decision of the story is stored and replays to the same outcome under the stored policy versions.
  const decisions = await app.orm.em.fork().find(DecisionRecord, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  expect(new Set(decisions.map((record) => record.mutation))).toEqual(
    new Set(['scoreCustomer', 'gradeCustomer', 'createCustomer', 'requestCreditLimit', 'issueInvoice', 'runCollectionCycle', 'recordPayment', 'reviewSupplySuspension']),
  );
  for (const record of decisions) {
    expect((await app.ok(DecisionReplayDocument, { id: record.id })).decision.replay.matches).toBe(true);
  }
});
