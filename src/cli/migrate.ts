/**
 * npm run migrate: applies pending migrations to DATABASE_URL (under the migration lock on PostgreSQL,
 * so it is safe while instances start). Deploys with MIGRATE_ON_START=false run it before starting them.
 */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { migrate, openOrm } from '../db/orm';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openOrm(config.database);
  try {
    const applied = await migrate(orm, { onWaiting: () => console.log('another instance is migrating this database: waiting for it') });
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
