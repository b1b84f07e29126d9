/**
 * Risk-alert subscriptions at scale (SQLite only): N concurrent graphql-ws subscribers on one
 * instance, the memory each idle one costs the server, and how long a burst of committed alerts
 * takes to reach all of them, for both ways to subscribe: `riskAlerts` (a message per alert) and
 * `riskAlertBatches` (a message per group of alerts waiting together).
 *
 * The server runs as a child process (`node dist/src/main.js`), so its RSS is read from
 * /proc/<pid>/status apart from the clients. The clients speak the graphql-transport-ws protocol
 * (connection_init, connection_ack, subscribe, next) over a minimal WebSocket client of the bench's
 * own (raw-websocket.ts), in this process: the official client per connection would cost the bench
 * more than the server at 10,000, and its receiving would show up as latency.
 *
 * Per N and subscription, a fresh database: customers with invoices written straight into it, the
 * server starts, N subscribers connect and subscribe (no filter) and sit idle (memory), then two
 * `runCollectionCycle` calls over HTTP: one in the past that moves a single invoice (one alert: N
 * deliveries), then today's, the burst (each overdue invoice moves to LEGAL, each customer is
 * suspended, one alert each, all in one transaction).
 *
 * Latency, what is measured: receipt (the message's last byte read) − the commit, as the server's
 * Redis announcement right after it reaches the bench; without Redis, the newest `createdAt` of the
 * cycle's alerts (stamped inside the transaction before it commits: an upper bound). The mutation's
 * response is no bound to use: the server fans the alerts out before it writes the response.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import Redis from 'ioredis';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import WebSocket from 'ws';
import { DEVELOPMENT_JWT_SECRET, loadConfig } from '../../src/config/config';
import { migrate, openOrm } from '../../src/db/orm';
import { Customer, CustomerStatus, RiskTier } from '../../src/modules/customer/customer.entity';
import { ALERT_BUS_CHANNEL } from '../../src/modules/alert/alert-bus';
import { Exposure } from '../../src/modules/exposure/exposure.entity';
import { CollectionStage, Invoice, InvoiceStatus } from '../../src/modules/invoice/invoice.entity';
import { Role } from '../../src/app/actor';
import { issueToken } from '../../src/server/auth/tokens';
import { addDays } from '../../src/shared/dates';
import { RawWebSocket, type ReceivedMessage } from './raw-websocket';
import { formatTable } from './table';

/** The burst: each overdue invoice raises one alert, each customer one more (its suspension). */
export const SUBSCRIPTIONS_BURST = { customers: 25, invoicesPerCustomer: 2, daysOverdue: 30 } as const;
export const SUBSCRIBER_COUNTS = [1_000, 10_000] as const;
const SUBSCRIPTION_MODES: readonly SubscriptionMode[] = (process.env.BENCH_SUBSCRIPTION_MODES?.split(',') as SubscriptionMode[] | undefined) ?? [
  'riskAlerts',
  'riskAlertBatches',
];
/** With a message per alert, the burst runs only up to this many subscribers (see benchSubscribers). */
const BURST_MAX_SUBSCRIBERS = Number(process.env.BENCH_BURST_MAX_SUBSCRIBERS ?? 1_000);
/** Connections opened at once while connecting. */
const CONNECT_CONCURRENCY = 100;
/** Time for the server to settle (timers, lazy allocations) before its RSS is read. */
const SETTLE_MS = 3_000;
const DELIVERY_TIMEOUT_MS = 120_000;
/**
 * The warm-up: WARM_UP_INVOICES invoices of one customer due long before the measured dates, through
 * the ladder in cycles every WARM_UP_STEP_DAYS days until WARM_UP_LAST_DAY days past due (past the
 * last stage of rules/collections.json, so the measured cycles do not move them again).
 */
const WARM_UP_INVOICES = 10;
const WARM_UP_STEP_DAYS = 5;
const WARM_UP_LAST_DAY = 40;
const warmUpDueDate = (today: string) => addDays(today, -10 * WARM_UP_LAST_DAY);

/**
 * Every alert field, with the sequence first and last (two aliases): the client reads a message's first
 * and last sequence from its head and tail, without scanning the rest (see RawSubscriber).
 */
