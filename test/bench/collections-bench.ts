/**
 * The collections cycle over a large book: 100,000 open invoices of 1,000 customers, due dates spread
 * from 60 days in the past to 45 days ahead of the business date, written straight into the database.
 * Two runs are timed through the real service (runCollectionCycle), as the scheduler calls it:
 *   - "first run": every invoice starts at stage NONE, so every invoice from 3 days before its due
 *     date on moves (about 60% of the book), each with a decision record and its alerts;
 *   - "next day": the day after, when only the invoices crossing a threshold move — a daily run.
 * Figures: invoices examined per second, transitions, and the peak RSS / heap while running.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Orm } from '../../src/db/orm';
import { runCollectionCycle } from '../../src/modules/collections/collections.service';
import { Customer, CustomerStatus, RiskTier } from '../../src/modules/customer/customer.entity';
import { Exposure } from '../../src/modules/exposure/exposure.entity';
import { CollectionStage, Invoice, InvoiceStatus, invoiceNumberKey } from '../../src/modules/invoice/invoice.entity';
import type { PolicyService } from '../../src/policy/policy.service';
import { FixedClock } from '../../src/shared/clock';
import { addDays } from '../../src/shared/dates';

export const COLLECTIONS_BOOK = { customers: 1_000, invoices: 100_000, dueFromDays: -60, dueToDays: 45 } as const;

export interface CollectionsRun {
  run: string;
  asOf: string;
  examined: number;
  transitions: number;
  suspensions: number;
  seconds: number;
  invoicesPerSecond: number;
  peakRssMiB: number;
  peakHeapMiB: number;
}

/** Writes the book with bulk inserts (the bench measures the cycle, not onboarding). */
export async function seedCollectionsBook(orm: Orm, today: string, now: Date): Promise<void> {
  const em = orm.em.fork();
  const customerIds: string[] = [];
  await em.transactional(async (tx) => {
    const customers = [];
    const exposures = [];
    for (let c = 0; c < COLLECTIONS_BOOK.customers; c += 1) {
      const id = randomUUID();
      customerIds.push(id);
      const tier = [RiskTier.A, RiskTier.B, RiskTier.C][c % 3];
      customers.push({
        id,
        name: `Ladder Buyer ${c + 1}`,
        registrationNumber: `LADDER-${c + 1}`,
        country: 'DE',
        currency: 'EUR',
        language: 'en',
        monthlySalesMinor: 50_000_000,
        relationshipStart: '2020-01-01',
        grade: tier === RiskTier.A ? 2 : tier === RiskTier.B ? 5 : 7,
        riskTier: tier,
        status: CustomerStatus.ACTIVE,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      exposures.push({ id: randomUUID(), customer: id, currency: 'EUR', creditLimitMinor: 1_000_000_000, version: 1, updatedAt: now });
    }
    for (const part of slices(customers)) await tx.insertMany(Customer, part as never[]);
    for (const part of slices(exposures)) await tx.insertMany(Exposure, part as never[]);
  });
  const span = COLLECTIONS_BOOK.dueToDays - COLLECTIONS_BOOK.dueFromDays + 1;
  for (let start = 0; start < COLLECTIONS_BOOK.invoices; start += 10_000) {
    await em.fork().transactional(async (tx) => {
      const rows = [];
      for (let i = start; i < Math.min(start + 10_000, COLLECTIONS_BOOK.invoices); i += 1) {
        const dueDate = addDays(today, COLLECTIONS_BOOK.dueFromDays + (i % span));
        const amountMinor = 50_000 + (i % 97) * 1_000;
        const number = `LADDER-${String(i + 1).padStart(6, '0')}`;
        rows.push({
          id: randomUUID(),
          number,
          numberKey: invoiceNumberKey(number),
          customer: customerIds[i % customerIds.length],
          currency: 'EUR',
          amountMinor,
          outstandingMinor: i % 4 === 0 ? amountMinor / 2 : amountMinor,
          writtenOffMinor: 0,
          issueDate: addDays(dueDate, -30),
          termDays: 30,
          dueDate,
          status: i % 4 === 0 ? InvoiceStatus.PARTLY_PAID : InvoiceStatus.OPEN,
          collectionStage: CollectionStage.NONE,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
      }
      for (const part of slices(rows)) await tx.insertMany(Invoice, part as never[]);
    });
  }
}

export async function benchCollectionCycle(orm: Orm, policy: PolicyService, today: string): Promise<CollectionsRun[]> {
  const runs: CollectionsRun[] = [];
  for (const [run, asOf] of [
    ['first run (all at NONE)', today],
    ['next day', addDays(today, 1)],
  ] as const) {
    global.gc?.();
    const clock = new FixedClock(new Date(`${asOf}T06:00:00Z`));
    const peak = { rss: 0, heap: 0 };
    const sample = () => {
      const usage = process.memoryUsage();
      peak.rss = Math.max(peak.rss, usage.rss);
      peak.heap = Math.max(peak.heap, usage.heapUsed);
    };
    sample();
    const sampler = setInterval(sample, 25);
    const started = performance.now();
    const result = await runCollectionCycle({ em: orm.em.fork(), policy, clock, actorId: 'bench-scheduler' }, asOf);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    sample();
    runs.push({
      run,
      asOf,
      examined: result.examined,
      transitions: result.transitions,
      suspensions: result.suspensions,
      seconds,
      invoicesPerSecond: result.examined / seconds,
      peakRssMiB: peak.rss / 2 ** 20,
      peakHeapMiB: peak.heap / 2 ** 20,
    });
  }
  return runs;
}

function slices<T>(items: T[], size = 500): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}
