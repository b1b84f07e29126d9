/**
 * Authentication over real HTTP and WebSockets: HS256 bearer tokens, asymmetric tokens checked
 * against a JWKS served by a real local HTTP server (issuer and audience enforced), API keys from
 * API_KEYS_FILE (X-API-Key, Authorization: ApiKey, connection_init), and the actor each one records.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config/config';
import { Role } from '../../src/app/actor';
import { issueToken } from '../../src/server/auth/tokens';
import { createApiKey } from '../../src/config/api-key-file';
import { followApiKeysFile } from '../../src/server/auth/api-keys';
import pino from 'pino';
import { CreateCustomerDocument, CustomersDocument, GrantPartnerAccessDocument, IssueInvoiceDocument, PartnerRiskAlertStreamDocument, RunCollectionCycleDocument } from '../generated/graphql';
import { subscribeAlerts, type AlertSubscription } from '../support/alert-subscriber';
import { customerInput, GRADE_OF_TIER } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

const ISSUER = 'https://login.example.test/';
const AUDIENCE = 'arbiter-api';

interface Jwks {
  url: string;
  sign(claims: Record<string, unknown>, options?: { kid?: string; issuer?: string; audience?: string; expiresIn?: string | number }): Promise<string>;
  close(): Promise<void>;
}

/** A key set as an identity provider publishes it: RS256 and ES256 public keys at /.well-known/jwks.json. */
async function serveJwks(): Promise<Jwks> {
  const rsa = await generateKeyPair('RS256');
  const ec = await generateKeyPair('ES256');
  const stranger = await generateKeyPair('RS256'); // signs tokens with a kid the key set does not have
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  const server: Server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const privateKeys: Record<string, { key: KeyLike; alg: string }> = {
    'rsa-1': { key: rsa.privateKey, alg: 'RS256' },
    'ec-1': { key: ec.privateKey, alg: 'ES256' },
    'unknown-1': { key: stranger.privateKey, alg: 'RS256' },
  };
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
    sign: async (claims, options = {}) => {
      const { key, alg } = privateKeys[options.kid ?? 'rsa-1'];
      return new SignJWT(claims)
        .setProtectedHeader({ alg, kid: options.kid ?? 'rsa-1' })
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let jwks: Jwks;
let keysDir: string;
let apiKeysFile: string;
/** Production: HS256 tokens with issuer and audience, API keys, credentials required. */
let app: TestApp;
/** Tokens checked against a JWKS served over http:// by a local server, which only test and development accept. */
let jwksApp: TestApp;
const SECRET = 'a-production-secret-of-at-least-32-characters';
const operatorKey = createApiKey({ id: 'erp-robot', name: 'ERP integration', role: Role.OPERATOR, organisationId: null });
const partnerKey = createApiKey({ id: 'bank-portal', name: 'Bank portal', role: Role.PARTNER, organisationId: 'bank-a' });
const open: AlertSubscription[] = [];

beforeAll(async () => {
  jwks = await serveJwks();
  keysDir = mkdtempSync(join(tmpdir(), 'arbiter-keys-'));
  apiKeysFile = join(keysDir, 'api-keys.json');
  writeFileSync(apiKeysFile, JSON.stringify([operatorKey.entry, partnerKey.entry]));
  app = await startTestApp({ nodeEnv: 'production', env: { JWT_SECRET: SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, API_KEYS_FILE: apiKeysFile } });
  jwksApp = await startTestApp({ env: { JWKS_URL: jwks.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE } });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.stop()));
});
afterAll(async () => {
  await app.close();
  await jwksApp.close();
  await jwks.close();
  rmSync(keysDir, { recursive: true, force: true });
});

async function createCustomerAs(headers: Record<string, string>, on: TestApp = app) {
  return on.gql(CreateCustomerDocument, { input: customerInput() }, { headers });
}

const hs256 = (id: string, role: Role, options: { expiresIn?: string } = {}) => issueToken({ id, role, organisationId: null }, SECRET, { issuer: ISSUER, audience: AUDIENCE, ...options });

