/** The HTTP surface: health and readiness, error masking in production, CSRF prevention, auth. */
import { CustomerDocument, CustomersDocument } from '../generated/graphql';
import { customerWithoutExposure } from '../support/broken-row';
import { startTestApp, type TestApp } from '../support/test-app';

describe('in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ nodeEnv: 'production' });
  });
  afterAll(() => app.close());

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${app.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: app.driver });
  });

  it('masks internal errors: no message, no stack trace', async () => {
    const id = await customerWithoutExposure(app);
    const response = await app.gql(CustomerDocument, { id }, { role: 'VIEWER' as never });
    expect(response.errors?.[0]).toEqual({
      message: 'Internal server error',
      locations: expect.any(Array),
      path: ['customer', 'exposure'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(response)).not.toMatch(/stack|exposure row|\.ts:/);
  });

  it('keeps domain errors readable but without stack traces', async () => {
    const response = await app.gql(CustomersDocument, { first: 500 }, { role: 'VIEWER' as never });
    expect(response.errors?.[0]).toMatchObject({ message: 'first must be between 1 and 100 (got 500)', extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('requires a bearer token', async () => {
    const response = await app.gql(CustomersDocument, { first: 1 }, { role: null });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('turns introspection off', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor('ADMIN' as never)}` },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('in development and test', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ nodeEnv: 'development' });
  });
  afterAll(() => app.close());

  it('shows the internal error message to the developer', async () => {
    const id = await customerWithoutExposure(app);
    const response = await app.gql(CustomerDocument, { id });
    expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(response.errors?.[0].message).toMatch(/has no exposure row/);
  });

  it('lets anonymous requests read as a viewer', async () => {
    const response = await app.gql(CustomersDocument, { first: 1 }, { role: null });
    expect(response.errors).toBeUndefined();
  });

  it('blocks cross-site GET requests (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}?query=${encodeURIComponent('{ customers(first: 1) { totalCount } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});
