/**
 * Business code never reads the wall clock: it is handed a Clock (and most operations an `asOf`).
 * Tests use FixedClock and move it; nothing ever sleeps waiting for a date.
 */
export interface Clock {
  now(): Date;
}

/** A clock that can also wake you at a time of its own (a connection's credential expiring, say). */
export interface AlarmClock extends Clock {
  /**
   * Calls `callback` once, when this clock reaches `at` (soon after, if it already has); returns what
   * cancels it. It never keeps the process alive.
   */
  at(at: Date, callback: () => void): () => void;
}

/** setTimeout's longest delay (about 24.8 days): a later time is reached in several steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export const systemClock: AlarmClock = {
  now: () => new Date(),
  at(at, callback) {
    let timer: NodeJS.Timeout;
    const arm = () => {
      timer = setTimeout(check, Math.min(Math.max(at.getTime() - Date.now(), 0), MAX_TIMEOUT_MS));
      timer.unref();
    };
    const check = () => (Date.now() >= at.getTime() ? callback() : arm());
    arm();
    return () => clearTimeout(timer);
  },
};

export class FixedClock implements AlarmClock {
  private waiting: { at: number; callback: () => void }[] = [];

  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  /** Moves the clock; whatever waits for a time it reached runs now, in time order. */
  set(date: Date | string): void {
    this.setWithoutTimers(date);
    this.runDue();
  }
  /** Moves the clock without running what waits for it: as when the event loop is too busy to run a timer on time. */
  setWithoutTimers(date: Date | string): void {
    this.current = new Date(date);
  }
  /** How many callbacks wait for a time still to come (none should outlive what set them). */
  get alarms(): number {
    return this.waiting.length;
  }
  at(at: Date, callback: () => void): () => void {
    const entry = { at: at.getTime(), callback };
    this.waiting.push(entry);
    if (entry.at <= this.current.getTime()) setImmediate(() => this.runDue());
    return () => {
      this.waiting = this.waiting.filter((waiting) => waiting !== entry);
    };
  }
  private runDue(): void {
    const now = this.current.getTime();
    const due = this.waiting.filter((entry) => entry.at <= now).sort((a, b) => a.at - b.at);
    this.waiting = this.waiting.filter((entry) => entry.at > now);
    for (const entry of due) entry.callback();
  }
}

/** The business date (UTC calendar day) of an instant, as YYYY-MM-DD. */
export function businessDate(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
