/**
 * The migrations in migrations/<driver> build exactly the schema the entities describe: after
 * migrating an empty database, MikroORM finds nothing left to change. Runs on the driver under test
 * (SQLite by default, PostgreSQL when TEST_DATABASE_URL is postgres://; CI runs both).
 */
import { parseDatabaseUrl } from '../../src/config/config';
import { migrate, openOrm } from '../../src/db/orm';
import { createScratchDatabase } from '../../src/db/scratch-database';
import { testDatabaseUrl } from '../support/test-app';

it('leaves no difference between the migrated database and the entities', async () => {
  const base = testDatabaseUrl();
  const scratch = base.startsWith('postgres') ? await createScratchDatabase(base, 'arbiter_migrations') : undefined;
  const orm = await openOrm(parseDatabaseUrl(scratch?.url ?? 'sqlite::memory:'));
  try {
    const applied = await migrate(orm);
    expect(applied.length).toBeGreaterThan(0);
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
    // Migrating again is a no-op.
    expect(await migrate(orm)).toEqual([]);
  } finally {
    await orm.close(true);
    await scratch?.drop();
  }
});
