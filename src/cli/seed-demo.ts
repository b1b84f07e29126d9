/** npm run seed:demo: seeds the demo portfolio into the configured database (PostgreSQL too) if it is empty. */
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { migrate, openOrm } from '../db/orm';
import { seedDemoPortfolioIfEmpty } from '../server/demo-seed';
import { createPolicyAudit } from '../modules/policy-governance/policy-audit';
import { PolicyService } from '../policy/policy.service';
import { createLogger } from '../server/logger';
import { systemClock } from '../shared/clock';
import { StartupError } from '../shared/startup-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const orm = await openOrm(config.database);
  try {
    await migrate(orm);
    const policy = await PolicyService.load(config.rulesDir, { clock: systemClock, logger });
    await policy.attachAudit(createPolicyAudit(orm.em));
    const seeded = await seedDemoPortfolioIfEmpty({ em: orm.em.fork(), policy, clock: systemClock, logger, baseCurrency: config.baseCurrency });
    if (!seeded) console.log('the database already has customers: nothing seeded');
    else console.log(`seeded ${seeded.customers} demo customers, ${seeded.invoices} invoices and ${seeded.referrals} open referrals${seeded.skipped.length ? `; the live policy refused ${seeded.skipped.join(', ')}` : ''}`);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  // A failed seed (rolled back) is one line; anything else keeps its stack for whoever runs this.
  console.error(error instanceof StartupError ? `arbiter: seed:demo: ${error.message}` : error);
  process.exit(1);
});
