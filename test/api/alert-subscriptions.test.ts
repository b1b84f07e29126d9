/**
 * Risk alerts over graphql-ws, as a partner portal sees them: live alerts after commit, a replay
 * from `afterSequence` that meets the live stream with no gap and no duplicate, reconnecting with the
 * last sequence, filters, authentication in connection_init, a slow consumer cut off with a clear code,
 * the history query and acknowledgement. Alerts come from real mutations (the collections cycle).
 */
import { print } from 'graphql';
import pino from 'pino';
import WebSocket from 'ws';
import { LocalAlertBus } from '../../src/modules/alert/alert-bus';
import { AlertFeed } from '../../src/modules/alert/alert-feed';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { Role } from '../../src/app/actor';
import {
  AcknowledgeAlertDocument,
  GrantPartnerAccessDocument,
  PartnerRiskAlertStreamDocument,
  RecordPaymentDocument,
  RevokePartnerAccessDocument,
  RiskAlertBatchStreamDocument,
  RiskAlertHistoryDocument,
  RiskAlertStreamDocument,
  RunCollectionCycleDocument,
} from '../generated/graphql';
import { openRawConnection, subscribeAlerts, until, wsUrlOf, type AlertSubscription } from '../support/alert-subscriber';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const open: AlertSubscription[] = [];
beforeAll(async () => {
  app = await startTestApp({ today: '2026-03-02' });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.stop()));
});
afterAll(() => app.close());

/**
 * Subscribes as a portal would after a restart: from the last sequence it knows (here: the last one
 * stored), so no alert can fall between "subscribed" and "registered on the server".
 */
const subscribe = async (
  variables: Parameters<typeof subscribeAlerts>[2] = {},
  role: Role = Role.OPERATOR,
  organisationId: string | null = null,
  document: Parameters<typeof subscribeAlerts>[3] = role === Role.PARTNER ? PartnerRiskAlertStreamDocument : RiskAlertStreamDocument,
) => {
  const afterSequence = variables.afterSequence ?? (await storedSequences()).at(-1) ?? 0;
  const subscription = subscribeAlerts(app.url, await app.tokenFor(role, organisationId), { ...variables, afterSequence }, document);
  open.push(subscription);
  return subscription;
};

/**
 * A customer with `overdue` invoices 30 days past due (each reaches LEGAL, CRITICAL; the customer is
 * suspended, CRITICAL) and `dueSoon` invoices 3 days before due (REMINDER, INFO), then one cycle.
 * Returns the number of alerts the cycle raised.
 */
async function raiseAlerts(overdue: number, dueSoon = 0): Promise<number> {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
  for (let i = 0; i < overdue; i += 1) await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
  for (let i = 0; i < dueSoon; i += 1) await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-02-03' });
  const before = await app.orm.em.fork().count(RiskAlert, {});
  await app.ok(RunCollectionCycleDocument, {});
  return (await app.orm.em.fork().count(RiskAlert, {})) - before;
}

async function storedSequences(): Promise<number[]> {
  const rows = await app.orm.em.fork().find(RiskAlert, {}, { orderBy: { sequence: 'asc' }, fields: ['sequence'] });
  return rows.map((row) => row.sequence);
}

const sequencesOf = (subscription: AlertSubscription) => subscription.alerts.map((alert) => alert.sequence);

it('streams alerts once they are committed, in sequence order, with what raised them', async () => {
  const subscription = await subscribe();
  const raised = await raiseAlerts(2, 1);
  expect(raised).toBe(4); // 2 x LEGAL, the suspension, 1 reminder
  const alerts = await subscription.waitFor(4);
  expect(alerts.map((alert) => `${alert.type}/${alert.severity}`).sort()).toEqual(
    ['COLLECTION_STAGE/CRITICAL', 'COLLECTION_STAGE/CRITICAL', 'COLLECTION_STAGE/INFO', 'SUPPLY_SUSPENDED/CRITICAL'].sort(),
  );
  expect(sequencesOf(subscription)).toEqual([...sequencesOf(subscription)].sort((a, b) => a - b));
  expect(alerts[0]).toMatchObject({ decisionId: expect.any(String), customerId: expect.any(String), data: { asOf: '2026-03-02' } });
  expect(subscription.errors).toEqual([]);
});

