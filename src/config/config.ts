/**
 * Configuration from environment variables, validated once at start-up.
 * A bad value stops the process with a one-line reason (see ConfigError).
 */
import { readFileSync } from 'node:fs';
import { isKnownCurrency } from '../shared/money';
import { type ApiKeyEntry, parseApiKeys } from './api-key-file';

export type DatabaseDriver = 'sqlite' | 'postgresql';
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  logLevel: LogLevel;
  database: { driver: DatabaseDriver; url: string; sqlitePath?: string };
  rulesDir: string;
  /** Watch RULES_DIR and swap in a valid change within seconds. */
  rulesHotReload: boolean;
  /** How often the in-process collections cycle runs; 0 turns it off. */
  collectionsIntervalSeconds: number;
  /** Seed the demo portfolio into an empty embedded database. Never seeds PostgreSQL unless asked. */
  seedDemo: boolean;
  auth: AuthConfig;
  /** Requests (and WebSocket subscribes) per actor per window; null: no limit (RATE_LIMIT_POINTS=0). */
  rateLimit: RateLimitConfig | null;
  /** Redis for fanning "alerts committed" out to every instance; null: this process only. */
  redisUrl: string | null;
  /** How often each instance reads the alert outbox whatever the bus says (a lost announcement only delays). */
  alertPollMs: number;
  /** Apply pending migrations at start (under a lock on PostgreSQL); false: `npm run migrate` does it, start refuses while any is pending. */
  migrateOnStart: boolean;
  /** Browser origins (exact, e.g. https://app.example.com) allowed to call /graphql cross-origin; empty: none. */
  corsOrigins: string[];
  /** How long an idle keep-alive HTTP connection stays open: above the idle timeouts of clients and load balancers in front. */
  httpKeepAliveSeconds: number;
  /** The currency the amounts of rules/credit-authority.json are in (ISO 4217): referred amounts are converted to it. */
  baseCurrency: string;
}

export interface AuthConfig {
  /** HS256 secret for bearer tokens; null: HS256 tokens are not accepted (production with JWKS_URL only). */
  jwtSecret: string | null;
  secretIsDevelopmentDefault: boolean;
  /** Bearer tokens must carry an expiry (exp claim): production, where a leaked token must not work for ever. */
  requireTokenExpiry: boolean;
  /** Where the public keys of asymmetric bearer tokens are published (RS256, ES256, EdDSA, ...). */
  jwksUrl: string | null;
  /** Checked on every bearer token when set. */
  issuer: string | null;
  audience: string | null;
  /** API keys for partner machines (only their SHA-256 hashes), as API_KEYS_FILE held them at start. */
  apiKeys: ApiKeyEntry[];
  /** API_KEYS_FILE itself: re-read when it changes, so a removed key stops working without a restart. */
  apiKeysFile: string | null;
}

export interface RateLimitConfig {
  points: number;
  windowSeconds: number;
  /** New WebSocket connections each client address may open per window; null: not limited. */
  connectionsPerAddress: number | null;
}

/** Generous: a person clicking through screens never meets it; a runaway script does. */
const DEFAULT_RATE_LIMIT_POINTS = '1200';
const DEFAULT_RATE_LIMIT_WINDOW_SECONDS = '60';
/**
 * Above the idle timeouts of what usually sits in front (AWS ALB 60 s, nginx upstream keepalive 60 s,
 * Node's fetch 4 s): the client or balancer closes an idle connection first, so it never sends a
 * request onto a socket this server is closing (ECONNRESET).
 */
const DEFAULT_HTTP_KEEP_ALIVE_SECONDS = '65';
/** A portal opens a handful of sockets and reconnects now and then; a loop opening sockets meets this. */
const DEFAULT_RATE_LIMIT_WS_CONNECTIONS = '120';
/** HS256 secrets shorter than this many bytes are refused in production. */
export const MIN_JWT_SECRET_LENGTH = 32;
/** ... or with fewer distinct characters than this (32 random hex digits have 8 or more in practice). */
export const MIN_JWT_SECRET_DISTINCT_CHARACTERS = 8;
/** ... or with any block of this many characters appearing twice (a word or pattern repeated). */
export const JWT_SECRET_REPEATED_BLOCK = 8;

/** The company's reporting currency when BASE_CURRENCY is not set. */
export const DEFAULT_BASE_CURRENCY = 'EUR';

