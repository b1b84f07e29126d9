/**
 * Stamps `createdAt` and `updatedAt` from the injected clock, for every entity that has them.
 *
 * Timestamps are never read from the wall clock by an entity: a payment recorded under a test's fixed
 * clock (or a back-dated batch run) carries that clock's time, on every driver. Set-based writes that
 * bypass the unit of work (the collections cycle's UPDATEs and bulk INSERTs) pass the clock's time
 * themselves.
 */
import type { EventArgs, EventSubscriber } from '@mikro-orm/core';
import type { Clock } from '../shared/clock';

interface Timestamped {
  createdAt?: Date;
  updatedAt?: Date;
}

export class ClockTimestamps implements EventSubscriber<Timestamped> {
  constructor(private readonly clock: Clock) {}

  beforeCreate({ entity, meta }: EventArgs<Timestamped>): void {
    const now = this.clock.now();
    if (meta.properties.createdAt && entity.createdAt === undefined) entity.createdAt = now;
    if (meta.properties.updatedAt && entity.updatedAt === undefined) entity.updatedAt = entity.createdAt ?? now;
  }

  beforeUpdate({ entity, meta }: EventArgs<Timestamped>): void {
    if (meta.properties.updatedAt) entity.updatedAt = this.clock.now();
  }
}
