/**
 * The real entry point, as `npm start` runs it: built JavaScript, environment configuration,
 * migrations, demo seed on an empty embedded database, JSON logs, graceful SIGTERM.
 * The demo portfolio (how many customers, in which tiers) depends on the policy, so that test runs on
 * the pinned test/rules/; the other starts run on the shipped rules/ (the default RULES_DIR) and
 * assert nothing the policy decides.
 */
import { execFileSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch-database';
import { PINNED_RULES_DIR } from '../support/pinned-rules';
import { startServerProcess, stopServerProcess } from '../support/server-process';
import { testDatabaseUrl } from '../support/test-app';

const ACCEPTANCE_QUERY =
  '{ customers(first: 5) { totalCount edges { node { name riskTier exposure { available } } } } portfolio(currency: "EUR") { byCurrency { currency } fxRates { from to } } }';

/**
 * A test that starts the built server as a process, twice at most: each start loads every module,
 * migrates and (the first time) seeds; 10-30 s a start on a busy 2-core machine, so a budget of
 * several starts, not jest's default.
 */
const PROCESS_TEST_MS = 180_000;

beforeAll(() => {
  // Incremental (tsconfig.build.json): nearly nothing to do when `npm test` has just built for rules:check.
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}, 180_000);

const start = startServerProcess;
const stop = (child: ChildProcessWithoutNullStreams) => stopServerProcess(child);

async function query(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: ACCEPTANCE_QUERY }),
  });
  return (await response.json()) as {
    data: {
      customers: { totalCount: number; edges: Array<{ node: { name: string; riskTier: string; exposure: { available: string } } }> };
      portfolio: { byCurrency: Array<{ currency: string }>; fxRates: Array<{ from: string; to: string }> };
    };
  };
}

it('serves the demo portfolio on an empty embedded database, prints dev tokens, and stops cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-start-'));
  try {
    const { child, port, logs } = await start({ DATABASE_URL: `sqlite:${join(dir, 'arbiter.sqlite')}`, RULES_DIR: PINNED_RULES_DIR });
    const { data } = await query(port);
    expect(data.customers.totalCount).toBe(8);
    expect(data.customers.edges).toHaveLength(5);
    expect(data.customers.edges.every(({ node }) => node.name.endsWith('(demo)'))).toBe(true);
    expect(new Set(data.customers.edges.map(({ node }) => node.riskTier)).size).toBeGreaterThan(1);
    // The demo book is in EUR, USD and GBP; its FX rates let the portfolio report all of it in EUR.
    expect(data.portfolio.byCurrency.map(({ currency }) => currency).sort()).toEqual(['EUR', 'GBP', 'USD']);
    expect(logs.some((entry) => entry.msg?.toString().startsWith('empty database: demo portfolio seeded'))).toBe(true);
    const tokens = logs.find((entry) => typeof entry.tokens === 'object')?.tokens as Record<string, string>;
    expect(Object.keys(tokens).sort()).toEqual(['ADMIN', 'INSURER', 'OPERATOR', 'PARTNER', 'RISK_OFFICER', 'VIEWER']);
    // The partner's token names the seeded demo partner, which sees the alerts of its two customers only.
    const partnerView = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.PARTNER}` },
      body: JSON.stringify({ query: '{ riskAlerts(first: 100) { edges { node { customerId } } } }' }),
    });
    const alerts = (await partnerView.json()) as { data: { riskAlerts: { edges: Array<{ node: { customerId: string } }> } } };
    expect(new Set(alerts.data.riskAlerts.edges.map((edge) => edge.node.customerId)).size).toBeLessThanOrEqual(2);

    expect(await stop(child)).toBe(0);
    expect(logs.map((entry) => entry.msg)).toContain('stopped cleanly');

    // A second start finds its data and does not seed again.
    const again = await start({ DATABASE_URL: `sqlite:${join(dir, 'arbiter.sqlite')}`, RULES_DIR: PINNED_RULES_DIR });
    expect((await query(again.port)).data.customers.totalCount).toBe(8);
    expect(await stop(again.child)).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, PROCESS_TEST_MS);

it('never seeds PostgreSQL unless asked', async () => {
  const base = testDatabaseUrl();
  if (!base.startsWith('postgres')) {
    // The SQLite run proves SEED_DEMO=false instead; the PostgreSQL run (CI) proves the rule itself.
    const dir = mkdtempSync(join(tmpdir(), 'arbiter-start-'));
    try {
      const { child, port } = await start({ DATABASE_URL: `sqlite:${join(dir, 'arbiter.sqlite')}`, SEED_DEMO: 'false' });
      expect((await query(port)).data.customers.totalCount).toBe(0);
      expect(await stop(child)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const scratch: ScratchDatabase = await createScratchDatabase(base, 'arbiter_start');
  try {
    const { child, port } = await start({ DATABASE_URL: scratch.url });
    expect((await query(port)).data.customers.totalCount).toBe(0);
    expect(await stop(child)).toBe(0);
  } finally {
    await scratch.drop();
  }
}, PROCESS_TEST_MS);

it.each([
  [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535 (got "abc")'],
  [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with "sqlite:" or "postgres://" (got "mysql://x")'],
  [{ NODE_ENV: 'production', JWT_SECRET: '' }, 'NODE_ENV=production needs JWT_SECRET (at least 32 characters) or JWKS_URL to verify bearer tokens'],
  [{ NODE_ENV: 'production', JWT_SECRET: 'too-short' }, 'JWT_SECRET must be a secret of at least 32 characters, not the development default, when NODE_ENV=production'],
  [{ RATE_LIMIT_POINTS: '-1' }, 'RATE_LIMIT_POINTS must be a whole number of requests per window, 0 to turn rate limiting off (got "-1")'],
  [{ RULES_DIR: 'test/no-such-folder' }, 'test/no-such-folder /: no such folder; RULES_DIR must name the folder that holds the policy files'],
  [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL (got "http://127.0.0.1:6379")'],
  [{ ALERT_POLL_MS: '0' }, 'ALERT_POLL_MS must be a whole number of milliseconds from 1 to 2147483647 (got "0")'],
  [{ ALERT_POLL_MS: '1.5' }, 'ALERT_POLL_MS must be a whole number of milliseconds from 1 to 2147483647 (got "1.5")'],
])('refuses to start on %o with a one-line reason', (env, reason) => {
  let stderr = '';
  let status: number | null = 0;
  try {
    execFileSync(process.execPath, ['dist/src/main.js'], { env: { ...process.env, PORT: '0', ...env }, stdio: 'pipe' });
  } catch (error) {
    const failure = error as { status: number; stderr: Buffer };
    status = failure.status;
    stderr = failure.stderr.toString();
  }
  expect(status).toBe(1);
  expect(stderr.trim()).toBe(`arbiter: cannot start: ${reason}`);
});
