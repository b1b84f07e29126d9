/**
 * Runs the collections cycle in-process every COLLECTIONS_INTERVAL_SECONDS for the clock's business
 * date. The cycle is idempotent and safe when several instances tick at once, so how often it ticks
 * (or whether another instance ticked first) never changes the result, only how soon it shows.
 */
import type { Logger } from 'pino';
import { systemActor } from '../../app/actor';
import { businessDate } from '../../shared/clock';
import { type CollectionCycleDependencies, type CollectionCycleResult, runCollectionCycle } from './collections.service';

/** Who the scheduled cycles' decisions are recorded for. */
export const COLLECTIONS_SCHEDULER_ACTOR_ID = systemActor('collections-scheduler').id;

export class CollectionScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<CollectionCycleResult | null> | null = null;
  private readonly deps: CollectionCycleDependencies;

  constructor(
    deps: Omit<CollectionCycleDependencies, 'actorId'>,
    private readonly intervalMs: number,
    private readonly logger?: Logger,
  ) {
    this.deps = { ...deps, actorId: COLLECTIONS_SCHEDULER_ACTOR_ID };
  }

  start(): void {
    if (this.timer || this.intervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  /** Waits for a cycle in progress, so shutdown never cuts one off between its transactions. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One cycle for today's business date; a tick while one is still running is skipped. */
  tick(): Promise<CollectionCycleResult | null> {
    if (this.running) return Promise.resolve(null);
    const asOf = businessDate(this.deps.clock);
    this.running = runCollectionCycle(this.deps, asOf)
      .then((result) => {
        this.logger?.info(result, 'collections cycle done');
        return result;
      })
      .catch((error: unknown) => {
        this.logger?.error({ err: error, asOf }, 'collections cycle failed; the next tick retries');
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
