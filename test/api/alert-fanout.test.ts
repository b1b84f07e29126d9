/**
 * Risk alerts across instances: two real server processes (`node dist/src/main.js`) on one
 * PostgreSQL database and one Redis. Alerts committed through instance A reach a subscriber on
 * instance B through the Redis announcement (the servers poll the outbox only every 10 minutes here),
 * and a subscriber whose instance is killed mid-stream resumes on the other one with its last
 * sequence and ends with every alert exactly once, in order.
 *
 * Needs PostgreSQL and Redis (CI provides both): TEST_DATABASE_URL=postgres://… TEST_REDIS_URL=redis://…
 */
import { execFileSync } from 'node:child_process';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config/config';
import { migrate, openOrm, type Orm } from '../../src/db/orm';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch-database';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { Role } from '../../src/app/actor';
import { issueToken } from '../../src/server/auth/tokens';
import { businessDate, systemClock } from '../../src/shared/clock';
import { addDays } from '../../src/shared/dates';
import { CreateCustomerDocument, IssueInvoiceDocument, RunCollectionCycleDocument } from '../generated/graphql';
import { subscribeAlerts, until, type AlertSubscription } from '../support/alert-subscriber';
import { PINNED_RULES_DIR } from '../support/pinned-rules';
import { customerInput, GRADE_OF_TIER } from '../support/scenarios';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/server-process';

const adminUrl = process.env.TEST_DATABASE_URL ?? '';
const redisUrl = process.env.TEST_REDIS_URL ?? '';
const configured = adminUrl.startsWith('postgres') && redisUrl !== '';

/** Far longer than any wait below: an alert that arrives was announced through Redis, not polled. */
const POLL_MS = '600000';
/** How long an announced alert may take to reach a subscriber on the other instance. */
const DELIVERY_MS = 15_000;

const suite = configured ? describe : describe.skip;
const title = configured
  ? 'risk alerts across two instances (PostgreSQL + Redis)'
  : 'risk alerts across two instances: SKIPPED, needs TEST_DATABASE_URL=postgres://… and TEST_REDIS_URL=redis://… (CI sets both)';

