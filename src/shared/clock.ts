/**
 * Business code never reads the wall clock: it is handed a Clock (and most operations an `asOf`).
 * Tests use FixedClock and move it; nothing ever sleeps waiting for a date.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(date: Date | string): void {
    this.current = new Date(date);
  }
}

/** The business date (UTC calendar day) of an instant, as YYYY-MM-DD. */
export function businessDate(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
