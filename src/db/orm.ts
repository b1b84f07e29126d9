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
import type { AppConfig } from '../config/config';
import { DatabaseUnreachableError, isDatabaseUnavailable } from './database-availability';
import { ENTITIES } from './entities';
import './sqlite-enum-introspection.fix';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite';
import { POSTGRESQL_MIGRATIONS } from '../../migrations/postgresql';

export interface OrmHooks {
  /** Called with every SQL statement; tests use it to count statements per request. */
  onQuery?: (sql: string) => void;
}

export function ormOptions(database: AppConfig['database'], hooks: OrmHooks = {}): Options {
  const common: Options = {
    entities: ENTITIES,
    forceUtcTimezone: true,
    // A request-scoped fork is always used; the global context must never hold entities.
    allowGlobalContext: false,
    extensions: [Migrator],
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

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
