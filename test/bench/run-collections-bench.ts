/**
 * npm run bench:collections — only the collections-cycle part of `npm run bench`, on SQLite (a temp
 * file) and, when it can be reached, PostgreSQL (a scratch database).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { migrate, openOrm } from '../../src/db/orm';
import { createScratchDatabase } from '../../src/db/scratch-database';
import { PolicyService } from '../../src/policy/policy.service';
import { benchCollectionCycle, COLLECTIONS_BOOK, type CollectionsRun, seedCollectionsBook } from './collections-bench';
import { formatTable } from './table';

const TODAY = '2026-03-02';

export async function collectionsOn(driver: string, databaseUrl: string): Promise<Array<CollectionsRun & { driver: string }>> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, RULES_DIR: 'rules', PORT: '0', SEED_DEMO: 'false' });
  const orm = await openOrm(config.database);
  try {
    await migrate(orm);
    const seeding = Date.now();
    await seedCollectionsBook(orm, TODAY, new Date(`${TODAY}T05:00:00Z`));
    console.error(`bench: ${driver}: seeded ${COLLECTIONS_BOOK.invoices} open invoices in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
    const runs = await benchCollectionCycle(orm, new PolicyService(config.rulesDir), TODAY);
    return runs.map((run) => ({ driver, ...run }));
  } finally {
    await orm.close(true);
  }
}

export function collectionsTable(runs: Array<CollectionsRun & { driver: string }>): string {
  return formatTable(
    ['driver', 'collections cycle', 'asOf', 'examined', 'transitions', 'suspensions', 'seconds', 'invoices/s', 'peak RSS MiB', 'peak heap MiB'],
    runs.map((run) => [
      run.driver,
      run.run,
      run.asOf,
      String(run.examined),
      String(run.transitions),
      String(run.suspensions),
      run.seconds.toFixed(2),
      run.invoicesPerSecond.toFixed(0),
      run.peakRssMiB.toFixed(0),
      run.peakHeapMiB.toFixed(0),
    ]),
    2,
  );
}

export async function sqliteFile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'arbiter-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return `sqlite:${join(dir, 'collections.sqlite')}`;
}

async function main(): Promise<void> {
  const runs = await collectionsOn('sqlite', await sqliteFile());
  if (process.env.BENCH_SKIP_POSTGRES !== 'true') {
    const scratch = await createScratchDatabase(process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'arbiter_bench');
    try {
      runs.push(...(await collectionsOn('postgresql', scratch.url)));
    } finally {
      await scratch.drop();
    }
  }
  console.log(collectionsTable(runs));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  });
}
