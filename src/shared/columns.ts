/** Column shapes shared by the entities, so money and dates are stored the same way everywhere. */
import { BigIntType, Property } from '@mikro-orm/core';

/** Integer minor units in a BIGINT column, read back as a JS number (safe up to 9e15 minor units). */
export const MoneyColumn = (options: { nullable?: boolean } = {}) =>
  Property({ type: new BigIntType('number'), nullable: options.nullable });

/** A calendar date (no time of day), held as an ISO YYYY-MM-DD string. */
export const DateColumn = (options: { nullable?: boolean } = {}) =>
  Property({ type: 'date', nullable: options.nullable });
