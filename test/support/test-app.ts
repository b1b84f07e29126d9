/**
 * A real server for tests: the app on a random port over HTTP, on the database the run targets
 * (in-memory SQLite by default; a fresh PostgreSQL database per test file when TEST_DATABASE_URL is
 * postgres://), with a fixed clock the test moves. Requests go through fetch, as a frontend's would.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Server } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino from 'pino';
import { DEVELOPMENT_JWT_SECRET, loadConfig, type NodeEnv } from '../../src/config/config';
import { migrate, openOrm, type Orm } from '../../src/db/orm';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch-database';
import { createPolicyAudit } from '../../src/modules/policy-governance/policy-audit';
import { PolicyService } from '../../src/policy/policy.service';
import { Role } from '../../src/app/actor';
import { issueToken } from '../../src/server/auth/tokens';
import { startApp, type RunningApp } from '../../src/server/app';
import { FixedClock } from '../../src/shared/clock';
import { PINNED_RULES_DIR } from './pinned-rules';

export const TEST_TODAY = '2026-03-02';
/** The organisation of PARTNER tokens that name none (a partner token without one is refused). */
export const TEST_PARTNER_ORGANISATION = 'test-partner-org';

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  url: string;
  baseUrl: string;
  /** The running HTTP server, to read its settings (timeouts). */
  httpServer: Server;
  orm: Orm;
  clock: FixedClock;
  policy: PolicyService;
  driver: 'sqlite' | 'postgresql';
  /** The database this app runs on (a temp file with sqliteFile, so other processes can open it). */
  databaseUrl: string;
  /**
   * Sends a typed operation as the given role (OPERATOR unless said otherwise; with credentials in
   * `headers` (Authorization, X-API-Key) and no role, only those). `headers` of the response are kept.
   */
  gql<T, V>(document: TypedDocumentNode<T, V>, variables?: V, options?: { role?: Role | null; token?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns the data. */
  ok<T, V>(document: TypedDocumentNode<T, V>, variables?: V, options?: { role?: Role; headers?: Record<string, string> }): Promise<T>;
  /** SQL statements run while `work` runs. */
  countQueries(work: () => Promise<unknown>): Promise<string[]>;
  /** How many times the alert feed has read the outbox (the risk_alert table) since the app started. */
  outboxReads(): number;
  /** A bearer token; a PARTNER's names TEST_PARTNER_ORGANISATION unless another organisation is given. */
  tokenFor(role: Role, organisationId?: string | null): Promise<string>;
  close(): Promise<void>;
  /** Stops this app and starts a new one (new ORM, policy, server) on the same database, as after a restart. */
  restart(): Promise<TestApp>;
}

/** A database a previous app ran on, handed to the next one by restart(). */
interface KeptDatabase {
  databaseUrl: string;
  scratch?: ScratchDatabase;
  sqliteDir?: string;
}

export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'sqlite::memory:';
}

export interface TestAppOptions {
  /** The policy folder; the pinned test/rules/ unless a test names another (never the shipped rules/). */
  rulesDir?: string;
  nodeEnv?: NodeEnv;
  today?: string;
  watchRules?: boolean;
  sqliteFile?: boolean;
  /** More environment for loadConfig (JWKS_URL, API_KEYS_FILE, RATE_LIMIT_POINTS, REDIS_URL, ...). Rate limiting is off unless set. */
  env?: Record<string, string>;
  /** Where the server logs (silent unless given), for tests that read what it logged. */
  logger?: pino.Logger;
}

/** A logger that keeps what it writes (JSON lines), for tests that read what the server logged. */
export function recordingLogger(level: pino.Level = 'warn'): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}

export function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  return startOn(options);
}

