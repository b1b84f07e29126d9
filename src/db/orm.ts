/**
 * One set of entities, two drivers: SQLite (better-sqlite3, a file under data/) by default,
 * PostgreSQL when DATABASE_URL says postgres://. Each driver has its own migrations folder.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/knex';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Client } from 'pg';
import type { AppConfig } from '../config/config';
import { type Clock, systemClock } from '../shared/clock';
import { ClockTimestamps } from './clock-timestamps';
import { DatabaseUnreachableError, isDatabaseUnavailable } from './database-availability';
import { ENTITIES } from './entities';
import './sqlite-enum-introspection.fix';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite';
import { POSTGRESQL_MIGRATIONS } from '../../migrations/postgresql';

export interface OrmHooks {
  /** Called with every SQL statement; tests use it to count statements per request. */
  onQuery?: (sql: string) => void;
  /** The clock that stamps createdAt / updatedAt (the application's; the system clock by default). */
  clock?: Clock;
}

export function ormOptions(database: AppConfig['database'], hooks: OrmHooks = {}): Options {
  const common: Options = {
    entities: ENTITIES,
    forceUtcTimezone: true,
    // A request-scoped fork is always used; the global context must never hold entities.
    allowGlobalContext: false,
    extensions: [Migrator],
    subscribers: [new ClockTimestamps(hooks.clock ?? systemClock)],
    discovery: { disableDynamicFileAccess: true },
    ...(hooks.onQuery
      ? { debug: ['query'], colors: false, logger: (message: string) => hooks.onQuery?.(message.replace(/^\[query\]\s*/, '')) }
      : {}),
  };
  if (database.driver === 'sqlite') {
    const path = database.sqlitePath ?? ':memory:';
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return {
      ...common,
      driver: BetterSqliteDriver,
      dbName: path,
      migrations: { path: 'migrations/sqlite', migrationsList: SQLITE_MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    };
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    migrations: { path: 'migrations/postgresql', migrationsList: POSTGRESQL_MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
  };
}

export type Orm = MikroORM<AbstractSqlDriver>;

export async function openOrm(database: AppConfig['database'], hooks: OrmHooks = {}): Promise<Orm> {
  let orm: Orm;
  try {
    orm = (await MikroORM.init(ormOptions(database, hooks))) as unknown as Orm;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new DatabaseUnreachableError(database.url, (error as Error).message);
    throw error;
  }
  // MikroORM opens the pool without failing when the server is down: ask once, so start-up says so.
  const connection = await orm.checkConnection();
  if (!connection.ok) {
    await orm.close(true);
    throw new DatabaseUnreachableError(database.url, connection.error?.message ?? connection.reason);
  }
  if (database.driver === 'sqlite') {
    // WAL lets readers proceed while a writer commits; foreign keys are off by default in SQLite.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma foreign_keys = on');
  }
  return orm;
}

/**
 * Any fixed number, the same in every instance: the PostgreSQL advisory lock under which migrations
 * are read and applied on one database.
 */
const MIGRATION_LOCK_KEY = 7_262_694_013;

export interface MigrationOptions {
  /** Called when another instance (or `npm run migrate`) holds the migration lock and this one waits for it. */
  onWaiting?: () => void;
}

/**
 * Applies pending migrations; returns the names applied. Several instances starting at once on one
 * PostgreSQL database migrate once: the first takes the lock and migrates, the others wait for it
 * and then find nothing left to do (without it they would all create the same tables and all but
 * one would fail).
 */
export async function migrate(orm: Orm, options: MigrationOptions = {}): Promise<string[]> {
  return underMigrationLock(orm, options, () => withoutSqliteForeignKeyActions(orm, async () => (await orm.getMigrator().up()).map((migration) => migration.name)));
}

/**
 * SQLite changes a CHECK constraint (a new enum value) only by rebuilding the table: create a copy,
 * move the rows, drop the old one, rename. With foreign keys on, that DROP would first delete every
 * row and fire the ON DELETE actions of the tables pointing at it (alerts and referrals losing their
 * invoice). So, as SQLite's own procedure for table changes says, foreign keys are off for the run
 * (the pragma is a no-op inside a transaction, hence here, around it) and checked before they are
 * on again: a run that would leave a dangling reference fails instead.
 */
async function withoutSqliteForeignKeyActions<T>(orm: Orm, work: () => Promise<T>): Promise<T> {
  // Nothing pending (every start after the first): no pragma, and no foreign-key scan of the whole file.
  if (orm.config.get('driver') === PostgreSqlDriver || (await orm.getMigrator().getPendingMigrations()).length === 0) return work();
  const connection = orm.em.getConnection();
  await connection.execute('pragma foreign_keys = off');
  try {
    const result = await work();
    const dangling = await connection.execute<Array<Record<string, unknown>>>('pragma foreign_key_check');
    if (dangling.length > 0) throw new Error(`migrations left ${dangling.length} rows pointing at missing rows, e.g. ${JSON.stringify(dangling[0])}`);
    return result;
  } finally {
    await connection.execute('pragma foreign_keys = on');
  }
}

/** The migrations not yet applied (read under the same lock, so a migration under way is waited for, not half-seen). */
export async function pendingMigrations(orm: Orm, options: MigrationOptions = {}): Promise<string[]> {
  return underMigrationLock(orm, options, async () => (await orm.getMigrator().getPendingMigrations()).map((migration) => migration.name));
}

/**
 * PostgreSQL: a session-level advisory lock held on a dedicated connection for the whole run (the
 * migrator uses the ORM's pool, whose connections come and go, so a lock on one of them would not
 * cover the run); a process that dies mid-run closes that connection and the lock goes with it.
 * SQLite: the embedded database is a file of one process, and the whole run is one transaction
 * (allOrNothing), so there is no second migrator to keep out.
 */
async function underMigrationLock<T>(orm: Orm, options: MigrationOptions, work: () => Promise<T>): Promise<T> {
  if (orm.config.get('driver') !== PostgreSqlDriver) return work();
  const lockHolder = new Client({ connectionString: orm.config.get('clientUrl') });
  await lockHolder.connect();
  try {
    const { rows } = await lockHolder.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [MIGRATION_LOCK_KEY]);
    if (!rows[0].locked) {
      options.onWaiting?.();
      await lockHolder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    }
    try {
      return await work();
    } finally {
      await lockHolder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockHolder.end();
  }
}