suite(title, () => {
  let scratch: ScratchDatabase | undefined;
  let orm: Orm | undefined;
  let a: ServerProcess;
  let b: ServerProcess;
  const servers: ServerProcess[] = [];
  const open: AlertSubscription[] = [];
  let token: string;

  beforeAll(async () => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    scratch = await createScratchDatabase(adminUrl, 'arbiter_fanout');
    // Migrations once, here; the servers then find nothing pending.
    orm = await openOrm({ driver: 'postgresql', url: scratch.url });
    await migrate(orm);
    const env = {
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: scratch.url,
      REDIS_URL: redisUrl,
      SEED_DEMO: 'false',
      COLLECTIONS_INTERVAL_SECONDS: '0',
      RULES_HOT_RELOAD: 'false',
      LOG_LEVEL: 'info',
      JWT_SECRET: DEVELOPMENT_JWT_SECRET,
      ALERT_POLL_MS: POLL_MS,
      // The tiers and the ladder the alerts below come from are the tests' pinned ones.
      RULES_DIR: PINNED_RULES_DIR,
    };
    for (const name of ['A', 'B']) {
      const server = await startServerProcess(env);
      servers.push(server);
      expect(server.logs.find((entry) => entry.msg === 'risk alert delivery started')).toMatchObject({ fanOut: 'redis' });
      if (name === 'A') a = server;
      else b = server;
    }
    token = await issueToken({ id: 'fanout-operator', role: Role.OPERATOR, organisationId: null }, DEVELOPMENT_JWT_SECRET);
  }, 240_000);

  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.stop()));
  });

  afterAll(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.stop()));
    await Promise.all(servers.map((server) => stopServerProcess(server.child)));
    await orm?.close(true);
    await scratch?.drop();
  });

  async function ok<T, V>(server: ServerProcess, document: TypedDocumentNode<T, V>, variables: V): Promise<T> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
    return body.data!;
  }

  let invoiceNumber = 0;

  /**
   * Through `server`: a customer with `overdue` invoices 30 days past due (each reaches LEGAL; the
   * customer's supply is suspended), then one collection cycle: overdue + 1 alerts. The servers run on
   * the wall clock, so the dates are relative to today.
   */
  async function raiseAlerts(server: ServerProcess, overdue: number): Promise<void> {
    const issueDate = addDays(businessDate(systemClock), -60);
    const { createCustomer } = await ok(server, CreateCustomerDocument, { input: customerInput({ grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' }) });
    for (let i = 0; i < overdue; i += 1) {
      invoiceNumber += 1;
      const input = { customerId: createCustomer.customer.id, number: `FAN-${process.pid}-${invoiceNumber}`, amount: '100.00', currency: 'EUR', issueDate };
      await ok(server, IssueInvoiceDocument, { input });
    }
    await ok(server, RunCollectionCycleDocument, {});
  }

  async function storedSequences(): Promise<number[]> {
    const rows = await orm!.em.fork().find(RiskAlert, {}, { orderBy: { sequence: 'asc' }, fields: ['sequence'] });
    return rows.map((row) => row.sequence);
  }

  const subscribe = (server: ServerProcess, afterSequence: number) => {
    const subscription = subscribeAlerts(server.url, token, { afterSequence });
    open.push(subscription);
    return subscription;
  };

  const sequencesOf = (subscription: AlertSubscription) => subscription.alerts.map((alert) => alert.sequence);

  it('delivers alerts committed on instance A to a subscriber on instance B through Redis, each exactly once', async () => {
    const from = (await storedSequences()).at(-1) ?? 0;
    const onB = subscribe(b, from);
    const onA = subscribe(a, from);
    // Whatever is committed before B has registered the subscription comes by replay; once the first
    // alerts are in, the stream on B is live, and B reads the outbox again only when told to.
    await raiseAlerts(a, 1);
    expect((await storedSequences()).filter((sequence) => sequence > from)).toHaveLength(2);
    await onB.waitFor(2, DELIVERY_MS);

    await raiseAlerts(a, 2);
    const committed = (await storedSequences()).filter((sequence) => sequence > from);
    expect(committed).toHaveLength(5);
    await onB.waitFor(committed.length, DELIVERY_MS);

    // One more batch as a marker: once it is in, no duplicate of an earlier alert can still be on its way.
    await raiseAlerts(a, 1);
    const all = (await storedSequences()).filter((sequence) => sequence > from);
    expect(all).toHaveLength(7);
    await onB.waitFor(all.length, DELIVERY_MS);
    await onA.waitFor(all.length, DELIVERY_MS);
    expect(sequencesOf(onB)).toEqual(all);
    expect(sequencesOf(onA)).toEqual(all);
    expect(onB.alerts.map((alert) => alert.type).sort()).toEqual([...Array(4).fill('COLLECTION_STAGE'), ...Array(3).fill('SUPPLY_SUSPENDED')]);
    expect(onB.errors).toEqual([]);
  }, 120_000);

  it('gives a subscriber whose instance is killed mid-stream every alert exactly once after it resumes on the other instance', async () => {
    const from = (await storedSequences()).at(-1) ?? 0;
    const onB = subscribe(b, from);

    // A keeps committing alerts (2 per round) until told to stop.
    let rounds = 0;
    let producing = true;
    const producer = (async () => {
      while (producing) {
        await raiseAlerts(a, 1);
        rounds += 1;
      }
    })();
    producer.catch(() => undefined); // its failure surfaces where it is awaited, below
    const afterRounds = (count: number) => until(() => rounds >= count, 60_000, () => `${count} rounds of alerts on A (got ${rounds})`);

    try {
      await onB.waitFor(3, DELIVERY_MS);
      const killed = stopServerProcess(b.child, 'SIGKILL');
      await onB.waitForClose(DELIVERY_MS);
      await killed;
      const last = onB.alerts.at(-1)!.sequence;

      // Alerts committed while the subscriber is away, then it reconnects to A with its last sequence.
      await afterRounds(rounds + 2);
      const onA = subscribe(a, last);
      await afterRounds(rounds + 2);
      producing = false;
      await producer;

      // A marker batch: once it is in, nothing committed earlier can still be on its way.
      await raiseAlerts(a, 1);
      const all = (await storedSequences()).filter((sequence) => sequence > from);
      expect(all.length).toBeGreaterThanOrEqual(2 * (rounds + 1));
      await onA.waitFor(all.filter((sequence) => sequence > last).length, DELIVERY_MS);
      expect([...sequencesOf(onB), ...sequencesOf(onA)]).toEqual(all);
      expect(onA.errors).toEqual([]);
    } finally {
      producing = false;
      await producer;
    }
  }, 180_000);
});
