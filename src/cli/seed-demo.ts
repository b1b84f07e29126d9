/** npm run seed:demo: seeds the demo portfolio into the configured database (PostgreSQL too) if it is empty. */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { migrate, openOrm } from '../db/orm';
import { seedDemoPortfolioIfEmpty } from '../db/seed-demo';
import { PolicyService } from '../policy/policy.service';
import { createLogger } from '../server/logger';
import { systemClock } from '../shared/clock';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const orm = await openOrm(config.database);
  try {
    await migrate(orm);
    const seeded = await seedDemoPortfolioIfEmpty({ em: orm.em.fork(), policy: new PolicyService(config.rulesDir), clock: systemClock, logger });
    console.log(seeded ? `seeded ${seeded.customers} demo customers and ${seeded.invoices} invoices` : 'the database already has customers: nothing seeded');
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