const ALERT_FIELDS = 'first: sequence id type severity customerId invoiceId message data decisionId createdAt last: sequence';
/**
 * The two ways to subscribe: one message per alert (`riskAlerts`), or one per group of alerts
 * waiting together (`riskAlertBatches`, e.g. the alerts of one commit).
 */
export type SubscriptionMode = 'riskAlerts' | 'riskAlertBatches';
const SUBSCRIPTIONS: Record<SubscriptionMode, string> = {
  riskAlerts: `subscription { riskAlerts { ${ALERT_FIELDS} } }`,
  riskAlertBatches: `subscription { riskAlertBatches(maxBatchSize: 500) { ${ALERT_FIELDS} } }`,
};
/**
 * How a `next` message of the bench's subscription starts; the first alert's sequence follows the
 * first FIRST_KEY of its head, the last one's the LAST_KEY at its end. Read from the bytes, as the
 * client receives 77,000 messages in a burst on the server's two cores.
 */
const NEXT_MESSAGE = Buffer.from('{"id":"1","type":"next","payload":{"data":{"');
const FIRST_KEY = Buffer.from('{"first":');
const LAST_KEY = Buffer.from('"last":');

export interface SubscriptionsRun {
  mode: SubscriptionMode;
  subscribers: number;
  connectSeconds: number;
  idleRssDeltaBytes: number;
  bytesPerIdleSubscriber: number;
  burst: number;
  /** (subscriber, alert) deliveries: alerts received, whatever the messages that carried them. */
  deliveries: number;
  expectedDeliveries: number;
  /** WebSocket messages that carried them, and their size in MiB. */
  messages: number;
  megabytes: number;
  /** Mutation request sent → its response back. */
  cycleMs: number;
  /**
   * What latencies are measured from: 'commit' (the Redis announcement the server publishes right after
   * the alerts' transaction commits, received by the bench) or, without Redis, 'createdAt' (the newest
   * createdAt of the cycle's alerts, stamped before commit: an upper bound).
   */
  from: 'commit' | 'createdAt';
  /** Receipt − `from`, over all (subscriber, alert) deliveries. */
  firstMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  problems: string[];
}

