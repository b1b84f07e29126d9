/**
 * npm run migration:create -- <name>
 *
 * Writes one migration per driver (migrations/sqlite, migrations/postgresql) from the difference
 * between the entities and a scratch database that has every existing migration applied, and
 * registers it in that folder's index.ts. PostgreSQL is reached through MIGRATION_ADMIN_URL
 * (default postgres://postgres@127.0.0.1:5432/test); a scratch database is created and dropped.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDatabaseUrl } from '../config/config';
import { migrate, openOrm } from '../db/orm';
import { createScratchDatabase } from '../db/scratch-database';

async function createFor(driver: 'sqlite' | 'postgresql', databaseUrl: string, name: string): Promise<void> {
  const orm = await openOrm(parseDatabaseUrl(databaseUrl));
  try {
    await migrate(orm);
    const folder = join('migrations', driver);
    const result = await orm.getMigrator().createMigration(folder, false, false, name);
    if (!result.fileName) {
      console.log(`${driver}: entities and migrations already match, nothing to write`);
      return;
    }
    const className = result.fileName.replace(/\.ts$/, '');
    const indexPath = join(folder, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/(import type \{ MigrationObject \} from '@mikro-orm\/core';\n)/, `$1import { ${className} } from './${className}';\n`)
      .replace(/(_MIGRATIONS: MigrationObject\[\] = \[)([\s\S]*?)(\];)/, (_all, open: string, body: string, close: string) => {
        const entries = body.trim() ? `${body.trimEnd()}\n` : '\n';
        return `${open}${entries}  { name: '${className}', class: ${className} },\n${close}`;
      });
    writeFileSync(indexPath, index);
    console.log(`${driver}: wrote ${folder}/${result.fileName}`);
  } finally {
    await orm.close(true);
  }
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Za-z0-9]+$/.test(name)) {
    console.error('usage: npm run migration:create -- <Name>   (letters and digits, e.g. AddClaimNotes)');
    process.exit(2);
  }
  await createFor('sqlite', 'sqlite::memory:', name);
  const scratch = await createScratchDatabase(process.env.MIGRATION_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'arbiter_migration');
  try {
    await createFor('postgresql', scratch.url, name);
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
