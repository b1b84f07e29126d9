/**
 * npm run bench: requests/s and p50/p99 latency of the nested portfolio query and of issueInvoice,
 * on SQLite (a temp file) and PostgreSQL (a scratch database), each against a real server over HTTP;
 * plus the nested query's floor (one hand-written SQL statement) and the API/floor ratio; the
 * collections cycle, decide(), hot reload of the rules folder, and risk-alert subscriptions at 1,000 and
 * 10,000 subscribers (SQLite).
 * Progress goes to stderr, the result table to stdout.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { migrate, openOrm } from '../../src/db/orm';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch-database';
import { PolicyService } from '../../src/policy/policy.service';
import { Role } from '../../src/app/actor';
import { issueToken } from '../../src/server/auth/tokens';
import { startApp, type RunningApp } from '../../src/server/app';
import { FixedClock } from '../../src/shared/clock';
import { redactUrl } from '../../src/shared/urls';
import { benchDecide } from './decide-bench';
import { benchHotReload } from './hot-reload-bench';
import { collectionsOn, collectionsTable, sqliteFile } from './run-collections-bench';
import { COLLECTIONS_BOOK } from './collections-bench';
import { floorAsApiData, type PortfolioData, readPortfolioFloor } from './floor';
import { DEFAULT_LOAD, type LoadResult, runLoad } from './load';
import { DATASET, seedDataset } from './seed';
import { formatTable } from './table';
import { benchSubscriptions, SUBSCRIPTIONS_LEGEND, subscriptionsTable } from './subscriptions-bench';

const TODAY = '2026-03-02';
const PAGE_SIZE = 50;
const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const NESTED_QUERY = `query Portfolio($first: Int!) {
  customers(first: $first) { totalCount edges { node { name exposure { available }
    invoices(first: 20) { totalCount edges { node { number payments { amount } } } } } } }
}`;

const ISSUE_INVOICE = `mutation Issue($input: IssueInvoiceInput!) {
  issueInvoice(input: $input) { invoice { id number dueDate } decision { outcome } }
}`;

type Driver = 'sqlite' | 'postgresql';

interface Measurement {
  driver: Driver;
  scenario: string;
  result: LoadResult;
  /** Only on the floor row: API p50 ÷ floor p50 of the nested query. */
  ratio?: number;
}

/** Scratch databases to drop on the way out, also on Ctrl-C: they must not outlive the run. */
const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;

/** Runs once even when Ctrl-C and the normal end both ask for it. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()!();
      } catch (error) {
        console.error('bench: clean-up failed:', error);
      }
    }
  })();
  return cleaning;
}

function progress(message: string): void {
  console.error(`bench: ${message}`);
}

/** POSTs one GraphQL operation; any error fails the run, since figures over failed requests mislead. */
function graphqlClient(url: string, token: string) {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  };
}