function progress(message: string): void {
  console.error(`bench: subscriptions: ${message}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * The date of the single-alert cycle: early enough that the burst's invoices are not yet 3 days from
 * due (no reminder), so only the one invoice due 3 days later moves.
 */
function singleAlertDate(today: string): string {
  return addDays(today, -SUBSCRIPTIONS_BURST.daysOverdue - 10);
}

/**
 * Customers with invoices overdue by `daysOverdue` on `today`, all still at stage NONE, and the
 * warm-up customer's invoices (due long before).
 */
async function seedOverdueBook(databaseUrl: string, today: string): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, RULES_DIR: 'rules', PORT: '0', SEED_DEMO: 'false' });
  const orm = await openOrm(config.database);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    const now = new Date();
    const buyer = (key: string) => {
      const customer = em.create(Customer, {
        name: `Alert Buyer ${key}`,
        registrationNumber: `ALERT-${key}`,
        country: 'DE',
        currency: 'EUR',
        monthlySalesMinor: 50_000_000,
        relationshipStart: '2020-01-01',
        grade: 5,
        riskTier: RiskTier.B,
        status: CustomerStatus.ACTIVE,
        createdAt: now,
        updatedAt: now,
      });
      em.create(Exposure, { customer, currency: 'EUR', creditLimitMinor: 1_000_000_000, updatedAt: now });
      return customer;
    };
    const invoice = (customer: Customer, number: string, dueDate: string) =>
      em.create(Invoice, {
        number,
        customer,
        currency: 'EUR',
        amountMinor: 100_000,
        outstandingMinor: 100_000,
        writtenOffMinor: 0,
        issueDate: addDays(dueDate, -30),
        termDays: 30,
        dueDate,
        status: InvoiceStatus.OPEN,
        collectionStage: CollectionStage.NONE,
        createdAt: now,
        updatedAt: now,
      });
    // Due 3 days after the single-alert cycle's date: a reminder then; by today far overdue (it joins the burst).
    invoice(buyer('single'), 'ALERT-SINGLE', addDays(singleAlertDate(today), 3));
    const dueDate = addDays(today, -SUBSCRIPTIONS_BURST.daysOverdue);
    for (let c = 0; c < SUBSCRIPTIONS_BURST.customers; c += 1) {
      const customer = buyer(String(c + 1));
      for (let i = 0; i < SUBSCRIPTIONS_BURST.invoicesPerCustomer; i += 1) invoice(customer, `ALERT-${c + 1}-${i + 1}`, dueDate);
    }
    const warmUp = buyer('warm-up');
    for (let i = 0; i < WARM_UP_INVOICES; i += 1) invoice(warmUp, `ALERT-WARM-UP-${i + 1}`, warmUpDueDate(today));
    await em.flush();
  } finally {
    await orm.close(true);
  }
}

/**
 * Alerts nobody measures, before the measured ones: the server's and the bench's code for a burst
 * runs interpreted at first (and is compiled mid-burst, on the same two cores), so the first bursts
 * of a process come tens of milliseconds later than the same bursts once it is warm, as a server that
 * has been running is. The warm-up customer's invoices go through the collections ladder in cycles
 * every WARM_UP_STEP_DAYS days around their due date, long before the measured dates: several alerts
 * per cycle (one commit), to every subscriber, until they reach the last stage.
 */
async function warmUp(port: number, token: string, today: string, deliveries: Deliveries, subscribers: number): Promise<void> {
  const due = warmUpDueDate(today);
  for (let offset = -WARM_UP_STEP_DAYS; offset <= WARM_UP_LAST_DAY; offset += WARM_UP_STEP_DAYS) {
    const before = deliveries.count;
    const { runCollectionCycle } = await graphqlPost<{ runCollectionCycle: { transitions: number; suspensions: number } }>(
      port,
      token,
      `mutation { runCollectionCycle(asOf: "${addDays(due, offset)}") { transitions suspensions } }`,
    );
    const expected = (runCollectionCycle.transitions + runCollectionCycle.suspensions) * subscribers;
    const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
    while (deliveries.count - before < expected && Date.now() < deadline) await sleep(10);
  }
}

interface Server {
  child: ChildProcessByStdio<null, Readable, Readable>;
  port: number;
  /** A full garbage collection in the server (through its inspector), so RSS counts live memory only. */
  collectGarbage(): Promise<void>;
  stop(): Promise<void>;
}

/** `node dist/src/main.js` on the given database; resolves with the port from its "listening" log line. */
async function startServer(databaseUrl: string, redisUrl: string | null): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    COLLECTIONS_INTERVAL_SECONDS: '0',
    RULES_HOT_RELOAD: 'false',
    LOG_LEVEL: 'info',
    // Thousands of subscribers share one token: the bench measures delivery, not the rate limit.
    RATE_LIMIT_POINTS: '0',
  };
  if (redisUrl) env.REDIS_URL = redisUrl;
  else delete env.REDIS_URL;
  delete env.NODE_OPTIONS;
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": to profile the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  // The inspector (loopback, a free port) lets the bench ask for a garbage collection before reading RSS.
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', ...nodeArgs, 'dist/src/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const inspectorUrl = new Promise<string>((resolve) =>
    createInterface({ input: child.stderr }).on('line', (line) => {
      const match = /Debugger listening on (ws:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]);
      else if (!line.includes('For help, see')) process.stderr.write(`${line}\n`);
    }),
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not log "arbiter is listening" within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code} before listening`)));
    // Read every line to the end: a full pipe would block the child's logging.
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.includes('arbiter is listening')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  return {
    child,
    port,
    collectGarbage: async () => {
      const inspector = new WebSocket(await inspectorUrl);
      await new Promise((resolve, reject) => inspector.once('open', resolve).once('error', reject));
      await new Promise<void>((resolve) => {
        inspector.on('message', (data: Buffer) => {
          if ((JSON.parse(data.toString()) as { id?: number }).id === 1) resolve();
        });
        inspector.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
      });
      inspector.close();
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** When the server announced commits: the bench listens to the Redis channel of the alert bus. */
class CommitClock {
  private readonly announcements: number[] = [];

  private constructor(
    readonly redisUrl: string,
    private readonly redis: Redis,
  ) {
    redis.on('message', () => this.announcements.push(performance.now()));
  }

  /** Null when Redis does not answer: the bench then measures from createdAt. */
  static async connect(redisUrl: string): Promise<CommitClock | null> {
    const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      await redis.subscribe(ALERT_BUS_CHANNEL);
      return new CommitClock(redisUrl, redis);
    } catch {
      redis.disconnect();
      progress(`no Redis at ${redisUrl}: latencies are measured from createdAt (an upper bound)`);
      return null;
    }
  }

  /** The last commit announced after `from` and before `until` (the first receipt). */
  lastBefore(from: number, until: number | undefined): number | undefined {
    if (until === undefined) return undefined;
    return this.announcements.filter((at) => at >= from && at <= until).at(-1);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

/**
 * One subscriber over a raw socket (raw-websocket.ts). To keep the client cheap at 10,000 connections
 * only the first `next` of each subscriber is parsed in full (its shape is checked); for the others
 * the client reads the first and last sequence from the message's head and tail. The bench's alerts
 * have consecutive sequences and no filter, so a message holds last − first + 1 alerts and must start
 * right after the previous one's last: no gap, no duplicate, without parsing.
 */
class RawSubscriber {
  /** Alerts received. */
  received = 0;
  messages = 0;
  problems: string[] = [];
  private lastSequence: number | null = null;
  private socket: RawWebSocket | null = null;

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly mode: SubscriptionMode,
    private readonly onDelivery: (at: number, alerts: number, bytes: number) => void,
  ) {}

  /** Resolves once acknowledged and the subscribe message is sent. */
  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no connection_ack within 30 s')), 30_000);
      const onClose = (code: number) => {
        clearTimeout(timer);
        if (code !== 1000 && code !== 1005 && code !== 1006) this.problems.push(`closed ${code}`);
        reject(new Error(`closed before connection_ack: ${code}`));
      };
      const onMessage = (message: ReceivedMessage) => {
        const at = performance.now();
        if (bytesAt(message.head, 0, NEXT_MESSAGE)) {
          if (this.messages === 0) {
            this.check(message.whole?.toString('utf8') ?? '(not kept)');
            this.socket!.keepWhole = false;
          }
          const alerts = this.take(message);
          this.messages += 1;
          this.received += alerts;
          this.onDelivery(at, alerts, message.length);
          return;
        }
        let parsed: { type: string; payload?: unknown };
        try {
          parsed = JSON.parse(message.whole?.toString('utf8') ?? '') as typeof parsed;
        } catch {
          this.problems.push(`not JSON: ${message.head.toString('utf8')}`);
          return;
        }
        if (parsed.type === 'connection_ack') {
          clearTimeout(timer);
          this.socket!.sendText(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTIONS[this.mode] } }));
          resolve();
        } else if (parsed.type === 'ping') {
          this.socket!.sendText(JSON.stringify({ type: 'pong' }));
        } else if (parsed.type !== 'pong') {
          this.problems.push(`unexpected ${parsed.type}: ${JSON.stringify(parsed.payload)}`);
        }
      };
      RawWebSocket.connect(this.url, 'graphql-transport-ws', onMessage, onClose).then((socket) => {
        this.socket = socket;
        socket.keepWhole = true; // until the first alert message is checked in full
        socket.sendText(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${this.token}` } }));
      }, reject);
    });
  }

  close(): void {
    this.socket?.terminate();
  }

  /** The number of alerts in a `next` message, from its first and last sequence; a gap or a duplicate is a problem. */
  private take(message: ReceivedMessage): number {
    const first = firstSequence(message.head);
    const last = lastSequence(message.tail);
    if (first === null || last === null) {
      this.problems.push(`no sequences in: ${message.head.toString('utf8')} … ${message.tail.toString('utf8')}`);
      return 0;
    }
    if (this.lastSequence !== null && first !== this.lastSequence + 1) this.problems.push(`after ${this.lastSequence} came ${first}`);
    this.lastSequence = last;
    return last - first + 1;
  }

  private check(text: string): void {
    type Alert = { first?: number; last?: number };
    let message: { payload: { data?: Record<string, Alert | Alert[]>; errors?: unknown[] } };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      this.problems.push(`bad next: ${text.slice(0, 300)}`);
      return;
    }
    const received = message.payload.data?.[this.mode];
    const alerts = Array.isArray(received) ? received : [received];
    const consecutive = alerts.every((alert, i) => typeof alert?.first === 'number' && alert.first === alert.last && (i === 0 || alert.first === alerts[i - 1]!.first! + 1));
    if (message.payload.errors?.length || alerts.length === 0 || !consecutive) this.problems.push(`bad next: ${text.slice(0, 300)}`);
  }
}

// Byte scans in plain JavaScript: for a few dozen bytes they cost less than a call into Buffer's native search.

/** The sequence after the first FIRST_KEY, looked for just after NEXT_MESSAGE (the field name is between them). */
function firstSequence(head: Buffer): number | null {
  const end = Math.min(head.length, NEXT_MESSAGE.length + 64);
  for (let at = NEXT_MESSAGE.length; at + FIRST_KEY.length <= end; at++) if (bytesAt(head, at, FIRST_KEY)) return digitsAt(head, at + FIRST_KEY.length);
  return null;
}

/** The sequence of a message ending in `"last":<digits>` and closing brackets (at least one). */
function lastSequence(tail: Buffer): number | null {
  let end = tail.length;
  while (end > 0 && (tail[end - 1] === 0x7d /* } */ || tail[end - 1] === 0x5d) /* ] */) end--;
  let start = end;
  while (start > 0 && tail[start - 1] >= 0x30 && tail[start - 1] <= 0x39) start--;
  if (end === tail.length || start === end || !bytesAt(tail, start - LAST_KEY.length, LAST_KEY)) return null;
  return digitsAt(tail, start);
}

function bytesAt(bytes: Buffer, at: number, expected: Buffer): boolean {
  if (at < 0 || at + expected.length > bytes.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/** The decimal number written at `at`, or null if there is none. */
function digitsAt(bytes: Buffer, at: number): number | null {
  let value = 0;
  let i = at;
  for (; i < bytes.length && bytes[i] >= 0x30 && bytes[i] <= 0x39; i++) value = value * 10 + bytes[i] - 0x30;
  return i > at ? value : null;
}

async function graphqlPost<T>(port: number, token: string, query: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data) throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Opens `count` subscribers, `CONNECT_CONCURRENCY` at a time. */
async function connectAll(subscribers: RawSubscriber[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < subscribers.length) await subscribers[next++].connect();
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
}

/** Server RSS after a settle and a full garbage collection: live memory, not garbage not yet collected. */
async function settledRss(server: Server): Promise<number> {
  await sleep(SETTLE_MS);
  await server.collectGarbage();
  await sleep(SETTLE_MS / 3);
  return rssBytes(server.child.pid!);
}

/** What the subscribers received, shared by all of them (the client side of one run). */
class Deliveries {
  /** (subscriber, alert) deliveries: an alert received in a batch is a delivery at the batch's receipt. */
  count = 0;
  messages = 0;
  lastAt = 0;
  private receipts = new Float64Array(1 << 16);

  bytes = 0;

  readonly record = (at: number, alerts: number, bytes: number): void => {
    this.bytes += bytes;
    while (this.count + alerts > this.receipts.length) {
      const grown = new Float64Array(this.receipts.length * 2);
      grown.set(this.receipts);
      this.receipts = grown;
    }
    this.receipts.fill(at, this.count, this.count + alerts);
    this.count += alerts;
    this.messages += 1;
    this.lastAt = at;
  };

  /** Receipt times from `from` on, sorted. */
  since(from: number): Float64Array {
    return this.receipts.slice(from, this.count).sort();
  }
}

interface Idle {
  mode: SubscriptionMode;
  subscribers: RawSubscriber[];
  deliveries: Deliveries;
  connectSeconds: number;
  idleRssDeltaBytes: number;
}

/**
 * One cycle at `asOf` (today when null) with every subscriber listening: waits until each has every
 * alert the cycle raised, or the timeout.
 */
async function measureBurst(port: number, token: string, idle: Idle, asOf: string | null, commits: CommitClock | null): Promise<SubscriptionsRun> {
  const { subscribers, deliveries } = idle;
  const before = deliveries.count;
  const messagesBefore = deliveries.messages;
  const bytesBefore = deliveries.bytes;
  const receivedBefore = subscribers.map((subscriber) => subscriber.received);
  const sent = performance.now();
  const { runCollectionCycle } = await graphqlPost<{ runCollectionCycle: { transitions: number; suspensions: number } }>(
    port,
    token,
    `mutation { runCollectionCycle${asOf ? `(asOf: "${asOf}")` : ''} { transitions suspensions } }`,
  );
  const returned = performance.now();
  const burst = runCollectionCycle.transitions + runCollectionCycle.suspensions;
  const expectedDeliveries = burst * subscribers.length;
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  while (deliveries.count - before < expectedDeliveries && Date.now() < deadline) await sleep(10);

  const problems: string[] = [];
  const { riskAlerts } = await graphqlPost<{ riskAlerts: { edges: Array<{ node: { createdAt: string } }> } }>(
    port,
    token,
    'query { riskAlerts(first: 1) { edges { node { createdAt } } } }',
  );
  const received = deliveries.count - before;
  if (received !== expectedDeliveries) problems.push(`${received} deliveries, expected ${expectedDeliveries}`);
  const short = subscribers.filter((subscriber, i) => subscriber.received - receivedBefore[i] !== burst).length;
  if (short > 0) problems.push(`${short} subscribers did not get exactly ${burst} alerts`);
  for (const subscriber of subscribers) problems.push(...subscriber.problems);

  const receipts = deliveries.since(before);
  const commit = commits?.lastBefore(sent, receipts[0]);
  let latencies: Float64Array;
  if (commit !== undefined) {
    latencies = receipts.map((at) => at - commit);
  } else {
    // Receipts in wall time (this process's performance clock set to Date.now()) − the newest createdAt.
    const wallOffset = Date.now() - performance.timeOrigin - performance.now();
    const lastCreated = Date.parse(riskAlerts.edges[0].node.createdAt);
    latencies = receipts.map((at) => performance.timeOrigin + wallOffset + at - lastCreated);
  }
  return {
    from: commit !== undefined ? 'commit' : 'createdAt',
    mode: idle.mode,
    subscribers: subscribers.length,
    connectSeconds: idle.connectSeconds,
    idleRssDeltaBytes: idle.idleRssDeltaBytes,
    bytesPerIdleSubscriber: idle.idleRssDeltaBytes / subscribers.length,
    burst,
    deliveries: received,
    expectedDeliveries,
    messages: deliveries.messages - messagesBefore,
    megabytes: (deliveries.bytes - bytesBefore) / 2 ** 20,
    cycleMs: returned - sent,
    firstMs: latencies[0],
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies[latencies.length - 1],
    problems: [...new Set(problems)].slice(0, 10),
  };
}

/** A fresh database and server; `count` idle subscribers (memory), then a single alert and the burst (latency). */
async function benchSubscribers(count: number, mode: SubscriptionMode, token: string): Promise<SubscriptionsRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-subs-bench-'));
  const databaseUrl = `sqlite:${join(dir, 'subs.sqlite')}`;
  const subscribers: RawSubscriber[] = [];
  let server: Server | undefined;
  const commits = await CommitClock.connect(process.env.BENCH_REDIS_URL ?? DEFAULT_REDIS_URL);
  try {
    const today = new Date().toISOString().slice(0, 10); // the child runs on the system clock
    await seedOverdueBook(databaseUrl, today);
    server = await startServer(databaseUrl, commits?.redisUrl ?? null);
    const { port } = server;
    const wsUrl = `ws://127.0.0.1:${port}/graphql`;

    // One subscriber first, then gone: what the first connection allocates once is not per subscriber.
    const warmup = new RawSubscriber(wsUrl, token, mode, () => undefined);
    await warmup.connect();
    await sleep(200);
    warmup.close();
    const rssBefore = await settledRss(server);

    const deliveries = new Deliveries();
    for (let i = 0; i < count; i += 1) subscribers.push(new RawSubscriber(wsUrl, token, mode, deliveries.record));
    progress(`${count} ${mode}: connecting`);
    const connecting = performance.now();
    await connectAll(subscribers);
    const connectSeconds = (performance.now() - connecting) / 1000;
    const rssIdle = await settledRss(server);
    progress(`${count} ${mode}: connected in ${connectSeconds.toFixed(1)} s; server RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssIdle / 2 ** 20).toFixed(0)} MiB`);

    const idle: Idle = { mode, subscribers, deliveries, connectSeconds, idleRssDeltaBytes: rssIdle - rssBefore };
    await warmUp(port, token, today, deliveries, count);
    const runs = [await measureBurst(port, token, idle, singleAlertDate(today), commits)];
    // One alert a message, the burst is N x ~77 frames: at 10,000 subscribers minutes of fan-out on this machine.
    if (mode === 'riskAlertBatches' || count <= BURST_MAX_SUBSCRIBERS) {
      progress(`${count} ${mode}: single alert delivered; now the burst`);
      runs.push(await measureBurst(port, token, idle, null, commits));
    }
    return runs;
  } finally {
    for (const subscriber of subscribers) subscriber.close();
    await server?.stop();
    await commits?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchSubscriptions(counts: readonly number[] = SUBSCRIBER_COUNTS): Promise<SubscriptionsRun[]> {
  const token = await issueToken({ id: 'bench-operator', role: Role.OPERATOR, organisationId: null }, DEVELOPMENT_JWT_SECRET);
  const runs: SubscriptionsRun[] = [];
  for (const count of counts) for (const mode of SUBSCRIPTION_MODES) runs.push(...(await benchSubscribers(count, mode, token)));
  return runs;
}

export function subscriptionsTable(runs: SubscriptionsRun[]): string {
  const table = formatTable(
    ['subscription', 'subscribers', 'connect s', 'idle RSS delta MiB', 'bytes/idle subscriber', 'alerts in burst', 'deliveries', 'messages', 'MiB', 'cycle ms', 'from', 'first ms', 'p50 ms', 'p99 ms', 'max ms'],
    runs.map((run) => [
      run.mode,
      String(run.subscribers),
      run.connectSeconds.toFixed(1),
      (run.idleRssDeltaBytes / 2 ** 20).toFixed(1),
      run.bytesPerIdleSubscriber.toFixed(0),
      String(run.burst),
      `${run.deliveries}/${run.expectedDeliveries}`,
      String(run.messages),
      run.megabytes.toFixed(1),
      run.cycleMs.toFixed(1),
      run.from,
      run.firstMs.toFixed(1),
      run.p50Ms.toFixed(1),
      run.p99Ms.toFixed(1),
      run.maxMs.toFixed(1),
    ]),
    0,
  );
  const problems = runs.flatMap((run) => run.problems.map((problem) => `  ${run.subscribers}: ${problem}`));
  return problems.length > 0 ? `${table}\nProblems:\n${problems.join('\n')}` : table;
}

export const SUBSCRIPTIONS_LEGEND =
  'Risk-alert subscriptions (SQLite only): server as a child process, N graphql-transport-ws clients in the bench process, no filter; ' +
  'subscription riskAlerts (a message per alert) or riskAlertBatches (maxBatchSize 500: a message per group of alerts waiting together). ' +
  'Each row: one runCollectionCycle committing its alerts in one transaction (first a single alert, then the burst). first/p50/p99/max: ' +
  'receipt − commit over all (subscriber, alert) deliveries, where commit is when the bench received the Redis announcement the server ' +
  'publishes right after the transaction commits (from = commit; the server then runs with REDIS_URL), or without Redis the newest ' +
  'createdAt of the alerts (from = createdAt: stamped before commit, an upper bound); messages and MiB: what carried them; cycle ms: the ' +
  'mutation round trip. bytes/idle subscriber: (server RSS with N idle subscribers − RSS before) / N, each after a 3 s settle and a full ' +
  'garbage collection in the server.';

async function main(): Promise<void> {
  const counts = process.env.BENCH_SUBSCRIBERS ? process.env.BENCH_SUBSCRIBERS.split(',').map(Number) : SUBSCRIBER_COUNTS;
  const runs = await benchSubscriptions(counts);
  console.log(`${SUBSCRIPTIONS_LEGEND}\n`);
  console.log(subscriptionsTable(runs));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  });
}