it('replays from afterSequence and joins the live stream with no gap and no duplicate, while alerts keep coming', async () => {
  await raiseAlerts(3);
  const stored = await storedSequences();
  const from = stored[stored.length - 3]; // the last two stored alerts are replayed
  const subscription = await subscribe({ afterSequence: from });
  // More alerts committed while the replay runs and after it. One after the other: a cycle run
  // while another customer's invoices are still being issued would suspend that customer mid-way.
  await raiseAlerts(2);
  await raiseAlerts(1);
  const expected = (await storedSequences()).filter((sequence) => sequence > from);
  await subscription.waitFor(expected.length);
  // One more alert as a marker: once it is in, nothing else can still be on its way.
  await raiseAlerts(1);
  const all = (await storedSequences()).filter((sequence) => sequence > from);
  await subscription.waitFor(all.length);
  expect(sequencesOf(subscription)).toEqual(all);
});

it('delivers the alerts of one commit in one batch message to every batch subscriber, the same for each', async () => {
  const batches = [await subscribe({}, Role.OPERATOR, null, RiskAlertBatchStreamDocument), await subscribe({}, Role.OPERATOR, null, RiskAlertBatchStreamDocument)];
  const single = await subscribe();
  // 25 LEGAL transitions and the suspension, committed together: about 13 KB of alerts, sent as one message
  // whose result is executed once for both batch subscribers (shared-subscription-execution.ts).
  const raised = await raiseAlerts(25);
  expect(raised).toBe(26);
  const expected = (await storedSequences()).slice(-26);
  for (const subscription of batches) {
    await subscription.waitFor(26);
    expect(subscription.messages).toEqual([26]);
    expect(sequencesOf(subscription)).toEqual(expected);
    expect(subscription.errors).toEqual([]);
  }
  expect(batches[1].alerts).toEqual(batches[0].alerts);
  expect(JSON.stringify(batches[0].alerts).length).toBeGreaterThan(8 * 1024);
  await single.waitFor(26);
  expect(single.messages).toEqual(Array(26).fill(1));
  expect(single.alerts).toEqual(batches[0].alerts);
});