async function benchDriver(driver: Driver, databaseUrl: string): Promise<Measurement[]> {
  // NODE_ENV test: the development JWT secret is accepted. RULES_DIR is relative to the repo root,
  // where npm runs scripts. Port 0: any free port.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, RULES_DIR: 'rules', PORT: '0', SEED_DEMO: 'false', RATE_LIMIT_POINTS: '0' });
  const orm = await openOrm(config.database);
  let app: RunningApp | undefined;
  try {
    await migrate(orm);
    // A fixed clock, as in the tests: the same business date (and so the same terms) on every run.
    const clock = new FixedClock(new Date(`${TODAY}T09:00:00Z`));
    const seedStarted = performance.now();
    const policy = new PolicyService(config.rulesDir);
    const seeded = await seedDataset(orm.em.fork(), policy.current(), TODAY, clock.now());
    progress(
      `${driver}: seeded ${seeded.customerIds.length} customers, ${seeded.invoices} invoices, ${seeded.payments} payments ` +
        `in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    app = await startApp({ config, orm, policy, clock, logger: pino({ level: 'silent' }) }, 0);
    const token = await issueToken({ id: 'bench-operator', role: Role.OPERATOR, organisationId: null }, config.auth.jwtSecret!);
    const gql = graphqlClient(app.url, token);

    // The ratio only means something if the floor reads exactly what the API returns: check once.
    const fromApi = await gql<PortfolioData>(NESTED_QUERY, { first: PAGE_SIZE });
    assert.equal(fromApi.customers.edges.length, PAGE_SIZE);
    assert.deepEqual(floorAsApiData(await readPortfolioFloor(orm, PAGE_SIZE)), fromApi, `${driver}: the SQL floor and the API disagree`);

    // Reads first: issueInvoice adds invoices, and the API and the floor must see the same data.
    progress(`${driver}: nested query through the API`);
    const nested = await runLoad(async () => {
      await gql<PortfolioData>(NESTED_QUERY, { first: PAGE_SIZE });
    });
    progress(`${driver}: nested query floor (one SQL statement)`);
    const floor = await runLoad(async () => {
      await readPortfolioFloor(orm, PAGE_SIZE);
    });

    progress(`${driver}: issueInvoice through the API`);
    let issued = 0;
    const issue = await runLoad(async () => {
      issued += 1;
      // Round-robin over customers, so concurrent requests rarely queue on one exposure row lock.
      const customerId = seeded.customerIds[issued % seeded.customerIds.length];
      const { issueInvoice } = await gql<{ issueInvoice: { decision: { outcome: string } } }>(ISSUE_INVOICE, {
        input: { customerId, number: `BENCH-ISSUED-${String(issued).padStart(5, '0')}`, amount: '1250.00', currency: 'EUR' },
      });
      if (issueInvoice.decision.outcome !== 'APPROVED') throw new Error(`issueInvoice was ${issueInvoice.decision.outcome}, expected APPROVED`);
    });

    return [
      { driver, scenario: 'nested query (API)', result: nested },
      { driver, scenario: 'nested query (SQL floor)', result: floor, ratio: nested.p50Ms / floor.p50Ms },
      { driver, scenario: 'issueInvoice (API)', result: issue },
    ];
  } finally {
    await app?.stop();
    await orm.close(true);
  }
}

async function benchSqlite(): Promise<Measurement[]> {
  // A real file (with WAL), not :memory:, so reads and commits pay for the file system as in production.
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-bench-'));
  // Synchronous, so it runs on every way out, process.exit included.
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return benchDriver('sqlite', `sqlite:${join(dir, 'bench.sqlite')}`);
}

/** The PostgreSQL part, or the reason it was skipped. */
async function benchPostgres(): Promise<Measurement[] | string> {
  const unreachable = await postgresUnreachable(POSTGRES_ADMIN_URL);
  if (unreachable) return unreachable;
  let scratch: ScratchDatabase;
  try {
    scratch = await createScratchDatabase(POSTGRES_ADMIN_URL, 'arbiter_bench');
  } catch (error) {
    return `cannot create a scratch database on ${redactUrl(POSTGRES_ADMIN_URL)}: ${messageOf(error)}`;
  }
  cleanups.push(() => scratch.drop());
  return benchDriver('postgresql', scratch.url);
}

/** Tries one connection with a short timeout, so a missing server skips the part instead of hanging. */
async function postgresUnreachable(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  let connected = false;
  try {
    await client.connect();
    connected = true;
    await client.query('select 1');
    return null;
  } catch (error) {
    return `cannot connect to ${redactUrl(url)}: ${messageOf(error)}`;
  } finally {
    if (connected) await client.end().catch(() => undefined);
  }
}

function messageOf(error: unknown): string {
  // Node reports a refused connection to several addresses as an AggregateError with an empty message.
  if (error instanceof AggregateError && !error.message) return error.errors.map(messageOf).join('; ');
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}

function printTable(measurements: Measurement[]): void {
  const rows = measurements.map(({ driver, scenario, result, ratio }) => [
    driver,
    scenario,
    String(result.requests),
    result.perSecond.toFixed(1),
    result.p50Ms.toFixed(2),
    result.p99Ms.toFixed(2),
    ratio === undefined ? '' : `${ratio.toFixed(1)}x`,
  ]);
  console.log(formatTable(['driver', 'scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'API/floor'], rows, 2));
}

async function main(): Promise<void> {
  const started = performance.now();
  // `on`, not `once`: a repeated Ctrl-C must not kill the process before the scratch database is dropped.
  process.on('SIGINT', () => {
    if (cleaning) return;
    progress('interrupted, cleaning up');
    void cleanUp().finally(() => process.exit(130));
  });

  progress('decide() on the shipped policies');
  const decideTable = await benchDecide();
  progress('hot reload of the rules folder under a running server');
  const hotReloadTable = await benchHotReload();

  const measurements: Measurement[] = [];
  let subscriptions: Awaited<ReturnType<typeof benchSubscriptions>> = [];
  const collections: Awaited<ReturnType<typeof collectionsOn>> = [];
  let skipped: string | null = null;
  let failure: unknown = null;
  try {
    measurements.push(...(await benchSqlite()));
    progress(`sqlite: collections cycle over ${COLLECTIONS_BOOK.invoices} open invoices`);
    collections.push(...(await collectionsOn('sqlite', await sqliteFile())));
    const postgres = await benchPostgres();
    if (typeof postgres === 'string') skipped = postgres;
    else measurements.push(...postgres);
    if (!skipped) {
      progress(`postgresql: collections cycle over ${COLLECTIONS_BOOK.invoices} open invoices`);
      const scratch = await createScratchDatabase(POSTGRES_ADMIN_URL, 'arbiter_bench');
      cleanups.push(() => scratch.drop());
      collections.push(...(await collectionsOn('postgresql', scratch.url)));
    }
    progress('risk-alert subscriptions (SQLite, server as a child process)');
    subscriptions = await benchSubscriptions();
  } catch (error) {
    // Still print what was measured before the failure.
    failure = error;
  } finally {
    await cleanUp();
  }

  const load = DEFAULT_LOAD;
  console.log(
    `\nDataset: ${DATASET.customers} customers x ~${DATASET.invoicesPerCustomer} invoices, some paid; nested query reads ${PAGE_SIZE} customers x up to 20 invoices.`,
  );
  console.log(
    `Load: per row ${load.warmup} warm-up requests, then ${load.requests} requests or ${load.maxSeconds} s, whichever comes first, ${load.concurrency} concurrent (fetch to 127.0.0.1).\n`,
  );
  if (measurements.length > 0) {
    printTable(measurements);
    console.log('\nAPI/floor = p50 of the nested query through the API ÷ p50 of the same data read by one SQL statement.');
  }
  if (collections.length > 0) {
    console.log(
      `\nCollections cycle: ${COLLECTIONS_BOOK.invoices} open invoices of ${COLLECTIONS_BOOK.customers} customers, due ${-COLLECTIONS_BOOK.dueFromDays} days ago to ${COLLECTIONS_BOOK.dueToDays} days ahead; runCollectionCycle as the scheduler calls it.\n`,
    );
    console.log(collectionsTable(collections));
  }
  if (subscriptions.length > 0) console.log(`\n${SUBSCRIPTIONS_LEGEND}\n\n${subscriptionsTable(subscriptions)}`);
  console.log(`\n${decideTable}`);
  console.log(`\n${hotReloadTable}`);
  if (skipped) console.log(`PostgreSQL part skipped: ${skipped} (set BENCH_POSTGRES_URL to point at a server).`);
  console.log(`Total time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (failure) throw failure;
}

main().catch(async (error: unknown) => {
  console.error('bench failed:', error);
  await cleanUp();
  process.exit(1);
});
