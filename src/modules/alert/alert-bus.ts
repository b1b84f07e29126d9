/**
 * How instances tell each other "alerts were committed". The message carries no alert: the database
 * (the outbox) is the only source, read in sequence order by every instance's feed. A lost or late
 * message therefore delays an alert by at most the feed's poll interval; it can never lose or
 * duplicate one. In-memory within one process by default; Redis pub/sub across instances with REDIS_URL.
 */
import { EventEmitter } from 'node:events';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { ConfigError } from '../../config/config';
import { redactUrl } from '../../shared/urls';

export interface AlertBus {
  /** Says that alerts may have been committed (called after every commit). */
  announce(): void;
  onAnnouncement(listener: () => void): void;
  close(): Promise<void>;
}

export class LocalAlertBus implements AlertBus {
  private readonly emitter = new EventEmitter();

  announce(): void {
    this.emitter.emit('committed');
  }

  onAnnouncement(listener: () => void): void {
    this.emitter.on('committed', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/** Redis channel of the announcements (nothing but a wake-up call; the bench listens to time commits). */
export const ALERT_BUS_CHANNEL = 'arbiter:risk-alerts:committed';

export class RedisAlertBus implements AlertBus {
  private readonly local = new LocalAlertBus();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  private constructor(url: string, logger: Logger) {
    // Commands wait while Redis is away (offline queue); the feed's poll keeps alerts flowing meanwhile.
    this.publisher = new Redis(url, { lazyConnect: true });
    this.subscriber = new Redis(url, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber]) client.on('error', (error) => logger.warn({ err: error }, 'redis: connection problem'));
    this.subscriber.on('message', () => this.local.announce());
  }

  /** Connects both clients; an unreachable Redis at start-up is a configuration error, said in one line. */
  static async connect(url: string, logger: Logger): Promise<RedisAlertBus> {
    const bus = new RedisAlertBus(url, logger);
    try {
      await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
      await bus.subscriber.subscribe(ALERT_BUS_CHANNEL);
    } catch (error) {
      bus.publisher.disconnect();
      bus.subscriber.disconnect();
      throw new ConfigError(`cannot reach Redis at REDIS_URL ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return bus;
  }

  announce(): void {
    // This instance learns at once; the others through Redis.
    this.local.announce();
    void this.publisher.publish(ALERT_BUS_CHANNEL, '1').catch(() => undefined);
  }

  onAnnouncement(listener: () => void): void {
    this.local.onAnnouncement(listener);
  }

  async close(): Promise<void> {
    await this.local.close();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
