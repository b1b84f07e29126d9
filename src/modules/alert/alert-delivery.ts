/**
 * Starts this instance's alert delivery: the bus (Redis with REDIS_URL, else in-process), an
 * announcement after every committed transaction, and the feed the subscriptions read.
 */
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Orm } from '../../db/orm';
import { LocalAlertBus, RedisAlertBus, type AlertBus } from './alert-bus';
import { AlertFeed, DEFAULT_FEED_OPTIONS, type AlertFeedOptions } from './alert-feed';

export interface AlertDelivery {
  feed: AlertFeed;
  stop(): Promise<void>;
}

export async function startAlertDelivery(orm: Orm, redisUrl: string | null, logger: Logger, options: AlertFeedOptions = DEFAULT_FEED_OPTIONS): Promise<AlertDelivery> {
  const bus: AlertBus = redisUrl ? await RedisAlertBus.connect(redisUrl, logger) : new LocalAlertBus();
  const announcer: EventSubscriber = { afterTransactionCommit: (_args: TransactionEventArgs) => bus.announce() };
  orm.em.getEventManager().registerSubscriber(announcer);
  const feed = new AlertFeed(orm.em, bus, logger, options);
  await feed.start();
  logger.info({ fanOut: redisUrl ? 'redis' : 'in-process' }, 'risk alert delivery started');
  return {
    feed,
    stop: async () => {
      await feed.stop();
      await bus.close();
    },
  };
}
