/**
 * Deploy-facing HTTP settings: cross-origin access for the browser apps named in CORS_ORIGINS (and
 * nobody else, with CSRF prevention still on), and keep-alive timeouts above those of the client or
 * load balancer in front. Node's fetch does not enforce CORS itself, so the tests send the Origin and
 * preflight headers a browser would and read the answer a browser would judge.
 */
import { loadConfig } from '../../src/config/config';
import { startTestApp, type TestApp } from '../support/test-app';

const APP_ORIGIN = 'https://app.example.com';
const OTHER_APP_ORIGIN = 'http://localhost:5173';
const query = JSON.stringify({ query: '{ customers(first: 1) { totalCount } }' });

describe('with CORS_ORIGINS', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { CORS_ORIGINS: `${APP_ORIGIN}, ${OTHER_APP_ORIGIN}` } });
  });
  afterAll(() => app.close());

  const preflight = (origin: string) =>
    fetch(app.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
    });

  it('answers the preflight of an allowed origin with that origin, the methods and the headers a client sends', async () => {
    for (const origin of [APP_ORIGIN, OTHER_APP_ORIGIN]) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-methods')?.split(',')).toEqual(expect.arrayContaining(['GET', 'POST']));
      expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'x-api-key', 'x-request-id']),
      );
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/origin/i);
    }
  });

  it('lets the allowed origin read the answer of the request that follows (and a 429 Retry-After)', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor('VIEWER' as never)}` },
      body: query,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ customers: { totalCount: 0 } });
  });

  it('gives any other origin no Access-Control-Allow-Origin, on the preflight and on the request', async () => {
    for (const origin of ['https://evil.example.com', 'https://app.example.com.evil.example', 'http://app.example.com', 'null']) {
      const pre = await preflight(origin);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const response = await fetch(app.url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: query });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('still refuses a simple (CSRF-able) request from an allowed origin without a preflight-forcing header', async () => {
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ customers(first: 1) { totalCount } }')}`, { headers: { origin: APP_ORIGIN } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const form = await fetch(app.url, { method: 'POST', headers: { origin: APP_ORIGIN, 'content-type': 'text/plain' }, body: query });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF/);
  });
});

describe('without CORS_ORIGINS (the default)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers no origin cross-origin', async () => {
    const pre = await fetch(app.url, { method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const response = await fetch(app.url, { method: 'POST', headers: { origin: APP_ORIGIN, 'content-type': 'application/json' }, body: query });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps idle connections open longer than a load balancer (AWS ALB: 60 s) or a client does, headers timeout above that', () => {
    expect(app.httpServer.keepAliveTimeout).toBe(65_000);
    expect(app.httpServer.headersTimeout).toBeGreaterThan(app.httpServer.keepAliveTimeout);
  });
});

it('takes the keep-alive timeout from HTTP_KEEP_ALIVE_SECONDS (a balancer with a longer idle timeout)', async () => {
  const app = await startTestApp({ env: { HTTP_KEEP_ALIVE_SECONDS: '620' } });
  try {
    expect(app.httpServer.keepAliveTimeout).toBe(620_000);
    expect(app.httpServer.headersTimeout).toBeGreaterThan(620_000);
  } finally {
    await app.close();
  }
});

it.each([
  ['*', 'CORS_ORIGINS must list http:// or https:// origins separated by commas, e.g. https://app.example.com (got "*")'],
  ['ftp://files.example.com', 'CORS_ORIGINS must list http:// or https:// origins separated by commas, e.g. https://app.example.com (got "ftp://files.example.com")'],
  ['https://app.example.com/', 'CORS_ORIGINS entries must be exact origins without path, query or trailing slash (got "https://app.example.com/"; did you mean "https://app.example.com"?)'],
  ['https://app.example.com/graphql', 'CORS_ORIGINS entries must be exact origins without path, query or trailing slash (got "https://app.example.com/graphql"; did you mean "https://app.example.com"?)'],
  ['https://app.example.com,', 'CORS_ORIGINS must list http:// or https:// origins separated by commas, e.g. https://app.example.com (got "")'],
])('refuses CORS_ORIGINS=%s with a one-line reason', (value, reason) => {
  expect(() => loadConfig({ NODE_ENV: 'test', CORS_ORIGINS: value })).toThrow(reason);
});

it.each(['0', '65.5', 'sixty'])('refuses HTTP_KEEP_ALIVE_SECONDS=%s', (value) => {
  expect(() => loadConfig({ NODE_ENV: 'test', HTTP_KEEP_ALIVE_SECONDS: value })).toThrow(
    `HTTP_KEEP_ALIVE_SECONDS must be a whole number of seconds from 1 to 3600 (got "${value}")`,
  );
});
