/**
 * A tiny closed-loop load generator: a fixed number of workers each send the next request as soon as
 * their previous one returns. Bounded by request count AND wall time, so a slow build can never make
 * the bench run away.
 */
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  /** Requests sent first and not measured (JIT, statement caches, connection pool). */
  warmup: number;
  /** Measured requests, at most. */
  requests: number;
  /** Measured wall time, at most; the workers stop taking new requests after it. */
  maxSeconds: number;
  concurrency: number;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export const DEFAULT_LOAD: LoadOptions = { warmup: 50, requests: 500, maxSeconds: 20, concurrency: 8 };

export async function runLoad(task: () => Promise<void>, options: LoadOptions = DEFAULT_LOAD): Promise<LoadResult> {
  await runWorkers(task, options.warmup, Infinity, options.concurrency);
  const started = performance.now();
  const latencies = await runWorkers(task, options.requests, started + options.maxSeconds * 1000, options.concurrency);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

async function runWorkers(task: () => Promise<void>, total: number, deadline: number, concurrency: number): Promise<number[]> {
  const latencies: number[] = [];
  let started = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && started < total && performance.now() < deadline) {
      started += 1;
      const begin = performance.now();
      try {
        await task();
      } catch (error) {
        // One failed request makes the figures meaningless: stop every worker and report it.
        failed = true;
        throw error;
      }
      latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
