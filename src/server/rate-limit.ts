/**
 * Rate limiting per actor: RATE_LIMIT_POINTS requests per RATE_LIMIT_WINDOW_SECONDS for each token
 * subject or API key (anonymous callers by client address). Every HTTP GraphQL request and every
 * WebSocket subscribe takes one point from the same budget. Counted in this process, or in Redis when
 * REDIS_URL is set, so the budget holds across instances; while Redis is unreachable each instance
 * falls back to counting in memory (rate-limiter-flexible's insurance limiter) rather than stalling.
 */
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ConfigError, type RateLimitConfig } from '../config/config';
import { RateLimitedError } from '../shared/errors';
import { redactUrl } from '../shared/urls';
import type { Actor } from './actor';

const KEY_PREFIX = 'arbiter:rate-limit';

export interface RateLimiter {
  /** Takes one point from the actor's budget; throws RateLimitedError when it is spent. */
  consume(actor: Actor, clientAddress: string | undefined): Promise<void>;
  close(): Promise<void>;
}

const UNLIMITED: RateLimiter = { consume: async () => undefined, close: async () => undefined };

/** Whose budget a request spends: the token subject or the API key; anonymous callers share one per address. */
export function rateLimitKey(actor: Actor, clientAddress: string | undefined): string {
  if (actor.authMethod === 'anonymous') return `address:${clientAddress ?? 'unknown'}`;
  return `${actor.authMethod}:${actor.id}`;
}

export async function createRateLimiter(config: RateLimitConfig | null, redisUrl: string | null, logger: Logger): Promise<RateLimiter> {
  if (config === null) return UNLIMITED;
  const options = { points: config.points, duration: config.windowSeconds, keyPrefix: KEY_PREFIX };
  const memory = new RateLimiterMemory(options);
  let limiter: RateLimiterAbstract = memory;
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
  }
  return {
    async consume(actor, clientAddress) {
      try {
        await limiter.consume(rateLimitKey(actor, clientAddress));
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          throw new RateLimitedError(config.points, config.windowSeconds, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        }
        // The store failed and so did the insurance: let the request through rather than refuse everyone.
        logger.error({ err: rejection }, 'rate limiter unavailable; request let through');
      }
    },
    async close() {
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}
