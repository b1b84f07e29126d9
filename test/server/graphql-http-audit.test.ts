/**
 * GraphQL over HTTP conformance: graphql-http's `auditServer` against the real in-process server.
 *
 * No MUST audit fails. What remains (graphql-http 1.23.1, 61 audits), all by choice:
 *  - warn 572B / FDE2 / 7B9B: SHOULD answer 200 (not 400) to a parse, validation or variable coercion
 *    failure when the client accepts application/json. Apollo Server answers 400 to every request
 *    error; clients sending `accept: application/graphql-response+json` get exactly what the spec asks.
 *  - notice 5A70 / D6D5 / 6A70: MAY accept GET requests without extra headers. CSRF prevention refuses a
 *    GET that carries neither `apollo-require-preflight` nor `x-apollo-operation-name` (400), because a
 *    cross-site <img> or form could send it; our clients POST, or GET with that header.
 * In production, introspection is off by design, so the audits that send an introspection query
 * (`__type(...)`) get a validation error instead of data: those, and only those, are listed below.
 */
import { auditServer, type AuditResult } from 'graphql-http';
import { Role } from '../../src/app/actor';
import { startTestApp, type TestApp } from '../support/test-app';

/** The audits whose request is an introspection query (`{ __type(name: ...) { name } }`). */
const INTROSPECTING_AUDITS = new Set(['BF61', '28B9', '2EA1']);

function summary(results: AuditResult[]): string {
  return results
    .filter((result) => result.status !== 'ok')
    .map((result) => `${result.status} ${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`)
    .join('\n');
}

const mustFailures = (results: AuditResult[]) => results.filter((result) => result.status === 'error' && result.name.startsWith('MUST'));

describe('with the default configuration', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('has no MUST failure', async () => {
    const results = await auditServer({ url: app.url, fetchFn: fetch });
    console.info(`graphql-http audit, ${results.filter((r) => r.status === 'ok').length}/${results.length} ok:\n${summary(results)}`);
    expect(results.length).toBeGreaterThan(50);
    expect(mustFailures(results).map((result) => result.id)).toEqual([]);
    expect(results.filter((result) => result.status === 'error')).toEqual([]);
  });
});

describe('in production (a bearer token on every request, introspection off)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ nodeEnv: 'production' });
  });
  afterAll(() => app.close());

  it('fails no MUST audit except those that need introspection, which is refused as it should be', async () => {
    const token = await app.tokenFor(Role.VIEWER);
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: app.url, fetchFn });
    console.info(`graphql-http audit in production, ${results.filter((r) => r.status === 'ok').length}/${results.length} ok:\n${summary(results)}`);

    const failures = results.filter((result) => result.status === 'error');
    expect(failures.filter((result) => !INTROSPECTING_AUDITS.has(result.id)).map((result) => result.id)).toEqual([]);
    for (const failure of failures) {
      if (failure.status === 'ok') continue;
      const body = (await failure.response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/introspection/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
  });
});
