/**
 * Configuration from environment variables, validated once at start-up.
 * A bad value stops the process with a one-line reason (see ConfigError).
 */
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
  auth: { jwtSecret: string; secretIsDevelopmentDefault: boolean };
  /** Redis for fanning "alerts committed" out to every instance; null: this process only. */
  redisUrl: string | null;
  /** How often each instance reads the alert outbox whatever the bus says (a lost announcement only delays). */
  alertPollMs: number;
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

  const jwtSecret = env.JWT_SECRET ?? (nodeEnv === 'production' ? '' : DEVELOPMENT_JWT_SECRET);
  if (nodeEnv === 'production' && (jwtSecret.length < 32 || jwtSecret === DEVELOPMENT_JWT_SECRET)) {
    throw new ConfigError('JWT_SECRET must be set to a secret of at least 32 characters when NODE_ENV=production');
  }

  return {
    nodeEnv,
    port,
    logLevel,
    database,
    rulesDir: env.RULES_DIR ?? 'rules',
    rulesHotReload,
    collectionsIntervalSeconds: Number(intervalText),
    seedDemo,
    auth: { jwtSecret, secretIsDevelopmentDefault: jwtSecret === DEVELOPMENT_JWT_SECRET },
    redisUrl: redisUrlOf(env),
    alertPollMs: Number(alertPollText),
  };
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