async function startOn(options: TestAppOptions, kept?: KeptDatabase): Promise<TestApp> {
  // Policies first: a broken rules folder fails before any database or server is opened.
  const clock = new FixedClock(new Date(`${options.today ?? TEST_TODAY}T09:00:00Z`));
  const policy = await PolicyService.load(options.rulesDir ?? PINNED_RULES_DIR, { clock });
  const base = testDatabaseUrl();
  let scratch: ScratchDatabase | undefined = kept?.scratch;
  let databaseUrl = kept?.databaseUrl ?? base;
  let sqliteDir: string | undefined = kept?.sqliteDir;
  if (kept) {
    // The database of the app restarted: keep it as it is.
  } else if (base.startsWith('postgres')) {
    scratch = await createScratchDatabase(base, 'arbiter_test');
    databaseUrl = scratch.url;
  } else if (options.sqliteFile) {
    sqliteDir = mkdtempSync(join(tmpdir(), 'arbiter-test-'));
    databaseUrl = `sqlite:${join(sqliteDir, 'arbiter.sqlite')}`;
  }
  const config = loadConfig({
    NODE_ENV: options.nodeEnv ?? 'test',
    DATABASE_URL: databaseUrl,
    RULES_DIR: options.rulesDir ?? PINNED_RULES_DIR,
    PORT: '0',
    JWT_SECRET: options.nodeEnv === 'production' ? 'a-production-secret-of-at-least-32-characters' : undefined,
    RATE_LIMIT_POINTS: '0',
    ...options.env,
  });
  let recorder: string[] | null = null;
  // The alert feed reads the outbox in the background (after commits, and every second); its reads
  // are not the request's, so statement counts leave them out.
  const feedRead = /^select .* from [`"](risk_alert|partner_access)[`"]/i;
  const outboxRead = /^select .* from [`"]risk_alert[`"]/i;
  let outboxReads = 0;
  const orm = await openOrm(config.database, {
    clock,
    onQuery: (sql) => {
      if (outboxRead.test(sql)) outboxReads += 1;
      if (recorder && !feedRead.test(sql)) recorder.push(sql);
    },
  });
  await migrate(orm);
  await policy.attachAudit(createPolicyAudit(orm.em));
  if (options.watchRules) policy.watch(50);
  const logger = options.logger ?? pino({ level: 'silent' });
  const app: RunningApp = await startApp({ config, orm, policy, clock, logger }, 0);
  const tokens = new Map<string, string>();
  const stop = async () => {
    policy.stopWatching();
    await app.stop();
    await orm.close(true);
  };

  // A PARTNER token must name its organisation; tests that do not care get this one.
  const tokenFor = async (role: Role, organisationId: string | null = role === Role.PARTNER ? TEST_PARTNER_ORGANISATION : null) => {
    const key = `${role}/${organisationId}`;
    if (!tokens.has(key)) {
      const secret = config.auth.jwtSecret || DEVELOPMENT_JWT_SECRET;
      tokens.set(key, await issueToken({ id: `test-${role.toLowerCase()}`, role, organisationId }, secret));
    }
    return tokens.get(key)!;
  };

  const gql: TestApp['gql'] = async (document, variables, opts = {}) => {
    const credentialsGiven = Object.keys(opts.headers ?? {}).some((name) => /^(authorization|x-api-key)$/i.test(name));
    const role = opts.role === undefined ? (credentialsGiven ? null : Role.OPERATOR) : opts.role;
    const token = opts.token ?? (role ? await tokenFor(role) : undefined);
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...opts.headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as GraphQLResponse<never>;
    return { ...body, status: response.status, headers: response.headers };
  };

  return {
    url: app.url,
    baseUrl: `http://127.0.0.1:${app.port}`,
    httpServer: app.httpServer,
    orm,
    clock,
    policy,
    driver: config.database.driver,
    databaseUrl,
    gql,
    ok: async (document, variables, opts) => {
      const response = await gql(document, variables, opts);
      if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
      return response.data!;
    },
    countQueries: async (work) => {
      recorder = [];
      try {
        await work();
        return recorder;
      } finally {
        recorder = null;
      }
    },
    outboxReads: () => outboxReads,
    tokenFor,
    close: async () => {
      await stop();
      await scratch?.drop();
      if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
    },
    restart: async () => {
      if (databaseUrl === 'sqlite::memory:') throw new Error('restart() needs a database that outlives the app: start it with sqliteFile on SQLite');
      await stop();
      return startOn(options, { databaseUrl, scratch, sqliteDir });
    },
  };
}
