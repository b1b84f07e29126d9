/**
 * Rate limiting per actor over real HTTP and graphql-ws: a budget per token subject or API key
 * (anonymous callers per address), 429 with Retry-After and a RATE_LIMITED error past it, each
 * WebSocket subscribe spending the same budget, and (PostgreSQL run, with Redis) one budget shared by
 * two instances.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config/config';
import { Role } from '../../src/app/actor';
import { issueToken } from '../../src/server/auth/tokens';
import { createApiKey } from '../../src/config/api-key-file';
import { CustomersDocument, RiskAlertStreamDocument } from '../generated/graphql';
import { until, wsUrlOf } from '../support/alert-subscriber';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

const POINTS = 3;
const WINDOW_SECONDS = 60;
const LIMITS = { RATE_LIMIT_POINTS: String(POINTS), RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS) };

/** A token of its own per test, so each test starts with a full budget. */
const freshToken = (role = Role.VIEWER) => issueToken({ id: `rate-${randomUUID()}`, role, organisationId: null }, DEVELOPMENT_JWT_SECRET);
const asToken = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

function expectRateLimited(response: GraphQLResponse<unknown>) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(response.errors?.[0]).toEqual({
    message: `Rate limit reached: at most ${POINTS} requests per ${WINDOW_SECONDS} s for each token or API key; retry in ${retryAfter} s`,
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
  });
  expect(response.data ?? null).toBeNull();
}

describe('one instance, in-memory budget', () => {
  let app: TestApp;
  let keysDir: string;
  const apiKey = createApiKey({ id: 'polling-robot', name: 'A polling robot', role: Role.VIEWER, organisationId: null });

  beforeAll(async () => {
    keysDir = mkdtempSync(join(tmpdir(), 'arbiter-keys-'));
    const apiKeysFile = join(keysDir, 'api-keys.json');
    writeFileSync(apiKeysFile, JSON.stringify([apiKey.entry]));
    app = await startTestApp({ env: { ...LIMITS, API_KEYS_FILE: apiKeysFile } });
  });
  afterAll(async () => {
    await app.close();
    rmSync(keysDir, { recursive: true, force: true });
  });

  it('answers 429 with Retry-After and RATE_LIMITED past the budget of a token, and leaves other tokens alone', async () => {
    const token = await freshToken();
    for (let i = 0; i < POINTS; i += 1) {
      const response = await app.gql(CustomersDocument, { first: 1 }, asToken(token));
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
    }
    expectRateLimited(await app.gql(CustomersDocument, { first: 1 }, asToken(token)));
    expectRateLimited(await app.gql(CustomersDocument, { first: 1 }, asToken(token)));

    // Another subject has a budget of its own.
    const other = await app.gql(CustomersDocument, { first: 1 }, asToken(await freshToken()));
    expect(other.status).toBe(200);
  });

  it('counts an API key on its own budget, whichever header carries it', async () => {
    const sent = await Promise.all([
      app.gql(CustomersDocument, { first: 1 }, { headers: { 'x-api-key': apiKey.key } }),
      app.gql(CustomersDocument, { first: 1 }, { headers: { authorization: `ApiKey ${apiKey.key}` } }),
      app.gql(CustomersDocument, { first: 1 }, { headers: { 'x-api-key': apiKey.key } }),
    ]);
    expect(sent.map((response) => response.status)).toEqual([200, 200, 200]);
    expectRateLimited(await app.gql(CustomersDocument, { first: 1 }, { headers: { authorization: `ApiKey ${apiKey.key}` } }));
  });

  it('counts anonymous callers by address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= POINTS; i += 1) statuses.push((await app.gql(CustomersDocument, { first: 1 }, { role: null })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('spends the same budget on WebSocket subscribes: past it, that subscription gets a RATE_LIMITED error', async () => {
    const token = await freshToken(Role.OPERATOR);
    expect((await app.gql(CustomersDocument, { first: 1 }, asToken(token))).status).toBe(200); // 1 of 3 over HTTP
    const client = createClient({ url: wsUrlOf(app.url), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    try {
      // Three subscribes on 2 remaining points: whichever the server takes last is refused.
      const subscriptions = [subscribe(client), subscribe(client), subscribe(client)];
      await until(() => subscriptions.some((s) => s.errors.length > 0), 5_000, () => 'a subscription to be refused');
      const refused = subscriptions.filter((s) => s.errors.length > 0);
      expect(refused).toHaveLength(1);
      expect(refused[0].errors).toEqual([
        [
          expect.objectContaining({
            message: expect.stringMatching(/^Rate limit reached: .*; retry in \d+ s$/),
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
          }),
        ],
      ]);
      // The connection stays open for the subscriptions that were let in; HTTP is over budget too now.
      expectRateLimited(await app.gql(CustomersDocument, { first: 1 }, asToken(token)));
      expect(subscriptions.filter((s) => s.errors.length > 0)).toHaveLength(1);
      for (const subscription of subscriptions) subscription.stop();
    } finally {
      await client.dispose();
    }
  });
});

describe('client addresses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { ...LIMITS, RATE_LIMIT_WS_CONNECTIONS: '10' } });
  });
  afterAll(() => app.close());
  const forged = issueToken({ id: 'mallory', role: Role.ADMIN, organisationId: null }, 'not-the-secret-of-this-server-at-all-0123');

  it('counts failed authentications, on HTTP and in connection_init, against the address: past its budget they are RATE_LIMITED', async () => {
    // Points 1 and 2: connection_init with a forged token (each socket closed 4403).
    for (let i = 0; i < 2; i += 1) expect((await connectionOutcome(app, { authorization: `Bearer ${await forged}` })).code).toBe(4403);
    // Point 3: over HTTP, still UNAUTHENTICATED.
    const third = await app.gql(CustomersDocument, { first: 1 }, asToken(await forged));
    expect(third.status).toBe(401);
    // Past the budget: 429 with Retry-After, saying what was counted.
    const refused = await app.gql(CustomersDocument, { first: 1 }, asToken(await forged));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.errors?.[0]).toEqual({
      message: expect.stringMatching(new RegExp(`^Rate limit reached: at most ${POINTS} requests and failed authentications per ${WINDOW_SECONDS} s from your address; retry in \\d+ s$`)),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    // A valid token is still let in on its own budget (an address may be shared by many clients).
    expect((await app.gql(CustomersDocument, { first: 1 }, asToken(await freshToken()))).status).toBe(200);
  });

  it('limits new WebSocket connections per address: past the budget a new socket is closed with 4429 and the reason', async () => {
    const other = await startTestApp({ env: { ...LIMITS, RATE_LIMIT_WS_CONNECTIONS: '2' } });
    try {
      const token = await freshToken(Role.OPERATOR);
      const outcomes = [];
      for (let i = 0; i < 3; i += 1) outcomes.push(await connectionOutcome(other, { authorization: `Bearer ${token}` }));
      expect(outcomes.slice(0, 2)).toEqual([{ acknowledged: true, code: 1000 }, { acknowledged: true, code: 1000 }]);
      expect(outcomes[2]).toMatchObject({ code: 4429, reason: expect.stringMatching(new RegExp(`^Rate limit reached: at most 2 new WebSocket connections per ${WINDOW_SECONDS} s from your address; retry in \\d+ s$`)) });
    } finally {
      await other.close();
    }
  });

  it('refuses connection_init with a bad token with 4429 once the address has failed too often', async () => {
    // The first test spent this address's budget of failures.
    const refused = await connectionOutcome(app, { authorization: `Bearer ${await forged}` });
    expect(refused).toEqual({ code: 4429, reason: expect.stringMatching(/^Rate limit reached: at most 3 requests and failed authentications per 60 s from your address; retry in \d+ s$/) });
  });
});

