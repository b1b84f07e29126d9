/**
 * The collections ladder on simulated dates (the clock moves; nothing sleeps): a stage is reached
 * once, a second run for the same date changes nothing, and two cycles at once make each
 * transition exactly once. Days, stages and alert severities all come from rules/.
 */
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { runCollectionCycle } from '../../src/modules/collections/collections.service';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import { CustomerDocument, DecisionReplayDocument, InvoiceDocument, IssueInvoiceDocument, RecordPaymentDocument, RunCollectionCycleDocument } from '../generated/graphql';
import { rmSync } from 'node:fs';
import { copyPinnedRules } from '../support/pinned-rules';
import { editPolicy } from '../support/policy-edits';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp({ today: '2026-01-01' });
});
afterEach(() => app.close());

async function cycleOn(date: string) {
  app.clock.set(`${date}T06:00:00Z`);
  return (await app.ok(RunCollectionCycleDocument, {})).runCollectionCycle;
}

async function alerts() {
  const rows = await app.orm.em.fork().find(RiskAlert, {}, { orderBy: { sequence: 'asc' } });
  return rows.map((alert) => `${alert.type}/${alert.severity}`);
}

it('walks one invoice through every stage, with a partial payment on the way', async () => {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, relationshipStart: '2020-01-01' });
  const { invoice } = await issueInvoice(app, customer.id, '1000.00', { issueDate: '2026-01-01' });
  expect(invoice.dueDate).toBe('2026-01-31');
  const stage = async () => (await app.ok(InvoiceDocument, { id: invoice.id })).invoice.collectionStage;

  expect(await cycleOn('2026-01-27')).toMatchObject({ examined: 1, transitions: 0 });
  expect(await stage()).toBe('NONE');

  expect(await cycleOn('2026-01-28')).toMatchObject({ transitions: 1, suspensions: 0 }); // 3 days before due
  expect(await stage()).toBe('REMINDER');
  expect(await cycleOn('2026-01-28')).toMatchObject({ transitions: 0 }); // same date again: nothing
  expect(await alerts()).toEqual(['COLLECTION_STAGE/INFO']);

  expect(await cycleOn('2026-02-01')).toMatchObject({ transitions: 1 }); // 1 day overdue
  expect(await stage()).toBe('PHONE_FOLLOW_UP');

  // A partial payment 5 days after the due date re-anchors the ladder (rules/collections.json):
  // the formal demand comes 15 days after the payment, not 15 days after the due date.
  app.clock.set('2026-02-05T10:00:00Z');
  const { recordPayment } = await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '400.00', currency: 'EUR' } });
  expect(recordPayment.decision.explanation).toContain('collections / partial-payment-re-anchors-the-ladder');
  expect((await app.ok(InvoiceDocument, { id: invoice.id })).invoice.ladderAnchorDate).toBe('2026-02-05');
  expect(await cycleOn('2026-02-15')).toMatchObject({ transitions: 0, suspensions: 0 }); // 15 days past due, 10 past the payment
  expect(await cycleOn('2026-02-19')).toMatchObject({ transitions: 0, suspensions: 0 });
  expect(await stage()).toBe('PHONE_FOLLOW_UP');

  expect(await cycleOn('2026-02-20')).toMatchObject({ transitions: 1, suspensions: 1 }); // 15 days past the payment
  expect(await stage()).toBe('FORMAL_DEMAND');
  expect((await app.ok(CustomerDocument, { id: customer.id })).customer.status).toBe('SUPPLY_SUSPENDED');
  const refused = await app.gql(IssueInvoiceDocument, { input: { customerId: customer.id, number: 'CC-NEXT', amount: '10.00', currency: 'EUR' } });
  expect(refused.errors?.[0].extensions?.code).toBe('POLICY_REJECTED');

  expect(await cycleOn('2026-03-06')).toMatchObject({ transitions: 0 }); // 29 days past the payment
  expect(await cycleOn('2026-03-07')).toMatchObject({ transitions: 1, suspensions: 0 }); // 30 days past the payment
  expect(await stage()).toBe('LEGAL');
  expect(await cycleOn('2026-03-07')).toMatchObject({ transitions: 0 });

  // Paid in full: the ladder ends, and the next cycle gives supply back.
  await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '600.00', currency: 'EUR' } });
  expect(await stage()).toBe('NONE');
  expect((await app.ok(InvoiceDocument, { id: invoice.id })).invoice.ladderAnchorDate).toBeNull();
  expect(await cycleOn('2026-03-08')).toMatchObject({ examined: 0, transitions: 0, restorations: 1 });
  expect((await app.ok(CustomerDocument, { id: customer.id })).customer.status).toBe('ACTIVE');
  expect(await cycleOn('2026-03-08')).toMatchObject({ restorations: 0 });
  await issueInvoice(app, customer.id, '10.00');

  expect(await alerts()).toEqual([
    'COLLECTION_STAGE/INFO',
    'COLLECTION_STAGE/INFO',
    'COLLECTION_STAGE/WARNING',
    'SUPPLY_SUSPENDED/CRITICAL',
    'COLLECTION_STAGE/CRITICAL',
    'SUPPLY_RESTORED/INFO',
  ]);
  const transitions = await app.orm.em.fork().find(DecisionRecord, { mutation: { $in: ['runCollectionCycle', 'reviewSupplySuspension'] } }, { orderBy: { businessDate: 'asc' } });
  expect(transitions.map((record) => record.businessDate)).toEqual(['2026-01-28', '2026-02-01', '2026-02-20', '2026-03-07', '2026-03-08']);
  for (const record of transitions) {
    expect((await app.ok(DecisionReplayDocument, { id: record.id })).decision.replay.matches).toBe(true);
  }
});

