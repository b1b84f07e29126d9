/** Column shapes shared by the entities, so money and dates are stored the same way everywhere. */
import { BigIntType, DateTimeType, Property } from '@mikro-orm/core';

/** Integer minor units in a BIGINT column, read back as a JS number (safe up to 9e15 minor units). */
export const MoneyColumn = (options: { nullable?: boolean; default?: number } = {}) =>
  Property({ type: new BigIntType('number'), nullable: options.nullable, ...(options.default === undefined ? {} : { default: options.default }) });

/** A calendar date (no time of day), held as an ISO YYYY-MM-DD string. */
export const DateColumn = (options: { nullable?: boolean } = {}) =>
  Property({ type: 'date', nullable: options.nullable });

/**
 * An instant. Declared with the DateTimeType class: MikroORM 6.6.16 compares a `type: 'datetime'`
 * string property by object equality on SQLite, sees every loaded row as changed and writes it back
 * (bumping optimistic-lock versions for nothing). `createdAt` / `updatedAt` are stamped from the
 * injected clock (src/db/clock-timestamps.ts), never from the wall clock.
 */
export const TimestampColumn = (options: { nullable?: boolean } = {}) => Property({ type: DateTimeType, nullable: options.nullable });
