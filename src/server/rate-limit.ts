/**
 * Rate limiting per actor: RATE_LIMIT_POINTS requests per RATE_LIMIT_WINDOW_SECONDS for each token
 * subject or API key (anonymous callers by client address). Every HTTP GraphQL request and every
 * WebSocket subscribe takes one point from the same budget. Counted in this process, or in Redis when
 * REDIS_URL is set, so the budget holds across instances; while Redis is unreachable each instance
 * falls back to counting in memory (rate-limiter-flexible's insurance limiter) rather than stalling.
 *
 * Client addresses have budgets of their own, against guessing and flooding:
 *  - every failed authentication (HTTP or a WebSocket connection_init) takes a point from the
 *    address's budget (the one anonymous requests spend); past it, a failure is answered RATE_LIMITED
 *    (HTTP 429, WebSocket close 4429) instead of UNAUTHENTICATED. A valid credential is still let in
 *    on its own budget: an address may be shared (a NAT, a proxy), and one client's failures must not
 *    lock the others out;
 *  - every new WebSocket connection takes one of RATE_LIMIT_WS_CONNECTIONS per window from the address.
 */
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ConfigError, type RateLimitConfig } from '../config/config';
import { RateLimitedError, UnauthenticatedError } from '../shared/errors';
import { redactUrl } from '../shared/urls';
import type { Actor } from '../app/actor';

const KEY_PREFIX = 'arbiter:rate-limit';

export interface RateLimiter {
  /** Takes one point from the actor's budget; throws RateLimitedError when it is spent. */
  consume(actor: Actor, clientAddress: string | undefined): Promise<void>;
  /**
   * Runs an authentication for a client address: a failure (UnauthenticatedError) takes a point from
   * the address's budget and is rethrown, or becomes RateLimitedError once that budget is spent.
   */
  authenticate(clientAddress: string | undefined, attempt: () => Promise<Actor>): Promise<Actor>;
  /** Takes one of the address's new-connection budget; throws RateLimitedError when it is spent. */
  consumeConnection(clientAddress: string | undefined): Promise<void>;
  close(): Promise<void>;
}

const UNLIMITED: RateLimiter = {
  consume: async () => undefined,
  authenticate: (_clientAddress, attempt) => attempt(),
  consumeConnection: async () => undefined,
  close: async () => undefined,
};

/** Whose budget a request spends: the token subject or the API key; anonymous callers share one per address. */
export function rateLimitKey(actor: Actor, clientAddress: string | undefined): string {
  if (actor.authMethod === 'anonymous') return addressKey(clientAddress);
  return `${actor.authMethod}:${actor.id}`;
}

function addressKey(clientAddress: string | undefined): string {
  return `address:${clientAddress ?? 'unknown'}`;
}

export async function createRateLimiter(config: RateLimitConfig | null, redisUrl: string | null, logger: Logger): Promise<RateLimiter> {
  if (config === null) return UNLIMITED;
  const options = { points: config.points, duration: config.windowSeconds, keyPrefix: KEY_PREFIX };
  const connectionOptions = { points: config.connectionsPerAddress ?? 1, duration: config.windowSeconds, keyPrefix: `${KEY_PREFIX}:ws-connections` };
  const memory = new RateLimiterMemory(options);
  const connectionMemory = new RateLimiterMemory(connectionOptions);
  let limiter: RateLimiterAbstract = memory;
  let connections: RateLimiterAbstract = connectionMemory;
  let redis: Redis | null = null;
  if (redisUrl) {
    redis = new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false });
    redis.on('error', (error) => logger.warn({ err: error }, 'redis (rate limits): connection problem'));
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new ConfigError(`cannot reach Redis at REDIS_URL ${redactUrl(redisUrl)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory });
    connections = new RateLimiterRedis({ ...connectionOptions, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: connectionMemory });
  }
  const retryAfter = (rejection: RateLimiterRes) => Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));

  /** One point from `key` of `from`; RateLimitedError (made by `refusal`) when the budget is spent. */
  async function take(from: RateLimiterAbstract, key: string, refusal: (retryAfterSeconds: number) => RateLimitedError): Promise<void> {
    try {
      await from.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw refusal(retryAfter(rejection));
      // The store failed and so did the insurance: let the request through rather than refuse everyone.
      logger.error({ err: rejection }, 'rate limiter unavailable; request let through');
    }
  }
  const requestRefusal = (retryAfterSeconds: number) => new RateLimitedError(config.points, config.windowSeconds, retryAfterSeconds);
  const addressRefusal = (retryAfterSeconds: number) =>
    new RateLimitedError(config.points, config.windowSeconds, retryAfterSeconds, { what: 'requests and failed authentications', whose: 'from your address' });

  return {
    consume: (actor, clientAddress) => take(limiter, rateLimitKey(actor, clientAddress), requestRefusal),
    async authenticate(clientAddress, attempt) {
      try {
        return await attempt();
      } catch (error) {
        if (error instanceof UnauthenticatedError) await take(limiter, addressKey(clientAddress), addressRefusal);
        throw error;
      }
    },
    async consumeConnection(clientAddress) {
      if (config.connectionsPerAddress === null) return;
      await take(connections, addressKey(clientAddress), (retryAfterSeconds) =>
        new RateLimitedError(config.connectionsPerAddress!, config.windowSeconds, retryAfterSeconds, { what: 'new WebSocket connections', whose: 'from your address' }),
      );
    },
    async close() {
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}