/** Opens a graphql-ws connection with these connectionParams: acknowledged (then closed by us, 1000) or closed by the server with a code. */
async function connectionOutcome(app: TestApp, connectionParams: Record<string, unknown>): Promise<{ acknowledged?: boolean; code: number; reason?: string }> {
  return new Promise((resolve) => {
    let acknowledged = false;
    const client = createClient({
      url: wsUrlOf(app.url),
      webSocketImpl: WebSocket,
      connectionParams,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: {
        connected: () => {
          acknowledged = true;
          void client.dispose();
        },
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: unknown };
          resolve(acknowledged ? { acknowledged, code } : { code, reason: String(reason) });
        },
      },
    });
  });
}

interface Subscribed {
  errors: unknown[];
  stop(): void;
}

function subscribe(client: Client): Subscribed {
  const errors: unknown[] = [];
  const stop = client.subscribe({ query: print(RiskAlertStreamDocument), variables: { afterSequence: 0 } }, { next: () => undefined, error: (error) => errors.push(error), complete: () => undefined });
  return { errors, stop };
}

const redisUrl = process.env.TEST_REDIS_URL;
(redisUrl ? describe : describe.skip)('two instances sharing Redis (TEST_REDIS_URL)', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp({ env: { ...LIMITS, REDIS_URL: redisUrl! } });
    second = await startTestApp({ env: { ...LIMITS, REDIS_URL: redisUrl! } });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('holds one budget across both: requests on A and B add up', async () => {
    const token = await freshToken();
    expect((await first.gql(CustomersDocument, { first: 1 }, asToken(token))).status).toBe(200);
    expect((await second.gql(CustomersDocument, { first: 1 }, asToken(token))).status).toBe(200);
    expect((await first.gql(CustomersDocument, { first: 1 }, asToken(token))).status).toBe(200);
    expectRateLimited(await second.gql(CustomersDocument, { first: 1 }, asToken(token)));
    expectRateLimited(await first.gql(CustomersDocument, { first: 1 }, asToken(token)));
  });
});
