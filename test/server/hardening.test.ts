/**
 * Production hardening, on both paths (HTTP and graphql-ws): no introspection, no "Did you mean ...?"
 * suggestions that would spell out the schema anyway, CSRF prevention, internal errors masked (no
 * message, stack or SQL), and request bodies the JSON parser refuses answered as GraphQL errors.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { FxRate } from '../../src/modules/fx/fx-rate.entity';
import { Role } from '../../src/app/actor';
import { wsUrlOf } from '../support/alert-subscriber';
import { customerWithoutExposure } from '../support/broken-row';
import { startTestApp, type TestApp } from '../support/test-app';

interface GraphQLBody {
  data?: unknown;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ nodeEnv: 'production' });
});
afterAll(() => app.close());

async function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

/** One operation over graphql-ws, as a portal would send it: the first result or the error it got. */
async function overWebSocket(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody> {
  const client = createClient({ url: wsUrlOf(app.url), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` }, retryAttempts: 0 });
  try {
    return await new Promise<GraphQLBody>((resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (result) => resolve(result as GraphQLBody),
          error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
          complete: () => resolve({}),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

const SUGGESTING = [
  // A mistyped field, a mistyped enum value, a mistyped input field: graphql-js would name the real ones.
  { query: '{ customerz(first: 1) { totalCount } }' },
  { query: 'query($t: [RiskTier!]) { customers(first: 1, filter: { riskTiers: $t }) { totalCount } }', variables: { t: ['AA'] } },
  { query: 'query($f: CustomerFilter) { customers(first: 1, filter: $f) { totalCount } }', variables: { f: { countri: 'DE' } } },
];

describe('introspection is off in production', () => {
  it.each(['{ __schema { types { name } } }', '{ __type(name: "Customer") { fields { name } } }'])('on HTTP: %s', async (query) => {
    const { body } = await post(query);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/introspection/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(body.data).toBeUndefined();
  });

  it.each(['{ __schema { types { name } } }', '{ __type(name: "Customer") { fields { name } } }'])('on the WebSocket: %s', async (query) => {
    const result = await overWebSocket(query);
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/introspection/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(result.data).toBeUndefined();
  });
});

describe('field suggestions are off in production', () => {
  it.each(SUGGESTING)('on HTTP: $query', async ({ query, variables }) => {
    const { status, body } = await post(query, variables);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
    expect(body.errors?.[0].message).not.toMatch(/did you mean|customers|"country"|"A"/i);
  });

  it.each(SUGGESTING)('on the WebSocket: $query', async ({ query, variables }) => {
    const result = await overWebSocket(query, variables);
    expect(result.errors?.[0].extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
    expect(result.errors?.[0].message).not.toMatch(/did you mean|customers|"country"|"A"/i);
  });
});

describe('CSRF prevention', () => {
  const query = '{ customers(first: 1) { totalCount } }';
  const auth = async () => ({ authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` });

  it('refuses a GET without a preflight header with 400', async () => {
    const response = await fetch(`${app.url}?query=${encodeURIComponent(query)}`, { headers: await auth() });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses a simple POST (%s) with 400', async (contentType) => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': contentType, ...(await auth()) }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers a GET that carries the preflight header, and never runs a mutation over GET', async () => {
    const headers = { 'apollo-require-preflight': 'true', ...(await auth()) };
    const read = await fetch(`${app.url}?query=${encodeURIComponent(query)}`, { headers });
    expect(read.status).toBe(200);
    expect(((await read.json()) as GraphQLBody).errors).toBeUndefined();
    const write = await fetch(`${app.url}?query=${encodeURIComponent('mutation { runCollectionCycle { examined } }')}`, { headers });
    expect(write.status).toBe(405);
  });
});

describe('internal errors are masked in production', () => {
  it('on HTTP and on the WebSocket: a generic message, INTERNAL_SERVER_ERROR, no stack', async () => {
    const id = await customerWithoutExposure(app);
    const query = `{ customer(id: "${id}") { name exposure { available } } }`;
    for (const body of [(await post(query)).body, await overWebSocket(query)]) {
      expect(body.errors).toEqual([{ message: 'Internal server error', locations: expect.any(Array), path: ['customer', 'exposure'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(body)).not.toMatch(/stack|exposure row|\.ts:/);
    }
  });

  it('never shows SQL or the database error', async () => {
    const em = app.orm.em.fork();
    const table = em.getMetadata().get(FxRate.name).tableName;
    const connection = em.getConnection();
    await connection.execute(`alter table ${table} rename to ${table}_away`);
    try {
      const { body } = await post('{ fxRates { from to rate } }');
      expect(body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(body)).not.toMatch(/select|from\s+["`]?fx|sqlite|relation|does not exist|no such table|stack/i);
    } finally {
      await connection.execute(`alter table ${table}_away rename to ${table}`);
    }
  });
});

describe('request bodies the JSON parser refuses', () => {
  const send = async (body: string) =>
    fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` }, body });

  it('answers malformed JSON with 400 and a GraphQL error, not an HTML page', async () => {
    for (const body of ['{"query":', 'null', '"just a string"']) {
      const response = await send(body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/json/);
      expect(((await response.json()) as GraphQLBody).errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    }
  });

  it('answers a body over the limit with 413', async () => {
    const response = await send(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as GraphQLBody).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
  });
});
