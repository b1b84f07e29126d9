/**
 * The live alert feed of one instance. The outbox (the risk_alert table) is the only source: the
 * feed reads committed alerts in `sequence` order (see src/app/outbox/alert-sequence.ts for why that order is safe)
 * when the bus says something was committed, and at least every poll interval, and hands each one to
 * the streams of this instance's subscribers.
 *
 * A stream opened with `afterSequence` first replays the stored alerts after it, then goes live.
 * Whatever the feed reads while the replay runs is held back and merged at the seam by sequence, so
 * the subscriber sees every alert exactly once, in order: no gap, no duplicate. A subscriber that
 * reconnects with its last sequence (to any instance) therefore ends with every alert exactly once.
 *
 * While nobody on this instance listens, the feed reads nothing: commits and polls only mark it
 * asleep. The first subscriber wakes it with one read of the newest sequence (its "from now on"),
 * shared by all who subscribe meanwhile, before any live read; the outbox itself stays the record.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { SlowConsumerError } from '../../shared/errors';
import { PartnerDirectory } from '../partner';
import type { AlertBus } from './alert-bus';
import { RiskAlert } from '../../app/outbox/risk-alert.entity';
import { RiskAlertView } from './dto/risk-alert.view';

export interface AlertFeedOptions {
  /** Read the outbox at least this often, whatever the bus says (a lost message only delays). */
  pollMs: number;
  pageSize: number;
  /** Alerts a subscriber may leave unread before its stream is closed (it can replay on reconnect). */
  bufferLimit: number;
}

export const DEFAULT_FEED_OPTIONS: AlertFeedOptions = { pollMs: 1000, pageSize: 500, bufferLimit: 1000 };

