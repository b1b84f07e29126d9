/**
 * A database outage while serving: every request that needs the database answers 503 with
 * SERVICE_UNAVAILABLE and a message a person can act on (not 200 INTERNAL_SERVER_ERROR), /readyz
 * says 503, and service resumes by itself once the database is back.
 *
 * PostgreSQL only: the outage is real (the scratch database stops taking connections and every
 * connection to it is terminated). The in-memory SQLite of the default run lives inside the process
 * and has no outage to simulate.
 */
import { Client } from 'pg';
import { Role } from '../../src/app/actor';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/server/format-error';
import { startTestApp, testDatabaseUrl, type TestApp } from '../support/test-app';

const onPostgres = testDatabaseUrl().startsWith('postgres');

(onPostgres ? describe : describe.skip)('a PostgreSQL outage (skipped on SQLite: nothing to take down in-process)', () => {
  let app: TestApp;
  let admin: Client;
  let databaseName: string;

  beforeAll(async () => {
    app = await startTestApp();
    databaseName = new URL(app.databaseUrl).pathname.slice(1);
    admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`alter database "${databaseName}" allow_connections true`);
    await admin.end();
    await app.close();
  });

  async function post(query: string, role = Role.OPERATOR) {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(role)}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  }

  const READ = '{ customers { totalCount } }';
  const WRITE = 'mutation { createCustomer(input: { name: "Outage GmbH", registrationNumber: "OUT-1", country: "DE", currency: "EUR", monthlySales: "1000.00", financials: { equityRatio: 0.3, openLitigations: 0, outlook: STABLE, registeredCapital: "50000.00" } }) { customer { id } } }';

  it('answers 503 SERVICE_UNAVAILABLE while the database is down, and serves again once it is back', async () => {
    expect((await post(READ)).status).toBe(200);

    await admin.query(`alter database "${databaseName}" allow_connections false`);
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [databaseName]);

    for (const query of [READ, WRITE]) {
      const { status, body } = await post(query);
      expect(status).toBe(503);
      expect(body.errors?.[0]).toEqual(expect.objectContaining({ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }));
    }
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(503);

    await admin.query(`alter database "${databaseName}" allow_connections true`);
    const back = await post(READ);
    expect(back).toEqual({ status: 200, body: { data: { customers: { totalCount: 0 } } } });
    expect((await fetch(`${app.baseUrl}/readyz`)).status).toBe(200);
  });
});
