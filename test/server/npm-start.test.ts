/**
 * The real entry point, as `npm start` runs it: built JavaScript, environment configuration,
 * migrations, demo seed on an empty embedded database, JSON logs, graceful SIGTERM.
 * The demo portfolio (how many customers, in which tiers) depends on the policy, so that test runs on
 * the pinned test/rules/; the other starts run on the shipped rules/ (the default RULES_DIR) and
 * assert nothing the policy decides.
 */
import { execFileSync, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
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
    expect(Object.keys(tokens).sort()).toEqual(['ADMIN', 'CREDIT_MANAGER', 'INSURER', 'OPERATOR', 'PARTNER', 'RISK_OFFICER', 'VIEWER']);
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

it('refuses, in one line, to serve a half-seeded database: a demo seed that fails leaves nothing behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-start-'));
  const DATABASE_URL = `sqlite:${join(dir, 'arbiter.sqlite')}`;
  try {
    // An insurance policy numbered like the demo's, made through the API before any seed ran.
    const first = await start({ DATABASE_URL, SEED_DEMO: 'false' });
    const tokens = first.logs.find((entry) => typeof entry.tokens === 'object')?.tokens as Record<string, string>;
    const taken = await fetch(first.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.RISK_OFFICER}` },
      body: JSON.stringify({
        query: 'mutation($input: CreateInsurancePolicyInput!) { createInsurancePolicy(input: $input) { insurancePolicy { number } } }',
        variables: { input: { insurer: 'Another insurer', number: 'DEMO-CI-001', country: 'DE', periodStart: '2026-01-01', periodEnd: '2026-12-31', coveredRisks: ['INSOLVENCY'] } },
      }),
    });
    expect(((await taken.json()) as { data: unknown }).data).toEqual({ createInsurancePolicy: { insurancePolicy: { number: 'DEMO-CI-001' } } });
    expect(await stop(first.child)).toBe(0);

    const seeding = spawnSync(process.execPath, ['dist/src/main.js'], { env: { ...process.env, PORT: '0', DATABASE_URL }, encoding: 'utf8' });
    expect(seeding.status).toBe(1);
    expect(seeding.stderr.trim()).toBe(
      'arbiter: cannot start: the demo seed failed and was rolled back, nothing of it is in the database: Insurance policy number DEMO-CI-001 is already used (SEED_DEMO=false starts without the demo)',
    );
    const after = await start({ DATABASE_URL, SEED_DEMO: 'false' });
    expect((await query(after.port)).data.customers.totalCount).toBe(0);
    expect(await stop(after.child)).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('with MIGRATE_ON_START=false refuses, in one line, to serve a database with pending migrations; serves once `npm run migrate` ran', async () => {
  const base = testDatabaseUrl();
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-start-'));
  const scratch = base.startsWith('postgres') ? await createScratchDatabase(base, 'arbiter_start') : undefined;
  const env = { ...process.env, PORT: '0', DATABASE_URL: scratch?.url ?? `sqlite:${join(dir, 'arbiter.sqlite')}`, MIGRATE_ON_START: 'false' };
  try {
    const refused = spawnSync(process.execPath, ['dist/src/main.js'], { env, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toMatch(
      /^arbiter: cannot start: the database has \d+ pending migration\(s\), the newest Migration\d+_\w+: run `npm run migrate` first \(MIGRATE_ON_START=false\)$/,
    );

    const migrated = spawnSync(process.execPath, ['dist/src/cli/migrate.js'], { env, encoding: 'utf8' });
    expect(migrated.stdout).toMatch(/^applied: /);
    const { child, port } = await start({ DATABASE_URL: env.DATABASE_URL, MIGRATE_ON_START: 'false' });
    expect((await query(port)).data.customers.totalCount).toBe(scratch ? 0 : 8);
    expect(await stop(child)).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await scratch?.drop();
  }
}, 60_000);

it.each([
  [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535 (got "abc")'],
  [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with "sqlite:" or "postgres://" (got "mysql://x")'],
  [{ NODE_ENV: 'production', JWT_SECRET: '' }, 'NODE_ENV=production needs JWT_SECRET (at least 32 characters) or JWKS_URL to verify bearer tokens'],
  [{ NODE_ENV: 'production', JWT_SECRET: 'too-short' }, 'JWT_SECRET must be at least 32 bytes (got 9) when NODE_ENV=production; generate one with: openssl rand -base64 48'],
  [{ RATE_LIMIT_POINTS: '-1' }, 'RATE_LIMIT_POINTS must be a whole number of requests per window, 0 to turn rate limiting off (got "-1")'],
  [{ RULES_DIR: 'test/no-such-folder' }, 'test/no-such-folder /: no such folder; RULES_DIR must name the folder that holds the policy files'],
  [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL (got "http://127.0.0.1:6379")'],
  [{ ALERT_POLL_MS: '0' }, 'ALERT_POLL_MS must be a whole number of milliseconds from 1 to 2147483647 (got "0")'],
  [{ MIGRATE_ON_START: 'no' }, 'MIGRATE_ON_START must be "true" or "false" (got "no")'],
  [{ CORS_ORIGINS: 'https://app.example.com/' }, 'CORS_ORIGINS entries must be exact origins without path, query or trailing slash (got "https://app.example.com/"; did you mean "https://app.example.com"?)'],
  [{ ALERT_POLL_MS: '1.5' }, 'ALERT_POLL_MS must be a whole number of milliseconds from 1 to 2147483647 (got "1.5")'],
  // Nothing listens on port 1: the database is unreachable (the password is not printed).
  [
    { DATABASE_URL: 'postgres://arbiter:s3cret@127.0.0.1:1/arbiter' },
    'cannot reach the database at DATABASE_URL postgres://arbiter:***@127.0.0.1:1/arbiter (connect ECONNREFUSED 127.0.0.1:1): check that the database server runs and DATABASE_URL names it',
  ],
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