export class AlertFeed {
  /** Highest sequence read from the outbox and handed to the live streams. */
  private head = 0;
  private readonly streams = new Set<AlertStream>();
  private pumping: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  /** Nobody listened when something may have been committed: `head` may be behind the outbox. */
  private asleep = false;
  /** The read of the newest sequence that wakes the feed, shared by everyone subscribing meanwhile. */
  private waking: Promise<void> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly bus: AlertBus,
    private readonly logger: Logger,
    readonly options: AlertFeedOptions = DEFAULT_FEED_OPTIONS,
    /** Who may see which customer: refreshed before each batch, so revocations apply from the next alert. */
    readonly partners: PartnerDirectory = new PartnerDirectory(em),
  ) {}

  async start(): Promise<void> {
    this.head = await this.newestSequence();
    this.bus.onAnnouncement(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const stream of this.streams) stream.end();
    await this.pumping;
  }

  /** Live subscribers on this instance. */
  get subscribers(): number {
    return this.streams.size;
  }

  /** Something may have been committed: read the outbox (once at a time; again if asked meanwhile). */
  wake(): void {
    if (this.streams.size === 0) this.asleep = true;
    // Asleep, `head` is stale: a read from it could hand a new subscriber what was committed before it came.
    if (this.asleep) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump()
      .catch((error: unknown) => this.logger.error({ err: error }, 'alert feed: reading the outbox failed; retrying at the next poll'))
      .finally(() => {
        this.pumping = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /**
   * A stream of the alerts `visible` lets through: after `afterSequence` (replayed from the outbox
   * first), or from now on when it is null.
   */
  subscribe(visible: (alert: RiskAlertView) => boolean, afterSequence: number | null, onOverflow?: (resumeAfter: number) => void): AlertStream {
    const stream = new AlertStream(visible, afterSequence ?? this.head, this.options.bufferLimit, () => this.streams.delete(stream), onOverflow);
    this.streams.add(stream);
    if (this.asleep) void this.wakeUpFor(stream, afterSequence);
    else if (afterSequence === null) stream.goLive();
    else void this.replay(stream);
    return stream;
  }

  /** The feed was asleep: learn where the outbox is now, then start the stream as if it had been awake. */
  private async wakeUpFor(stream: AlertStream, afterSequence: number | null): Promise<void> {
    try {
      await (this.waking ??= this.newestSequence()
        .then((newest) => {
          this.head = Math.max(this.head, newest);
          this.asleep = false;
        })
        .finally(() => (this.waking = null)));
    } catch (error) {
      stream.fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (afterSequence === null) {
      stream.skipTo(this.head);
      stream.goLive();
    } else {
      void this.replay(stream);
    }
    this.wake();
  }

  private async newestSequence(): Promise<number> {
    const [newest] = await this.em.fork().find(RiskAlert, {}, { orderBy: { sequence: 'desc' }, limit: 1, fields: ['sequence'], disableIdentityMap: true });
    return newest?.sequence ?? 0;
  }

  private async pump(): Promise<void> {
    for (;;) {
      const alerts = await this.read(this.head);
      if (alerts.length > 0) await this.partners.refresh();
      if (alerts.length > 0) this.head = alerts[alerts.length - 1].sequence;
      // A page at a time: a subscriber reading batches gets the alerts committed together in one message.
      for (const stream of this.streams) stream.offer(alerts);
      if (alerts.length < this.options.pageSize) return;
    }
  }

  private async replay(stream: AlertStream): Promise<void> {
    try {
      await this.partners.refresh();
      for (;;) {
        const alerts = await this.read(stream.seen);
        stream.replayed(alerts);
        if (stream.closed) return;
        if (alerts.length < this.options.pageSize) break;
      }
      stream.goLive();
    } catch (error) {
      stream.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private async read(afterSequence: number): Promise<RiskAlertView[]> {
    const rows = await this.em
      .fork()
      .find(RiskAlert, { sequence: { $gt: afterSequence } }, { orderBy: { sequence: 'asc' }, limit: this.options.pageSize, disableIdentityMap: true });
    return rows.map((row) => RiskAlertView.of(row));
  }
}

/**
 * One subscriber's alerts, with a bounded buffer. graphql-ws pulls from it either one alert at a time
 * (`riskAlerts`) or in batches (`batches(max)`, for `riskAlertBatches`): a batch is whatever is
 * waiting when the subscriber asks, at most `max`. A subscriber that keeps up gets each page the feed
 * reads (the alerts committed together) in one batch.
 */
export class AlertStream implements AsyncIterableIterator<RiskAlertView> {
  /** Highest sequence this stream has considered (delivered, or not visible to it). */
  seen: number;
  closed = false;
  /** Sequence of the last alert handed to the subscriber: where it resumes after an overflow. */
  private delivered: number;
  private live = false;
  /** Alerts the feed read while the replay was still running: merged at the seam. */
  private heldBack: RiskAlertView[] = [];
  private readonly queue: RiskAlertView[] = [];
  private failure: Error | null = null;
  /** A pending pull: `batch` is its maximum size, or null for a single alert. */
  private waiting: { resolve(result: IteratorResult<RiskAlertView | RiskAlertView[]>): void; reject(error: Error): void; batch: number | null } | null = null;

  constructor(
    private readonly visible: (alert: RiskAlertView) => boolean,
    after: number,
    readonly bufferLimit: number,
    private readonly onClose: () => void,
    private readonly onOverflow?: (resumeAfter: number) => void,
  ) {
    this.seen = after;
    this.delivered = after;
  }

  /** A page of live alerts from the feed. */
  offer(alerts: readonly RiskAlertView[]): void {
    if (this.closed) return;
    if (!this.live) {
      this.heldBack.push(...alerts);
      if (this.heldBack.length > this.bufferLimit) this.overflow();
      return;
    }
    this.considerPage(alerts);
  }

  /** A page of alerts read by the replay. */
  replayed(alerts: readonly RiskAlertView[]): void {
    if (!this.closed) this.considerPage(alerts);
  }

  /** Starts after `sequence` instead (a "from now on" stream whose now was read after it was opened). */
  skipTo(sequence: number): void {
    this.seen = Math.max(this.seen, sequence);
    this.delivered = Math.max(this.delivered, sequence);
  }

  goLive(): void {
    const heldBack = this.heldBack;
    this.heldBack = [];
    this.live = true;
    this.considerPage(heldBack);
  }

  fail(error: Error): void {
    if (this.closed) return;
    this.failure = error;
    this.close();
    if (this.waiting) {
      this.waiting.reject(error);
      this.waiting = null;
    }
  }

  /** Ends the stream normally (the server is stopping). */
  end(): void {
    this.close();
    this.waiting?.resolve(DONE);
    this.waiting = null;
  }

  next(): Promise<IteratorResult<RiskAlertView>> {
    return this.pull(null) as Promise<IteratorResult<RiskAlertView>>;
  }

  /** The same stream, read in batches of at most `max` alerts. */
  batches(max: number): AsyncIterableIterator<RiskAlertView[]> {
    const batches: AsyncIterableIterator<RiskAlertView[]> = {
      next: () => this.pull(max) as Promise<IteratorResult<RiskAlertView[]>>,
      return: async () => {
        this.end();
        return DONE;
      },
      throw: async (error: unknown) => {
        this.end();
        throw error;
      },
      [Symbol.asyncIterator]: () => batches,
    };
    return batches;
  }

  async return(): Promise<IteratorResult<RiskAlertView>> {
    this.end();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<RiskAlertView>> {
    this.end();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<RiskAlertView> {
    return this;
  }

  private pull(batch: number | null): Promise<IteratorResult<RiskAlertView | RiskAlertView[]>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.take(batch), done: false });
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject, batch }));
  }

  private take(batch: number | null): RiskAlertView | RiskAlertView[] {
    const taken = batch === null ? this.queue.shift()! : this.queue.splice(0, batch);
    this.delivered = (batch === null ? (taken as RiskAlertView) : (taken as RiskAlertView[]).at(-1)!).sequence;
    return taken;
  }

  private considerPage(alerts: readonly RiskAlertView[]): void {
    if (this.takesWholePage(alerts)) {
      // The page itself, the same array for every such subscriber: its result is then executed once for all of them.
      this.seen = alerts[alerts.length - 1].sequence;
      this.delivered = this.seen;
      const waiting = this.waiting!;
      this.waiting = null;
      waiting.resolve({ value: alerts as RiskAlertView[], done: false });
      return;
    }
    for (const alert of alerts) {
      if (this.closed) return;
      this.consider(alert);
    }
    // The page is in: a waiting batch reader takes what it holds.
    if (this.waiting && this.queue.length > 0) this.handOver();
  }

  /** A batch reader waiting with nothing queued, for whom every alert of the page is new and visible. */
  private takesWholePage(alerts: readonly RiskAlertView[]): boolean {
    const batch = this.waiting?.batch;
    return (
      batch != null && this.queue.length === 0 && alerts.length > 0 && alerts.length <= batch && alerts[0].sequence > this.seen && alerts.every(this.visible)
    );
  }

  private consider(alert: RiskAlertView): void {
    if (alert.sequence <= this.seen) return;
    this.seen = alert.sequence;
    if (!this.visible(alert)) return;
    this.queue.push(alert);
    // A single-alert reader gets it at once; a batch reader once its batch is full or the page ends.
    if (this.waiting && (this.waiting.batch === null || this.queue.length >= this.waiting.batch)) this.handOver();
    else if (this.queue.length > this.bufferLimit) this.overflow();
  }

  private handOver(): void {
    const waiting = this.waiting!;
    this.waiting = null;
    waiting.resolve({ value: this.take(waiting.batch), done: false });
  }

  private overflow(): void {
    const resumeAfter = this.delivered;
    this.queue.length = 0;
    this.onOverflow?.(resumeAfter);
    this.fail(
      new SlowConsumerError(`Too many unread alerts (more than ${this.bufferLimit}): subscribe again with afterSequence ${resumeAfter} to resume`, resumeAfter),
    );
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

declare module '../../app/context' {
  /** The request context's `alerts` is this feed (src/app/context.ts declares the slot). */
  interface LiveAlertFeed extends AlertFeed {}
}