it('sends a burst to riskAlerts subscribers as one message per alert, each naming its own subscription', async () => {
  // Two subscriptions multiplexed on one connection, read frame by frame with a plain WebSocket: one
  // sees every alert (it takes the feed's page as it is), one only CRITICAL ones (its own queue). On
  // the wire it must be exactly what graphql-ws sends alert by alert.
  const reference = await subscribe();
  const socket = new WebSocket(wsUrlOf(app.url), 'graphql-transport-ws');
  const received: { id: string; type: string; payload: { data?: { riskAlerts: { sequence: number } }; errors?: unknown } }[] = [];
  socket.on('message', (data, isBinary) => {
    expect(isBinary).toBe(false);
    received.push(JSON.parse(String(data)));
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${await app.tokenFor(Role.OPERATOR)}` } }));
  await until(() => received.some((message) => message.type === 'connection_ack'));
  const afterSequence = (await storedSequences()).at(-1) ?? 0;
  const query = print(RiskAlertStreamDocument);
  const everyAlert = 'a';
  const critical = 'f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d'; // the shape of the official client's ids
  socket.send(JSON.stringify({ id: everyAlert, type: 'subscribe', payload: { query, variables: { afterSequence } } }));
  socket.send(JSON.stringify({ id: critical, type: 'subscribe', payload: { query, variables: { afterSequence, filter: { minSeverity: 'CRITICAL' } } } }));

  expect(await raiseAlerts(25, 1)).toBe(27); // 25 LEGAL and the suspension (CRITICAL), 1 reminder (INFO)
  await reference.waitFor(27);
  const next = (id: string) => received.filter((message) => message.id === id && message.type === 'next').map((message) => message.payload);
  await until(() => next(everyAlert).length >= 27 && next(critical).length >= 26);
  socket.close();

  expect(next(everyAlert).map((payload) => payload.data!.riskAlerts)).toEqual(reference.alerts);
  expect(next(critical).map((payload) => payload.data!.riskAlerts)).toEqual(reference.alerts.filter((alert) => alert.severity === 'CRITICAL'));
  expect(received.filter((message) => message.type !== 'connection_ack' && message.type !== 'next')).toEqual([]);
  expect([...next(everyAlert), ...next(critical)].filter((payload) => payload.errors !== undefined)).toEqual([]);
});

const rawConnection = async () => openRawConnection(app.url, { authorization: `Bearer ${await app.tokenFor(Role.OPERATOR)}` });

it("writes nothing of a subscriber's alerts onto another's connection when its socket closes during a burst", async () => {
  // Customer X's alerts go to every subscriber; the alerts of other customers only to the leavers'
  // unfiltered subscriptions (as a partner sees only its own customers). Leavers stop being OPEN while
  // alerts are on their way to them: two send their close frame and then stop reading (the server
  // holds them CLOSING, skipping their messages, for the rest of the test), one is destroyed as its
  // first alert of the burst arrives.
  const x = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
  const afterSequence = (await storedSequences()).at(-1) ?? 0;
  const onlyX = { afterSequence, filter: { customerIds: [x.id] } };
  const [query, batchQuery] = [print(RiskAlertStreamDocument), print(RiskAlertBatchStreamDocument)];
  const victims = [await subscribe(onlyX), await subscribe(onlyX, Role.OPERATOR, null, RiskAlertBatchStreamDocument)];
  // Sees every customer, as the unfiltered leavers do, and is served just before them.
  const observer = await subscribe({ afterSequence });
  const raw = await rawConnection();
  raw.socket.send(JSON.stringify({ id: 'mine', type: 'subscribe', payload: { query, variables: onlyX } }));
  const rawBatches = await rawConnection();
  rawBatches.socket.send(JSON.stringify({ id: 'my-batches', type: 'subscribe', payload: { query: batchQuery, variables: onlyX } }));
  const leavers = await Promise.all([rawConnection(), rawConnection(), rawConnection()]);
  const leaverSubscriptions = [{ query, variables: { afterSequence } }, { query: batchQuery, variables: onlyX }, { query, variables: { afterSequence } }];
  leavers.forEach(({ socket }, i) => socket.send(JSON.stringify({ id: `leaver-${i}`, type: 'subscribe', payload: leaverSubscriptions[i] })));
  try {
    expect(await raiseAlerts(1)).toBe(2); // another customer: once the unfiltered leavers have it, they are live
    await until(() => leavers[0].frames.length > 0 && leavers[2].frames.length > 0);
    for (const { socket } of leavers.slice(0, 2)) {
      socket.pause();
      socket.close(1000, 'leaving');
    }
    const destroyed = leavers[2];
    destroyed.socket.on('message', () => destroyed.socket.terminate());

    // The burst: X's 25 invoices reach LEGAL and X is suspended, with another customer's alerts, in one commit.
    for (let i = 0; i < 25; i += 1) await issueInvoice(app, x.id, '100.00', { issueDate: '2026-01-01' });
    expect(await raiseAlerts(1)).toBe(28);
    const expected = (await app.orm.em.fork().find(RiskAlert, { customer: x.id }, { orderBy: { sequence: 'asc' } })).map((alert) => alert.sequence);
    expect(expected).toHaveLength(26);
    const alerts = await victims[0].waitFor(expected.length);
    expect(alerts.map((alert) => alert.sequence)).toEqual(expected);
    await victims[1].waitFor(expected.length);
    await until(() => raw.frames.length >= expected.length);
    await until(() => rawBatches.frames.reduce((count, frame) => count + (JSON.parse(frame).payload?.data?.riskAlertBatches?.length ?? 1), 0) >= expected.length);

    // Then alerts only unfiltered subscribers see (the leaver's message skipped), and messages without alerts.
    expect(await raiseAlerts(1)).toBe(2);
    const everything = (await storedSequences()).filter((sequence) => sequence > afterSequence);
    expect((await observer.waitFor(everything.length)).map((alert) => alert.sequence)).toEqual(everything);
    const late = await rawConnection(); // its connection_ack is checked as it arrives (exactly)
    for (const connection of [raw, rawBatches, late]) {
      const before = connection.frames.length;
      connection.socket.send('{"type":"ping"}');
      await until(() => connection.frames.length > before);
      expect(connection.frames.slice(before)).toEqual(['{"type":"pong"}']); // the old splicing wrote alerts in its place
      connection.frames.splice(before);
    }
    late.socket.close();

    // Every connection got exactly its own frames, each what graphql-ws sends for its subscription.
    for (const victim of [...victims, observer]) {
      expect(victim.errors).toEqual([]);
      expect(victim.closed).toBeNull();
    }
    for (const victim of victims) {
      expect(victim.alerts).toEqual(alerts);
    }
    expect(raw.frames).toEqual(alerts.map((alert) => JSON.stringify({ id: 'mine', type: 'next', payload: { data: { riskAlerts: alert } } })));
    let batched = 0;
    for (const frame of rawBatches.frames) {
      const size = (JSON.parse(frame).payload?.data?.riskAlertBatches?.length as number | undefined) ?? 1;
      const batch = alerts.slice(batched, (batched += size));
      expect(frame).toBe(JSON.stringify({ id: 'my-batches', type: 'next', payload: { data: { riskAlertBatches: batch } } }));
    }
    expect(batched).toBe(alerts.length);
  } finally {
    for (const { socket } of [raw, rawBatches, ...leavers]) socket.terminate();
  }
});

it('replays in batches of at most maxBatchSize and joins the live stream with no gap and no duplicate', async () => {
  await raiseAlerts(12);
  const from = (await storedSequences()).at(-14)!; // 13 stored alerts to replay
  const subscription = await subscribe({ afterSequence: from, maxBatchSize: 5 }, Role.OPERATOR, null, RiskAlertBatchStreamDocument);
  await subscription.waitFor(13);
  await raiseAlerts(1); // live: 2 alerts
  const all = (await storedSequences()).filter((sequence) => sequence > from);
  await subscription.waitFor(all.length);
  expect(sequencesOf(subscription)).toEqual(all);
  expect(Math.max(...subscription.messages)).toBeLessThanOrEqual(5);
  expect(subscription.messages.reduce((sum, count) => sum + count, 0)).toBe(all.length);
});

it('refuses a batch size outside 1 to 500 with BAD_USER_INPUT', async () => {
  for (const maxBatchSize of [0, 501]) {
    const refused = await subscribe({ maxBatchSize }, Role.OPERATOR, null, RiskAlertBatchStreamDocument);
    await until(() => refused.errors.length > 0);
    expect(refused.errors[0]).toMatchObject({ message: expect.stringContaining('maxBatchSize must be a whole number from 1 to 500'), extensions: { code: 'BAD_USER_INPUT' } });
  }
});

it('gives a subscriber that reconnects with its last sequence everything it missed, exactly once', async () => {
  const first = await subscribe();
  await raiseAlerts(1);
  await first.waitFor(2);
  const last = first.alerts[first.alerts.length - 1].sequence;
  await first.stop();

  await raiseAlerts(2); // missed while away
  const again = await subscribe({ afterSequence: last });
  await raiseAlerts(1); // live after the reconnect
  const expected = (await storedSequences()).filter((sequence) => sequence > last);
  await again.waitFor(expected.length);
  expect([...sequencesOf(first), ...sequencesOf(again)]).toEqual((await storedSequences()).filter((sequence) => sequence >= first.alerts[0].sequence));
});

it('filters by severity, type and customer', async () => {
  const critical = await subscribe({ filter: { minSeverity: 'CRITICAL' as never } });
  const reminders = await subscribe({ filter: { types: ['COLLECTION_STAGE'], minSeverity: 'INFO' as never } });
  await raiseAlerts(1, 2); // LEGAL + suspension (CRITICAL), two reminders (INFO)
  await critical.waitFor(2);
  await reminders.waitFor(3);
  const customerId = critical.alerts[0].customerId!;
  const oneCustomer = await subscribe({ filter: { customerIds: [customerId] }, afterSequence: 0 });
  await oneCustomer.waitFor(4);
  await raiseAlerts(1); // another customer: not for this subscriber
  await critical.waitFor(4);
  expect(critical.alerts.every((alert) => alert.severity === 'CRITICAL')).toBe(true);
  expect(reminders.alerts.every((alert) => alert.type === 'COLLECTION_STAGE')).toBe(true);
  expect(oneCustomer.alerts.every((alert) => alert.customerId === customerId)).toBe(true);
  expect(oneCustomer.alerts).toHaveLength(4);
});

it('authenticates the connection in connection_init', async () => {
  const forged = subscribeAlerts(app.url, 'not-a-token');
  open.push(forged);
  expect((await forged.waitForClose()).code).toBe(4403);

  // Arguments are checked once, when subscribing.
  const negative = subscribeAlerts(app.url, await app.tokenFor(Role.OPERATOR), { afterSequence: -1 });
  open.push(negative);
  await until(() => negative.errors.length > 0);
  expect(JSON.stringify(negative.errors)).toContain('afterSequence must be a whole number >= 0 (got -1)');

  const viewer = await subscribe({}, Role.VIEWER);
  await raiseAlerts(1);
  await viewer.waitFor(2);

});

it("shows a partner only its organisation's customers, checked for every alert: a revocation applies from the next one", async () => {
  const linked = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
  const other = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
  await app.ok(GrantPartnerAccessDocument, { input: { customerId: linked.id, organisationId: 'insurer-1' } }, { role: Role.ADMIN });
  const refused = await app.gql(GrantPartnerAccessDocument, { input: { customerId: other.id, organisationId: 'insurer-1' } });
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN'); // operators may not grant access

  const partner = await subscribe({}, Role.PARTNER, 'insurer-1');
  const outsider = await subscribe({}, Role.PARTNER, 'bank-2');
  const { invoice: linkedInvoice } = await issueInvoice(app, linked.id, '100.00', { issueDate: '2026-01-01' });
  await issueInvoice(app, other.id, '100.00', { issueDate: '2026-01-01' });
  app.clock.set('2026-03-02T09:00:00Z');
  await app.ok(RunCollectionCycleDocument, {});
  await partner.waitFor(2); // the linked customer's LEGAL stage and suspension
  expect(partner.alerts.every((alert) => alert.customerId === linked.id)).toBe(true);
  expect(partner.errors).toEqual([]); // partners ask for the fields they may read

  // History: the same rule.
  const history = await app.gql(RiskAlertHistoryDocument, { first: 50 }, { token: await app.tokenFor(Role.PARTNER, 'insurer-1') });
  expect(new Set(history.data!.riskAlerts.edges.map(({ node }) => node.customerId))).toEqual(new Set([linked.id]));

  // Revoked: the next alert of that customer no longer reaches the partner.
  await app.ok(RevokePartnerAccessDocument, { input: { customerId: linked.id, organisationId: 'insurer-1' } }, { role: Role.ADMIN });
  const everyone = await subscribe();
  // Paid in full: the next cycle restores the linked customer's supply, an alert about it.
  await app.ok(RecordPaymentDocument, { input: { invoiceId: linkedInvoice.id, amount: '100.00', currency: 'EUR' } });
  await app.ok(RunCollectionCycleDocument, {});
  const [restored] = await everyone.waitFor(1);
  expect(restored).toMatchObject({ type: 'SUPPLY_RESTORED', customerId: linked.id });
  await raiseAlerts(1); // and later ones: a marker, for a customer nobody linked
  await everyone.waitFor(3);
  expect(partner.alerts).toHaveLength(2);
  expect(outsider.alerts).toHaveLength(0);
});

it('cuts off a subscriber that leaves too many alerts unread, telling it where to resume', async () => {
  const overflowed: number[] = [];
  const feed = new AlertFeed(app.orm.em, new LocalAlertBus(), pino({ level: 'silent' }), { pollMs: 20, pageSize: 3, bufferLimit: 2 });
  await feed.start();
  try {
    const stream = feed.subscribe(() => true, null, (resumeAfter) => overflowed.push(resumeAfter));
    const firstNew = (await storedSequences()).at(-1)! + 1;
    await raiseAlerts(3); // 4 alerts: more than the 2 the stream may hold unread
    await until(() => overflowed.length > 0);
    expect(overflowed).toEqual([firstNew - 1]);
    await expect(stream.next()).rejects.toMatchObject({ code: 'SLOW_CONSUMER', details: { resumeAfterSequence: firstNew - 1 } });
    expect(feed.subscribers).toBe(0);
  } finally {
    await feed.stop();
  }
});

it('raises a limit-utilisation warning when an invoice takes a customer over the threshold of rules/alerts.json, once', async () => {
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '100000.00' }); // limit 15,000.00
  const utilisationAlerts = () => app.orm.em.fork().find(RiskAlert, { customer: customer.id, type: 'LIMIT_UTILISATION' });
  await issueInvoice(app, customer.id, '13000.00'); // 86.7 %
  expect(await utilisationAlerts()).toHaveLength(0);
  const { invoice } = await issueInvoice(app, customer.id, '1000.00'); // 93.3 %: over 90 %
  const [warning] = await utilisationAlerts();
  expect(warning).toMatchObject({ severity: 'WARNING', message: expect.stringContaining('to 93% of its credit limit') });
  expect(warning.invoice?.id).toBe(invoice.id);
  await issueInvoice(app, customer.id, '500.00'); // 96.7 %: still over, nothing new
  expect(await utilisationAlerts()).toHaveLength(1);
});

it('keeps the history queryable and acknowledgeable, newest first', async () => {
  await raiseAlerts(1);
  const { riskAlerts } = await app.ok(RiskAlertHistoryDocument, { first: 2, filter: { minSeverity: 'CRITICAL' as never } });
  expect(riskAlerts.edges).toHaveLength(2);
  expect(riskAlerts.edges[0].node.sequence).toBeGreaterThan(riskAlerts.edges[1].node.sequence);
  const id = riskAlerts.edges[0].node.id;

  const { acknowledgeAlert } = await app.ok(AcknowledgeAlertDocument, { id });
  expect(acknowledgeAlert).toMatchObject({ id, acknowledgedBy: 'test-operator', acknowledgedAt: expect.any(String) });
  const twice = await app.gql(AcknowledgeAlertDocument, { id });
  expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
  const viewer = await app.gql(AcknowledgeAlertDocument, { id }, { role: Role.VIEWER });
  expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
