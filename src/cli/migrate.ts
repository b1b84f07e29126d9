/** npm run migrate: applies pending migrations to DATABASE_URL. */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { migrate, openOrm } from '../db/orm';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openOrm(config.database);
  try {
    const applied = await migrate(orm);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
