/**
 * A graphql-ws connection lives no longer than its credential: when the bearer token given in
 * connection_init expires, the server closes the socket with 4403 and a reason to act on; a subscribe
 * arriving after the expiry is refused, never executed; an API key (no expiry) keeps its connection.
 * Time is the app's FixedClock, moved by the test: nothing waits for the token's real expiry.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { decodeJwt } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config/config';
import { Role } from '../../src/app/actor';
import { issueToken } from '../../src/server/auth/tokens';
import { createApiKey } from '../../src/config/api-key-file';
import { RiskAlertStreamDocument, RunCollectionCycleDocument } from '../generated/graphql';
import { openRawConnection, until, type RawConnection } from '../support/alert-subscriber';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

const EXPIRED = { code: 4403, reason: expect.stringMatching(/^Token expired: reconnect with a fresh token/) };

let app: TestApp;
let keysDir: string;
const robotKey = createApiKey({ id: 'erp-robot', name: 'ERP integration', role: Role.OPERATOR, organisationId: null });
const open: RawConnection[] = [];

beforeAll(async () => {
  keysDir = mkdtempSync(join(tmpdir(), 'arbiter-keys-'));
  const apiKeysFile = join(keysDir, 'api-keys.json');
  writeFileSync(apiKeysFile, JSON.stringify([robotKey.entry]));
  app = await startTestApp({ today: '2026-03-02', env: { API_KEYS_FILE: apiKeysFile } });
});
beforeEach(() => app.clock.set('2026-03-02T09:00:00Z'));
afterEach(() => open.splice(0).forEach((connection) => connection.socket.terminate()));
afterAll(async () => {
  await app.close();
  rmSync(keysDir, { recursive: true, force: true });
});

/** A bearer token that expires an hour from now (by the wall clock, which verifies it), and when. */
async function tokenExpiringSoon(): Promise<{ token: string; expiresAt: Date }> {
  const token = await issueToken({ id: 'portal-user', role: Role.OPERATOR, organisationId: null }, DEVELOPMENT_JWT_SECRET, '1h');
  return { token, expiresAt: new Date(decodeJwt(token).exp! * 1000) };
}

async function connect(connectionParams: Record<string, unknown>): Promise<RawConnection> {
  const connection = await openRawConnection(app.url, connectionParams);
  open.push(connection);
  return connection;
}

/** The connection still answers: a ping gets exactly its pong. */
async function pingPong(connection: RawConnection): Promise<void> {
  const before = connection.frames.length;
  connection.socket.send('{"type":"ping"}');
  await until(() => connection.frames.length > before);
  expect(connection.frames.slice(before)).toEqual(['{"type":"pong"}']);
}

it("closes the connection with 4403 and a reason when the token expires, and forgets its timer", async () => {
  const alarmsBefore = app.clock.alarms;
  const { token, expiresAt } = await tokenExpiringSoon();
  const connection = await connect({ authorization: `Bearer ${token}` });
  expect(app.clock.alarms).toBe(alarmsBefore + 1);

  app.clock.set(new Date(expiresAt.getTime() - 1000)); // a second before: still open
  await pingPong(connection);
  app.clock.set(expiresAt);
  expect(await connection.waitForClose()).toEqual(EXPIRED);
  expect(app.clock.alarms).toBe(alarmsBefore);

  // Closed by the client before its token expires: nothing is left waiting for that time.
  const early = await connect({ authorization: `Bearer ${(await tokenExpiringSoon()).token}` });
  early.socket.close();
  await early.waitForClose();
  await until(() => app.clock.alarms === alarmsBefore, 10_000, () => 'the expiry timer to be cleared');
});

it('refuses a subscribe that arrives after the token expired, even before the socket is closed, and executes nothing', async () => {
  // Stored alerts: a subscription from afterSequence 0 that ran would replay them at once.
  const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
  await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' });
  await app.ok(RunCollectionCycleDocument, {});

  const { token, expiresAt } = await tokenExpiringSoon();
  const connection = await connect({ authorization: `Bearer ${token}` });
  app.clock.setWithoutTimers(expiresAt); // the expiry timer has not run yet (a busy event loop)
  connection.socket.send(JSON.stringify({ id: 'late', type: 'subscribe', payload: { query: print(RiskAlertStreamDocument), variables: { afterSequence: 0 } } }));
  expect(await connection.waitForClose()).toEqual(EXPIRED);
  expect(connection.frames.filter((frame) => JSON.parse(frame).type === 'next')).toEqual([]);
});

it('closes a connection whose token had already expired by the server clock when it connected', async () => {
  const { token, expiresAt } = await tokenExpiringSoon();
  app.clock.set(expiresAt);
  const connection = await connect({ authorization: `Bearer ${token}` });
  expect(await connection.waitForClose()).toEqual(EXPIRED);
});

it('keeps a connection made with an API key (it has no expiry) while bearer connections expire', async () => {
  const robot = await connect({ apiKey: robotKey.key });
  const { token, expiresAt } = await tokenExpiringSoon();
  const person = await connect({ authorization: `Bearer ${token}` });
  app.clock.set(new Date(expiresAt.getTime() + 365 * 24 * 3600 * 1000));
  expect(await person.waitForClose()).toEqual(EXPIRED);
  await pingPong(robot);
  expect(robot.closed).toBeNull();
});
