/**
 * The in-process scheduler: however often it ticks, the ladder ends in the same place; a tick while
 * a cycle runs is skipped; start() ticks on its interval and stop() lets a running cycle finish.
 */
import { CollectionScheduler } from '../../src/modules/collections/collections.scheduler';
import { CustomerDocument, InvoiceDocument } from '../generated/graphql';
import { eventually } from '../support/eventually';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';
import { addDays } from '../../src/shared/dates';

async function portfolioAfter(tickDates: string[]) {
  const app: TestApp = await startTestApp({ today: '2026-01-01' });
  try {
    const scheduler = new CollectionScheduler({ em: app.orm.em, policy: app.policy, clock: app.clock }, 0);
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
    const first = await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
    const second = await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
    for (const date of tickDates) {
      app.clock.set(`${date}T05:00:00Z`);
      await scheduler.tick();
    }
    const stageOf = async (id: string) => (await app.ok(InvoiceDocument, { id })).invoice.collectionStage;
    return {
      stages: [await stageOf(first.invoice.id), await stageOf(second.invoice.id)],
      status: (await app.ok(CustomerDocument, { id: customer.id })).customer.status,
    };
  } finally {
    await app.close();
  }
}

it('ends in the same place whether it ticked every day or once', async () => {
  const everyDay = Array.from({ length: 40 }, (_, i) => addDays('2026-01-25', i)); // to 2026-03-05
  const daily = await portfolioAfter(everyDay);
  const once = await portfolioAfter(['2026-03-05']);
  expect(daily).toEqual({ stages: ['LEGAL', 'LEGAL'], status: 'SUPPLY_SUSPENDED' });
  expect(once).toEqual(daily);
});

it('skips a tick while a cycle is running, ticks on its interval, and stops cleanly', async () => {
  const app = await startTestApp({ today: '2026-01-01' });
  try {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B });
    await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
    app.clock.set('2026-02-02T05:00:00Z');
    const scheduler = new CollectionScheduler({ em: app.orm.em, policy: app.policy, clock: app.clock }, 10);
    const [first, overlapping] = await Promise.all([scheduler.tick(), scheduler.tick()]);
    expect(first).toMatchObject({ asOf: '2026-02-02', transitions: 1 });
    expect(overlapping).toBeNull();

    app.clock.set('2026-02-16T05:00:00Z');
    scheduler.start();
    await eventually(async () => (await app.ok(CustomerDocument, { id: customer.id })).customer.status === 'SUPPLY_SUSPENDED', 10);
    await scheduler.stop();
  } finally {
    await app.close();
  }
});
