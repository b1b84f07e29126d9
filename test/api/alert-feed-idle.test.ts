/**
 * No outbox read per commit while nobody listens on the instance (issue 16, point 5): commits and
 * polls leave the feed asleep; the first subscriber wakes it with one read of the newest sequence,
 * and from then on it streams as before: "from now on" means after that read, a replay from
 * `afterSequence` still gets every alert exactly once, in order.
 */
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { Role } from '../../src/app/actor';
import { CustomersDocument, RunCollectionCycleDocument } from '../generated/graphql';
import { subscribeAlerts, type AlertSubscription } from '../support/alert-subscriber';
import { eventually } from '../support/eventually';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const open: AlertSubscription[] = [];
beforeAll(async () => {
  // A poll every 5 ms: a feed that read while asleep would be caught by the next requests.
  app = await startTestApp({ today: '2026-03-02', env: { ALERT_POLL_MS: '5' } });
});
afterAll(async () => {
  await Promise.all(open.map((subscription) => subscription.stop()));
  await app.close();
});

/** One overdue invoice taken to LEGAL by a cycle: alerts for the stage and the suspension. */
async function raiseAlerts(): Promise<number[]> {
  const before = await storedSequences();
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
  await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
  await app.ok(RunCollectionCycleDocument, {});
  return (await storedSequences()).filter((sequence) => !before.includes(sequence));
}

async function storedSequences(): Promise<number[]> {
  const rows = await app.orm.em.fork().find(RiskAlert, {}, { orderBy: { sequence: 'asc' }, fields: ['sequence'] });
  return rows.map((row) => row.sequence);
}

it('reads nothing while nobody listens, then streams from the first subscriber on', async () => {
  const whileAsleep = await raiseAlerts();
  expect(whileAsleep.length).toBeGreaterThan(0);
  // Requests after the commits give the 5 ms poll its chances to read; it must not (the test's own reads are done).
  const asleep = app.outboxReads();
  for (let i = 0; i < 5; i += 1) await app.ok(CustomersDocument, { first: 1 });
  expect(app.outboxReads()).toBe(asleep);

  // From now on: the subscriber wakes the feed (one read of the newest sequence) and then gets only what comes after.
  const fromNow = subscribeAlerts(app.url, await app.tokenFor(Role.OPERATOR));
  open.push(fromNow);
  await eventually(async () => app.outboxReads() > asleep);
  const afterWaking = await raiseAlerts();
  await fromNow.waitFor(afterWaking.length);
  expect(fromNow.alerts.map((alert) => alert.sequence)).toEqual(afterWaking);

  // A replay from the start still has everything, the alerts raised while asleep included, once each.
  const replay = subscribeAlerts(app.url, await app.tokenFor(Role.OPERATOR), { afterSequence: 0 });
  open.push(replay);
  const everything = await storedSequences();
  await replay.waitFor(everything.length);
  expect(replay.alerts.map((alert) => alert.sequence)).toEqual(everything);
  expect(everything).toEqual(expect.arrayContaining([...whileAsleep, ...afterWaking]));
});
