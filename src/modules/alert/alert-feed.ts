/**
 * The live alert feed of one instance. The outbox (the risk_alert table) is the only source: the
 * feed reads committed alerts in `sequence` order (see alert-sequence.ts for why that order is safe)
 * when the bus says something was committed, and at least every poll interval, and hands each one to
 * the streams of this instance's subscribers.
 *
 * A stream opened with `afterSequence` first replays the stored alerts after it, then goes live.
 * Whatever the feed reads while the replay runs is held back and merged at the seam by sequence, so
 * the subscriber sees every alert exactly once, in order: no gap, no duplicate. A subscriber that
 * reconnects with its last sequence (to any instance) therefore ends with every alert exactly once.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { PartnerDirectory } from '../partner/partner-directory';
import type { AlertBus } from './alert-bus';
import { RiskAlert } from './risk-alert.entity';
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

  constructor(
    private readonly em: EntityManager,
    private readonly bus: AlertBus,
    private readonly logger: Logger,
    readonly options: AlertFeedOptions = DEFAULT_FEED_OPTIONS,
    /** Who may see which customer: refreshed before each batch, so revocations apply from the next alert. */
    readonly partners: PartnerDirectory = new PartnerDirectory(em),
  ) {}

  async start(): Promise<void> {
    const [latest] = await this.em.fork().find(RiskAlert, {}, { orderBy: { sequence: 'desc' }, limit: 1, fields: ['sequence'] });
    this.head = latest?.sequence ?? 0;
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
    if (afterSequence === null) stream.goLive();
    else void this.replay(stream);
    return stream;
  }

  private async pump(): Promise<void> {
    for (;;) {
      const alerts = await this.read(this.head);
      if (alerts.length > 0) await this.partners.refresh();
      for (const alert of alerts) {
        this.head = alert.sequence;
        for (const stream of this.streams) stream.offer(alert);
      }
      if (alerts.length < this.options.pageSize) return;
    }
  }

  private async replay(stream: AlertStream): Promise<void> {
    try {
      await this.partners.refresh();
      for (;;) {
        const alerts = await this.read(stream.seen);
        for (const alert of alerts) stream.replayed(alert);
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

/** One subscriber's alerts: an async iterator graphql-ws pulls from, with a bounded buffer. */
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
  private waiting: { resolve(result: IteratorResult<RiskAlertView>): void; reject(error: Error): void } | null = null;

  constructor(
    private readonly visible: (alert: RiskAlertView) => boolean,
    after: number,
    private readonly bufferLimit: number,
    private readonly onClose: () => void,
    private readonly onOverflow?: (resumeAfter: number) => void,
  ) {
    this.seen = after;
    this.delivered = after;
  }

  /** A live alert from the feed. */
  offer(alert: RiskAlertView): void {
    if (this.closed) return;
    if (!this.live) {
      this.heldBack.push(alert);
      if (this.heldBack.length > this.bufferLimit) this.overflow();
      return;
    }
    this.consider(alert);
  }

  /** An alert read by the replay. */
  replayed(alert: RiskAlertView): void {
    if (!this.closed) this.consider(alert);
  }

  goLive(): void {
    for (const alert of this.heldBack) this.consider(alert);
    this.heldBack = [];
    this.live = true;
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
    this.waiting?.resolve({ value: undefined, done: true });
    this.waiting = null;
  }

  next(): Promise<IteratorResult<RiskAlertView>> {
    const value = this.queue.shift();
    if (value) {
      this.delivered = value.sequence;
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<RiskAlertView>> {
    this.end();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<RiskAlertView>> {
    this.end();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<RiskAlertView> {
    return this;
  }

  private consider(alert: RiskAlertView): void {
    if (alert.sequence <= this.seen) return;
    this.seen = alert.sequence;
    if (!this.visible(alert)) return;
    if (this.waiting) {
      this.delivered = alert.sequence;
      this.waiting.resolve({ value: alert, done: false });
      this.waiting = null;
      return;
    }
    this.queue.push(alert);
    if (this.queue.length > this.bufferLimit) this.overflow();
  }

  private overflow(): void {
    const resumeAfter = this.delivered;
    this.queue.length = 0;
    this.onOverflow?.(resumeAfter);
    this.fail(
      new GraphQLError(`Too many unread alerts (more than ${this.bufferLimit}): subscribe again with afterSequence ${resumeAfter} to resume`, {
        extensions: { code: 'SLOW_CONSUMER', resumeAfterSequence: resumeAfter },
      }),
    );
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}