function baseCurrencyOf(env: NodeJS.ProcessEnv): string {
  const currency = (env.BASE_CURRENCY ?? DEFAULT_BASE_CURRENCY).trim();
  if (!isKnownCurrency(currency)) throw new ConfigError(`BASE_CURRENCY must be an ISO 4217 currency code such as EUR (got "${env.BASE_CURRENCY}")`);
  return currency;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: NodeEnv[] = ['development', 'production', 'test'];
/** Only for local development and tests; production refuses to start with it. */
export const DEVELOPMENT_JWT_SECRET = 'arbiter-development-secret-do-not-use-in-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!NODE_ENVS.includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got "${env.NODE_ENV}")`);
  }

  const portText = env.PORT ?? '4000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535 (got "${portText}")`);
  }

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }

  const database = parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/arbiter.sqlite');

  const seedDemo = parseBoolean(env, 'SEED_DEMO', true);
  const intervalText = env.COLLECTIONS_INTERVAL_SECONDS ?? '900';
  if (!/^\d+$/.test(intervalText)) {
    throw new ConfigError(`COLLECTIONS_INTERVAL_SECONDS must be a whole number of seconds, 0 to turn the cycle off (got "${intervalText}")`);
  }
  const rulesHotReload = parseBoolean(env, 'RULES_HOT_RELOAD', true);
  const alertPollText = env.ALERT_POLL_MS ?? '1000';
  if (!/^\d+$/.test(alertPollText) || Number(alertPollText) < 1 || Number(alertPollText) > 2_147_483_647) {
    throw new ConfigError(`ALERT_POLL_MS must be a whole number of milliseconds from 1 to 2147483647 (got "${alertPollText}")`);
  }

  const auth = authConfigOf(env, nodeEnv);
  const rateLimit = rateLimitOf(env);

  return {
    nodeEnv,
    port,
    logLevel,
    database,
    rulesDir: env.RULES_DIR ?? 'rules',
    rulesHotReload,
    collectionsIntervalSeconds: Number(intervalText),
    seedDemo,
    auth,
    rateLimit,
    redisUrl: redisUrlOf(env),
    alertPollMs: Number(alertPollText),
    baseCurrency: baseCurrencyOf(env),
    migrateOnStart: parseBoolean(env, 'MIGRATE_ON_START', true),
    corsOrigins: corsOriginsOf(env),
    httpKeepAliveSeconds: httpKeepAliveSecondsOf(env),
  };
}

function authConfigOf(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv): AuthConfig {
  const production = nodeEnv === 'production';
  const jwksUrl = optional(env, 'JWKS_URL');
  if (jwksUrl !== null && !isHttpUrl(jwksUrl)) throw new ConfigError(`JWKS_URL must be an http:// or https:// URL (got "${jwksUrl}")`);
  // Keys fetched over plain HTTP could be swapped on the way, and with them every token accepted.
  if (production && jwksUrl !== null && new URL(jwksUrl).protocol !== 'https:') {
    throw new ConfigError(`JWKS_URL must be an https:// URL when NODE_ENV=production (got "${jwksUrl}")`);
  }
  const given = optional(env, 'JWT_SECRET');
  if (production) {
    if (given === null && jwksUrl === null) {
      throw new ConfigError(`NODE_ENV=production needs JWT_SECRET (at least ${MIN_JWT_SECRET_LENGTH} characters) or JWKS_URL to verify bearer tokens`);
    }
    const weakness = given === null ? null : jwtSecretWeakness(given);
    if (weakness !== null) {
      throw new ConfigError(`JWT_SECRET ${weakness} when NODE_ENV=production; generate one with: openssl rand -base64 48`);
    }
  }
  // Outside production a missing secret means the development one, so `npm start` can print tokens.
  const jwtSecret = given ?? (nodeEnv === 'production' ? null : DEVELOPMENT_JWT_SECRET);
  return {
    jwtSecret,
    secretIsDevelopmentDefault: jwtSecret === DEVELOPMENT_JWT_SECRET,
    requireTokenExpiry: production,
    jwksUrl,
    issuer: optional(env, 'JWT_ISSUER'),
    audience: optional(env, 'JWT_AUDIENCE'),
    apiKeys: apiKeysOf(optional(env, 'API_KEYS_FILE')),
    apiKeysFile: optional(env, 'API_KEYS_FILE'),
  };
}

/**
 * Why an HS256 secret is too weak to sign production tokens, or null. Anyone who guesses it can mint
 * an ADMIN token, so it must be long and must not look made by hand. Refused:
 *  - shorter than MIN_JWT_SECRET_LENGTH bytes (UTF-8);
 *  - the development default;
 *  - fewer than MIN_JWT_SECRET_DISTINCT_CHARACTERS distinct characters ("aaaa...", "0101...");
 *  - any block of JWT_SECRET_REPEATED_BLOCK characters appearing twice, overlapping or not ("abcabc...",
 *    "passwordpassword..."): in random text that practically never happens (for 128 hex digits, about
 *    once in 500,000 secrets), in a hand-made one it is the pattern.
 */
