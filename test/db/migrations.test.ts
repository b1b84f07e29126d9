/**
 * The migrations in migrations/<driver> build exactly the schema the entities describe: after
 * migrating an empty database, MikroORM finds nothing left to change. Runs on the driver under test
 * (SQLite by default, PostgreSQL when TEST_DATABASE_URL is postgres://; CI runs both).
 */
import { parseDatabaseUrl } from '../../src/config/config';
import { migrate, openOrm, pendingMigrations, type Orm } from '../../src/db/orm';
import { createScratchDatabase } from '../../src/db/scratch-database';
import { testDatabaseUrl } from '../support/test-app';
import { POSTGRESQL_MIGRATIONS } from '../../migrations/postgresql';

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

/**
 * The probe's race: several instances start at once on one fresh PostgreSQL database, each with its
 * own ORM and pool, as separate processes would. Each migration runs once, and every start succeeds.
 */
const onPostgres = testDatabaseUrl().startsWith('postgres');
(onPostgres ? it : it.skip)('migrates once when several instances start at once on one PostgreSQL database', async () => {
  const INSTANCES = 4;
  const scratch = await createScratchDatabase(testDatabaseUrl(), 'arbiter_migration_race');
  const orms: Orm[] = [];
  try {
    const database = parseDatabaseUrl(scratch.url);
    for (let i = 0; i < INSTANCES; i += 1) orms.push(await openOrm(database));
    let waited = 0;
    const outcomes = await Promise.allSettled(orms.map((orm) => migrate(orm, { onWaiting: () => (waited += 1) })));

    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const applied = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
    const all = POSTGRESQL_MIGRATIONS.map((migration) => migration.name);
    expect(applied.sort()).toEqual(all.sort()); // every migration applied, none twice
    expect(waited).toBeGreaterThan(0);
    const recorded = await orms[0].em.getConnection().execute<Array<{ name: string }>>('select name from mikro_orm_migrations');
    expect(recorded.map((row) => row.name).sort()).toEqual(all.sort());
    expect(await pendingMigrations(orms[1])).toEqual([]);
  } finally {
    await Promise.all(orms.map((orm) => orm.close(true)));
    await scratch.drop();
  }
});
