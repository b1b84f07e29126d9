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
import { issueToken, Role } from '../../src/server/actor';
import { createApiKey } from '../../src/server/auth/api-keys';
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