export function jwtSecretWeakness(secret: string): string | null {
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_JWT_SECRET_LENGTH) return `must be at least ${MIN_JWT_SECRET_LENGTH} bytes (got ${bytes})`;
  if (secret === DEVELOPMENT_JWT_SECRET) return 'must not be the development default';
  const distinct = new Set(secret).size;
  if (distinct < MIN_JWT_SECRET_DISTINCT_CHARACTERS) {
    return `is visibly repetitive: only ${distinct} distinct characters (at least ${MIN_JWT_SECRET_DISTINCT_CHARACTERS} needed)`;
  }
  const blocks = new Set<string>();
  for (let start = 0; start + JWT_SECRET_REPEATED_BLOCK <= secret.length; start += 1) {
    const block = secret.slice(start, start + JWT_SECRET_REPEATED_BLOCK);
    if (blocks.has(block)) return `is visibly repetitive: a block of ${JWT_SECRET_REPEATED_BLOCK} characters appears twice`;
    blocks.add(block);
  }
  return null;
}

function apiKeysOf(file: string | null): ApiKeyEntry[] {
  if (file === null) return [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`API_KEYS_FILE ${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return parseApiKeys(text);
  } catch (error) {
    throw new ConfigError(`API_KEYS_FILE ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function rateLimitOf(env: NodeJS.ProcessEnv): RateLimitConfig | null {
  const pointsText = env.RATE_LIMIT_POINTS ?? DEFAULT_RATE_LIMIT_POINTS;
  if (!/^\d+$/.test(pointsText) || Number(pointsText) > 1_000_000_000) {
    throw new ConfigError(`RATE_LIMIT_POINTS must be a whole number of requests per window, 0 to turn rate limiting off (got "${pointsText}")`);
  }
  const windowText = env.RATE_LIMIT_WINDOW_SECONDS ?? DEFAULT_RATE_LIMIT_WINDOW_SECONDS;
  if (!/^\d+$/.test(windowText) || Number(windowText) < 1 || Number(windowText) > 86_400) {
    throw new ConfigError(`RATE_LIMIT_WINDOW_SECONDS must be a whole number of seconds from 1 to 86400 (got "${windowText}")`);
  }
  const connectionsText = env.RATE_LIMIT_WS_CONNECTIONS ?? DEFAULT_RATE_LIMIT_WS_CONNECTIONS;
  if (!/^\d+$/.test(connectionsText) || Number(connectionsText) > 1_000_000_000) {
    throw new ConfigError(`RATE_LIMIT_WS_CONNECTIONS must be a whole number of new WebSocket connections per address and window, 0 for no limit (got "${connectionsText}")`);
  }
  if (Number(pointsText) === 0) return null;
  return { points: Number(pointsText), windowSeconds: Number(windowText), connectionsPerAddress: Number(connectionsText) === 0 ? null : Number(connectionsText) };
}

/** An environment variable, with "" meaning unset. */
function optional(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name];
  return value === undefined || value === '' ? null : value;
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function parseBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name];
  if (text === undefined) return fallback;
  if (text !== 'true' && text !== 'false') throw new ConfigError(`${name} must be "true" or "false" (got "${text}")`);
  return text === 'true';
}

export function parseDatabaseUrl(url: string): AppConfig['database'] {
  if (url.startsWith('sqlite:')) {
    const sqlitePath = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!sqlitePath) throw new ConfigError('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:data/arbiter.sqlite or sqlite::memory:');
    return { driver: 'sqlite', url, sqlitePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid PostgreSQL URL (got "${url}")`);
    }
    return { driver: 'postgresql', url };
  }
  throw new ConfigError(`DATABASE_URL must start with "sqlite:" or "postgres://" (got "${url}")`);
}

function redisUrlOf(env: NodeJS.ProcessEnv): string | null {
  const url = env.REDIS_URL;
  if (url === undefined || url === '') return null;
  if (!/^rediss?:\/\//.test(url)) throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL (got "${url}")`);
  return url;
}

/** CORS_ORIGINS: comma-separated exact origins (scheme, host, optional port), as browsers send them in Origin. */
function corsOriginsOf(env: NodeJS.ProcessEnv): string[] {
  const text = optional(env, 'CORS_ORIGINS');
  if (text === null) return [];
  return text.split(',').map((entry) => {
    const given = entry.trim();
    let origin: string | null = null;
    try {
      const url = new URL(given);
      if (['http:', 'https:'].includes(url.protocol)) origin = url.origin;
    } catch {
      // not a URL: refused below
    }
    if (origin === null) {
      throw new ConfigError(`CORS_ORIGINS must list http:// or https:// origins separated by commas, e.g. https://app.example.com (got "${given}")`);
    }
    if (origin !== given) {
      throw new ConfigError(`CORS_ORIGINS entries must be exact origins without path, query or trailing slash (got "${given}"; did you mean "${origin}"?)`);
    }
    return origin;
  });
}

function httpKeepAliveSecondsOf(env: NodeJS.ProcessEnv): number {
  const text = env.HTTP_KEEP_ALIVE_SECONDS ?? DEFAULT_HTTP_KEEP_ALIVE_SECONDS;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 3600) {
    throw new ConfigError(`HTTP_KEEP_ALIVE_SECONDS must be a whole number of seconds from 1 to 3600 (got "${text}")`);
  }
  return Number(text);
}