describe('bearer tokens from the JWKS', () => {
  it('accepts RS256 and ES256 tokens of the key set, and records the subject on the decision', async () => {
    const rs = await createCustomerAs(bearer(await jwks.sign({ sub: 'alice@idp', role: 'OPERATOR' })), jwksApp);
    expect(rs.errors).toBeUndefined();
    expect(rs.data?.createCustomer.decision.actorId).toBe('alice@idp');

    const es = await createCustomerAs(bearer(await jwks.sign({ sub: 'bob@idp', role: 'OPERATOR' }, { kid: 'ec-1' })), jwksApp);
    expect(es.data?.createCustomer.decision.actorId).toBe('bob@idp');
  });

  it.each([
    ['expired', { expiresIn: Math.floor(Date.now() / 1000) - 60 }, /has expired/],
    ['from another issuer', { issuer: 'https://evil.example.test/' }, /issuer this server does not accept/],
    ['for another audience', { audience: 'someone-else' }, /another audience/],
    ['signed with a key not in the set', { kid: 'unknown-1' }, /No key of the configured key set/],
  ])('refuses a token %s with 401 UNAUTHENTICATED', async (_case, options, message) => {
    const response = await jwksApp.gql(CustomersDocument, { first: 1 }, { headers: bearer(await jwks.sign({ sub: 'mallory', role: 'ADMIN' }, options)) });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } });
    expect(response.data ?? null).toBeNull();
  });

  it('refuses an unknown role and a PARTNER without an organisation', async () => {
    const unknownRole = await jwksApp.gql(CustomersDocument, { first: 1 }, { headers: bearer(await jwks.sign({ sub: 'x', role: 'ROOT' })) });
    expect(unknownRole.status).toBe(401);
    expect(unknownRole.errors?.[0].message).toMatch(/role claim must be one of/);

    const partner = await jwksApp.gql(CustomersDocument, { first: 1 }, { headers: bearer(await jwks.sign({ sub: 'portal', role: 'PARTNER' })) });
    expect(partner.status).toBe(401);
    expect(partner.errors?.[0]).toMatchObject({ message: expect.stringMatching(/PARTNER token must name its organisation/), extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('HS256 bearer tokens', () => {
  const secret = SECRET;

  it('accepts a token signed with JWT_SECRET carrying the configured issuer and audience', async () => {
    const token = await issueToken({ id: 'carol', role: Role.OPERATOR, organisationId: null }, secret, { issuer: ISSUER, audience: AUDIENCE });
    const response = await createCustomerAs(bearer(token));
    expect(response.data?.createCustomer.decision.actorId).toBe('carol');
  });

  it('refuses tokens signed with another secret, expired, or without the issuer', async () => {
    const forged = await issueToken({ id: 'carol', role: Role.ADMIN, organisationId: null }, DEVELOPMENT_JWT_SECRET, { issuer: ISSUER, audience: AUDIENCE });
    const expired = await issueToken({ id: 'carol', role: Role.ADMIN, organisationId: null }, secret, { issuer: ISSUER, audience: AUDIENCE, expiresIn: '-1m' });
    const noIssuer = await issueToken({ id: 'carol', role: Role.ADMIN, organisationId: null }, secret, { audience: AUDIENCE });
    const partnerWithoutOrg = await issueToken({ id: 'p', role: Role.PARTNER, organisationId: null }, secret, { issuer: ISSUER, audience: AUDIENCE });
    const answers = await Promise.all([forged, expired, noIssuer, partnerWithoutOrg].map((token) => app.gql(CustomersDocument, { first: 1 }, { headers: bearer(token) })));
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    expect(answers.map((answer) => answer.errors?.[0].message)).toEqual([
      expect.stringMatching(/bad signature or malformed/),
      expect.stringMatching(/has expired/),
      expect.stringMatching(/issuer/),
      expect.stringMatching(/PARTNER token must name its organisation/),
    ]);
  });

  it('refuses a token without an expiry in production', async () => {
    const timeless = await new SignJWT({ role: Role.ADMIN })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('carol')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .sign(new TextEncoder().encode(secret));
    const response = await app.gql(CustomersDocument, { first: 1 }, { headers: bearer(timeless) });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]).toMatchObject({
      message: 'The bearer token has no expiry (exp claim); this server accepts only tokens that expire: ask for one with an exp',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const onSocket = subscribeAlerts(app.url, bearer(timeless));
    open.push(onSocket);
    expect((await onSocket.waitForClose()).code).toBe(4403);
  });

  it('refuses a malformed header and a missing one in production', async () => {
    expect((await app.gql(CustomersDocument, { first: 1 }, { headers: { authorization: 'Basic dXNlcjpwdw==' } })).errors?.[0].message).toMatch(/must be "Bearer <token>" or "ApiKey <key>"/);
    const none = await app.gql(CustomersDocument, { first: 1 }, { role: null });
    expect(none.status).toBe(401);
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/bearer token or an API key is required/) });
  });
});

describe('API keys', () => {
  it('authenticates X-API-Key and Authorization: ApiKey, recording the key id as the actor', async () => {
    const viaHeader = await createCustomerAs({ 'x-api-key': operatorKey.key });
    expect(viaHeader.errors).toBeUndefined();
    expect(viaHeader.data?.createCustomer.decision.actorId).toBe('api-key:erp-robot');

    const viaAuthorization = await createCustomerAs({ authorization: `ApiKey ${operatorKey.key}` });
    expect(viaAuthorization.data?.createCustomer.decision.actorId).toBe('api-key:erp-robot');
  });

  it('refuses an unknown key, and both a key and a token at once', async () => {
    const unknown = await app.gql(CustomersDocument, { first: 1 }, { headers: { 'x-api-key': `${operatorKey.key}x` } });
    expect(unknown.status).toBe(401);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/API key is not valid/) });

    const both = await app.gql(CustomersDocument, { first: 1 }, { headers: { 'x-api-key': operatorKey.key, ...bearer(await hs256('a', Role.ADMIN)) } });
    expect(both.status).toBe(401);
    expect(both.errors?.[0].message).toMatch(/not both/);
  });

  it('authenticates a partner machine in connection_init: it receives its organisation’s alerts only', async () => {
    const admin = bearer(await hs256('admin@idp', Role.ADMIN));
    const operator = { 'x-api-key': operatorKey.key };
    const customers: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const created = await app.gql(CreateCustomerDocument, { input: customerInput({ grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' }) }, { headers: operator });
      customers.push(created.data!.createCustomer.customer.id);
    }
    expect((await app.gql(GrantPartnerAccessDocument, { input: { organisationId: 'bank-a', customerId: customers[0] } }, { headers: admin })).errors).toBeUndefined();

    const partner = subscribeAlerts(app.url, { apiKey: partnerKey.key }, { afterSequence: 0 }, PartnerRiskAlertStreamDocument);
    const operatorStream = subscribeAlerts(app.url, { authorization: `ApiKey ${operatorKey.key}` }, { afterSequence: 0 });
    const forged = subscribeAlerts(app.url, { apiKey: 'arbiter_not-a-key' });
    const anonymous = subscribeAlerts(app.url, null);
    open.push(partner, operatorStream, forged, anonymous);
    expect((await forged.waitForClose()).code).toBe(4403);
    expect((await anonymous.waitForClose()).code).toBe(4403); // production: credentials required

    // An overdue invoice per customer: the cycle raises a stage alert and a supply suspension for each.
    for (const customerId of customers) {
      const issued = await app.gql(IssueInvoiceDocument, { input: { customerId, number: `AUTH-${customerId.slice(0, 8)}`, amount: '100.00', currency: 'EUR', issueDate: '2026-01-01' } }, { headers: operator });
      expect(issued.errors).toBeUndefined();
    }
    expect((await app.gql(RunCollectionCycleDocument, {}, { headers: operator })).errors).toBeUndefined();

    await operatorStream.waitFor(4);
    await partner.waitFor(2);
    expect(partner.errors).toEqual([]);
    expect(partner.alerts.every((alert) => alert.customerId === customers[0])).toBe(true);
    expect(operatorStream.alerts.map((alert) => alert.customerId).sort()).toEqual([customers[0], customers[0], customers[1], customers[1]].sort());
  });
});

describe('API_KEYS_FILE edited while the server runs', () => {
  const statusWith = async (key: string) => (await app.gql(CustomersDocument, { first: 1 }, { headers: { 'x-api-key': key } })).status;
  /** As editors save: a new file renamed over the old one. */
  const replaceFile = (text: string) => {
    writeFileSync(`${apiKeysFile}.tmp`, text);
    renameSync(`${apiKeysFile}.tmp`, apiKeysFile);
  };
  afterAll(() => writeFileSync(apiKeysFile, JSON.stringify([operatorKey.entry, partnerKey.entry])));

  it('stops a removed key at the next request, keeps the last valid list while the file is invalid, and takes a key added back', async () => {
    expect(await statusWith(operatorKey.key)).toBe(200);

    writeFileSync(apiKeysFile, JSON.stringify([partnerKey.entry])); // edited in place
    expect(await statusWith(operatorKey.key)).toBe(401);
    expect(await statusWith(partnerKey.key)).toBe(200);

    replaceFile('[{"id": "half-saved"'); // invalid: the partner key keeps working, the removed one stays removed
    expect(await statusWith(partnerKey.key)).toBe(200);
    expect(await statusWith(operatorKey.key)).toBe(401);
    rmSync(apiKeysFile); // deleted: the same
    expect(await statusWith(partnerKey.key)).toBe(200);

    replaceFile(JSON.stringify([operatorKey.entry]));
    expect(await statusWith(operatorKey.key)).toBe(200);
    expect(await statusWith(partnerKey.key)).toBe(401);
  });

  it('closes a WebSocket connection_init with a removed key', async () => {
    writeFileSync(apiKeysFile, JSON.stringify([operatorKey.entry]));
    const removed = subscribeAlerts(app.url, { apiKey: partnerKey.key });
    open.push(removed);
    expect((await removed.waitForClose()).code).toBe(4403);
  });

  it('logs an invalid file once, naming it and saying the last valid list keeps serving', async () => {
    const file = join(keysDir, 'logged.json');
    writeFileSync(file, JSON.stringify([operatorKey.entry]));
    const lines: Array<{ level: number; msg: string }> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const keys = followApiKeysFile(file, [], logger);
    expect((await keys.current()).map((entry) => entry.id)).toEqual(['erp-robot']);

    writeFileSync(file, '{"not": "a list"}');
    expect((await keys.current()).map((entry) => entry.id)).toEqual(['erp-robot']);
    expect((await keys.current()).map((entry) => entry.id)).toEqual(['erp-robot']);
    const errors = lines.filter((line) => line.level === 50);
    expect(errors).toEqual([
      expect.objectContaining({ msg: `API_KEYS_FILE ${file} is not a valid key list (must be a JSON list of { id, name, role, organisationId, sha256 }): the last valid list keeps serving until it is fixed` }),
    ]);
  });
});
