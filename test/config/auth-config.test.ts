/**
 * Start-up refusals of the authentication and rate-limit configuration: each a ConfigError with a
 * one-line reason naming the variable (main.ts prints it and exits 1).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DEVELOPMENT_JWT_SECRET, jwtSecretWeakness, loadConfig } from '../../src/config/config';
import { Role } from '../../src/app/actor';
import { createApiKey } from '../../src/config/api-key-file';

const SECRET = 'a-production-secret-of-at-least-32-characters';
const production = (env: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'production', ...env });

function refusal(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a ConfigError');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arbiter-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('in production', () => {
  it('refuses to start without JWT_SECRET or JWKS_URL', () => {
    expect(refusal(() => production())).toBe('NODE_ENV=production needs JWT_SECRET (at least 32 characters) or JWKS_URL to verify bearer tokens');
    expect(refusal(() => production({ JWT_SECRET: '' }))).toMatch(/needs JWT_SECRET/);
  });

  it('refuses a short secret and the development default', () => {
    expect(refusal(() => production({ JWT_SECRET: 'short' }))).toBe('JWT_SECRET must be at least 32 bytes (got 5) when NODE_ENV=production; generate one with: openssl rand -base64 48');
    expect(refusal(() => production({ JWT_SECRET: DEVELOPMENT_JWT_SECRET }))).toMatch(/^JWT_SECRET must not be the development default/);
    expect(refusal(() => production({ JWT_SECRET: 'short', JWKS_URL: 'https://login.example.test/jwks.json' }))).toMatch(/JWT_SECRET must be/);
  });

  it.each([
    ['one character repeated', 'x'.repeat(64), /only 1 distinct characters/],
    ['two characters alternating', '01'.repeat(24), /only 2 distinct characters/],
    ['a short pattern repeated', 'abcd1234!?'.repeat(4), /a block of 8 characters appears twice/],
    ['a word repeated after a prefix', 'Sec-passwordpasswordpasswordpassword', /a block of 8 characters appears twice/],
    ['a long run of one character', `${'a'.repeat(40)}bcdefghij`, /a block of 8 characters appears twice/],
    ['binary digits', '0001011100101101001111000010100100', /only 2 distinct characters/],
  ])('refuses a visibly repetitive secret: %s', (_case, secret, reason) => {
    expect(refusal(() => production({ JWT_SECRET: secret }))).toMatch(new RegExp(`^JWT_SECRET is visibly repetitive: ${reason.source}`));
  });

  it('accepts random secrets of 32 bytes and more, whatever their encoding', () => {
    for (let i = 0; i < 200; i += 1) {
      for (const secret of [randomBytes(16).toString('hex'), randomBytes(32).toString('base64'), randomBytes(64).toString('hex')]) {
        expect(jwtSecretWeakness(secret)).toBeNull();
      }
    }
    expect(jwtSecretWeakness(SECRET)).toBeNull();
  });

  it('refuses a JWKS_URL that is not https', () => {
    expect(refusal(() => production({ JWKS_URL: 'http://login.example.test/jwks.json' }))).toBe(
      'JWKS_URL must be an https:// URL when NODE_ENV=production (got "http://login.example.test/jwks.json")',
    );
  });

  it('requires an expiry on bearer tokens (outside production it is not required)', () => {
    expect(production({ JWT_SECRET: SECRET }).auth.requireTokenExpiry).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).auth.requireTokenExpiry).toBe(false);
  });

  it('starts with a JWKS alone (HS256 off) or a good secret', () => {
    const jwksOnly = production({ JWKS_URL: 'https://login.example.test/jwks.json', JWT_ISSUER: 'https://login.example.test/' });
    expect(jwksOnly.auth).toMatchObject({ jwtSecret: null, jwksUrl: 'https://login.example.test/jwks.json', issuer: 'https://login.example.test/', audience: null });
    expect(production({ JWT_SECRET: SECRET }).auth).toMatchObject({ jwtSecret: SECRET, secretIsDevelopmentDefault: false, jwksUrl: null });
  });
});

it('uses the development secret outside production', () => {
  expect(loadConfig({ NODE_ENV: 'development' }).auth).toMatchObject({ jwtSecret: DEVELOPMENT_JWT_SECRET, secretIsDevelopmentDefault: true });
});

it('refuses a JWKS_URL that is not http(s), and takes http:// outside production', () => {
  expect(refusal(() => loadConfig({ JWKS_URL: 'ftp://keys' }))).toBe('JWKS_URL must be an http:// or https:// URL (got "ftp://keys")');
  expect(loadConfig({ NODE_ENV: 'test', JWKS_URL: 'http://127.0.0.1:1/jwks.json' }).auth.jwksUrl).toBe('http://127.0.0.1:1/jwks.json');
});

describe('API_KEYS_FILE', () => {
  const partner = createApiKey({ id: 'bank', name: 'Bank portal', role: Role.PARTNER, organisationId: 'bank-a' }).entry;

  it('loads the hashed entries', () => {
    expect(loadConfig({ API_KEYS_FILE: file('ok.json', JSON.stringify([partner])) }).auth.apiKeys).toEqual([partner]);
  });

  it.each([
    ['missing.json', null, /cannot be read: ENOENT/],
    ['not-json.json', '[{', /is not valid JSON/],
    ['object.json', '{}', /must be a JSON list/],
    ['no-org.json', JSON.stringify([{ ...partner, organisationId: null }]), /entry 0: "bank" is a PARTNER key and needs an organisationId/],
    ['bad-role.json', JSON.stringify([{ ...partner, role: 'ROOT' }]), /entry 0: role of "bank" must be one of/],
    ['plain-key.json', JSON.stringify([{ ...partner, sha256: 'arbiter_secret' }]), /sha256 of "bank" must be 64 lower-case hex digits/],
    ['twice.json', JSON.stringify([partner, partner]), /entry 1: id "bank" is used twice/],
    ['extra.json', JSON.stringify([{ ...partner, key: 'x' }]), /entry 0: unknown field "key"/],
  ])('refuses %s', (name, text, reason) => {
    const path = text === null ? join(dir, name) : file(name, text);
    const message = refusal(() => loadConfig({ API_KEYS_FILE: path }));
    expect(message.startsWith(`API_KEYS_FILE ${path}`)).toBe(true);
    expect(message).toMatch(reason);
  });
});

describe('rate limits', () => {
  it('defaults to a generous budget, and 0 turns it off', () => {
    expect(loadConfig({}).rateLimit).toEqual({ points: 1200, windowSeconds: 60, connectionsPerAddress: 120 });
    expect(loadConfig({ RATE_LIMIT_POINTS: '5', RATE_LIMIT_WINDOW_SECONDS: '10', RATE_LIMIT_WS_CONNECTIONS: '7' }).rateLimit).toEqual({ points: 5, windowSeconds: 10, connectionsPerAddress: 7 });
    expect(loadConfig({ RATE_LIMIT_WS_CONNECTIONS: '0' }).rateLimit).toEqual({ points: 1200, windowSeconds: 60, connectionsPerAddress: null });
    expect(loadConfig({ RATE_LIMIT_POINTS: '0' }).rateLimit).toBeNull();
  });

  it('refuses values that are not whole numbers', () => {
    expect(refusal(() => loadConfig({ RATE_LIMIT_POINTS: 'lots' }))).toMatch(/^RATE_LIMIT_POINTS must be a whole number/);
    expect(refusal(() => loadConfig({ RATE_LIMIT_WINDOW_SECONDS: '0' }))).toMatch(/^RATE_LIMIT_WINDOW_SECONDS must be a whole number of seconds from 1 to 86400/);
    expect(refusal(() => loadConfig({ RATE_LIMIT_WS_CONNECTIONS: '-3' }))).toBe(
      'RATE_LIMIT_WS_CONNECTIONS must be a whole number of new WebSocket connections per address and window, 0 for no limit (got "-3")',
    );
  });
});