it('keeps supply suspended while another invoice is still overdue', async () => {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
  const first = await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
  app.clock.set('2026-01-10T06:00:00Z');
  await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-10' });
  expect(await cycleOn('2026-02-20')).toMatchObject({ suspensions: 1 });
  await app.ok(RecordPaymentDocument, { input: { invoiceId: first.invoice.id, amount: '100.00', currency: 'EUR' } });
  expect(await cycleOn('2026-02-21')).toMatchObject({ restorations: 0 });
  expect((await app.ok(CustomerDocument, { id: customer.id })).customer.status).toBe('SUPPLY_SUSPENDED');
});

it('jumps straight to the stage of the day when the cycle has not run for a while', async () => {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
  const { invoice } = await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
  expect(await cycleOn('2026-02-20')).toMatchObject({ transitions: 1, suspensions: 1 });
  expect((await app.ok(InvoiceDocument, { id: invoice.id })).invoice.collectionStage).toBe('FORMAL_DEMAND');
});

it('makes each transition exactly once when two cycles run at the same time', async () => {
  const customers = await Promise.all([1, 2, 3].map(() => createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' })));
  for (const customer of customers) {
    for (let i = 0; i < 4; i += 1) await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
  }
  app.clock.set('2026-02-02T06:00:00Z');
  const [first, second] = await Promise.all([
    app.ok(RunCollectionCycleDocument, { asOf: '2026-02-02' }),
    app.ok(RunCollectionCycleDocument, { asOf: '2026-02-02' }),
  ]);
  expect(first.runCollectionCycle.transitions + second.runCollectionCycle.transitions).toBe(12);
  expect(await app.orm.em.fork().count(DecisionRecord, { mutation: 'runCollectionCycle' })).toBe(12);
  expect((await alerts()).length).toBe(12);
});

it('shares the work when three cycles with small batches run at once: every transition exactly once', async () => {
  const customers = await Promise.all([1, 2, 3].map(() => createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' })));
  for (const customer of customers) {
    for (let i = 0; i < 10; i += 1) await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
  }
  app.clock.set('2026-02-20T06:00:00Z');
  const deps = () => ({ em: app.orm.em.fork(), policy: app.policy, clock: app.clock, actorId: 'test-cycle' });
  // Batches of 4: the cycles interleave (on PostgreSQL each skips the batches the others hold).
  const results = await Promise.all([1, 2, 3].map(() => runCollectionCycle(deps(), '2026-02-20', 4)));
  expect(results.reduce((sum, result) => sum + result.transitions, 0)).toBe(30);
  expect(results.reduce((sum, result) => sum + result.suspensions, 0)).toBe(3);
  const em = app.orm.em.fork();
  expect(await em.count(Invoice, { collectionStage: 'FORMAL_DEMAND' as never })).toBe(30);
  expect(await em.count(DecisionRecord, { mutation: 'runCollectionCycle' })).toBe(30);
  expect(await alerts()).toHaveLength(33);
  expect((await alerts()).filter((alert) => alert === 'SUPPLY_SUSPENDED/CRITICAL')).toHaveLength(3);
  // The same date again: nothing.
  expect(await runCollectionCycle(deps(), '2026-02-20', 4)).toMatchObject({ examined: 30, transitions: 0, suspensions: 0 });
});

it('refuses a date in the future, and is not for viewers', async () => {
  const future = await app.gql(RunCollectionCycleDocument, { asOf: '2026-01-02' });
  expect(future.errors?.[0]).toMatchObject({ message: 'asOf 2026-01-02 is in the future (today is 2026-01-01)', extensions: { code: 'BAD_USER_INPUT' } });
  const viewer = await app.gql(RunCollectionCycleDocument, {}, { role: 'VIEWER' as never });
  expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('suspends supply at 10 days instead of 15 once a risk officer changes rules/collections.json, with no code change', async () => {
  const rulesDir = copyPinnedRules();
  try {
    editPolicy(rulesDir, 'collections.json', (policy) => {
      const rule = policy.rules.find((candidate) => candidate.name === 'suspend-supply-at-15-days-overdue')! as unknown as {
        conditions: { all: Array<{ fact: string; value: number }> };
      };
      rule.conditions.all.find((condition) => condition.fact === 'daysPastAnchor')!.value = 10;
      // The officer's fixtures for day 14 (plain, and 14 days after a partial payment) now expect the suspension too.
      for (const name of ['14 days overdue', 're-anchored: 20 days past due but 14']) {
        policy.tests!.find((candidate) => (candidate as unknown as { name: string }).name.startsWith(name))!.expect.events = [{ type: 'suspend-supply' }];
      }
    });
    const edited = await startTestApp({ today: '2026-01-01', rulesDir });
    try {
      const customer = await createCustomer(edited, { grade: GRADE_OF_TIER.B });
      await issueInvoice(edited, customer.id, '100.00', { issueDate: '2026-01-01' }); // due 2026-01-31
      edited.clock.set('2026-02-10T06:00:00Z'); // 10 days overdue
      expect((await edited.ok(RunCollectionCycleDocument, {})).runCollectionCycle).toMatchObject({ suspensions: 1 });
    } finally {
      await edited.close();
    }
    // The pinned policy waits until day 15.
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
    expect(await cycleOn('2026-02-10')).toMatchObject({ suspensions: 0 });
  } finally {
    rmSync(rulesDir, { recursive: true, force: true });
  }
});
