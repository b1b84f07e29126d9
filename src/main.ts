/**
 * npm start: validate configuration, open the database, apply pending migrations (or, with
 * MIGRATE_ON_START=false, refuse to serve while any is pending), load the policy, seed the demo
 * portfolio into an empty embedded database, then serve. SIGTERM drains and exits.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import type { Logger } from 'pino';
import { DatabaseUnreachableError } from './db/database-availability';
import { migrate, openOrm, pendingMigrations, type Orm } from './db/orm';
import { DEMO_PARTNER_ORGANISATION, seedDemoPortfolioIfEmpty } from './server/demo-seed';
import { CollectionScheduler } from './modules/collections/collections.scheduler';
import { createPolicyAudit } from './modules/policy-governance/policy-audit';
import { PolicyService } from './policy/policy.service';
import { PolicyValidationError } from './policy/policy-file';
import { Role } from './app/actor';
import { issueToken } from './server/auth/tokens';
import { startApp } from './server/app';
import { createLogger } from './server/logger';
import { systemClock } from './shared/clock';
import { StartupError } from './shared/startup-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const policy = await PolicyService.load(config.rulesDir, { clock: systemClock, logger });
  logger.info({ rulesDir: config.rulesDir, policies: policy.current().versions() }, 'policies loaded');

  const orm = await openOrm(config.database, { clock: systemClock });
  await migrateOrCheck(orm, config.migrateOnStart, logger);
  await policy.attachAudit(createPolicyAudit(orm.em));
  if (config.rulesHotReload) policy.watch();

  if (config.database.driver === 'sqlite' && config.seedDemo) {
    const seeded = await seedDemoPortfolioIfEmpty({ em: orm.em.fork(), policy, clock: systemClock, logger, baseCurrency: config.baseCurrency });
    if (seeded) logger.info(seeded, 'empty database: demo portfolio seeded (SEED_DEMO=false turns this off)');
  }

  const app = await startApp({ config, orm, policy, clock: systemClock, logger });
  const collections = new CollectionScheduler(
    { em: orm.em, policy, clock: systemClock },
    config.collectionsIntervalSeconds * 1000,
    logger,
  );
  collections.start();

  if (config.nodeEnv === 'development' && config.auth.jwtSecret !== null && config.auth.secretIsDevelopmentDefault) {
    // One token per role; the partner's names the demo partner organisation (seeded with access to two customers).
    const tokens: Record<string, string> = {};
    for (const role of Object.values(Role)) {
      const organisationId = role === Role.PARTNER ? DEMO_PARTNER_ORGANISATION : null;
      tokens[role] = await issueToken({ id: `dev-${role.toLowerCase()}`, role, organisationId }, config.auth.jwtSecret, config.auth);
    }
    logger.info({ graphql: `http://localhost:${app.port}/graphql`, tokens }, 'development tokens: send "Authorization: Bearer <token>"');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      policy.stopWatching();
      await collections.stop();
      await app.stop();
      await orm.close();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * MIGRATE_ON_START=true: apply what is pending (one instance at a time on PostgreSQL). false: the
 * deploy runs `npm run migrate` first, and an instance that finds a migration pending refuses to
 * serve (an old schema served silently is worse than a start that says what to run).
 */
async function migrateOrCheck(orm: Orm, migrateOnStart: boolean, logger: Logger): Promise<void> {
  const onWaiting = () => logger.info('another instance is migrating this database: waiting for it');
  if (migrateOnStart) {
    const applied = await migrate(orm, { onWaiting });
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
    return;
  }
  const pending = await pendingMigrations(orm, { onWaiting });
  if (pending.length > 0) {
    await orm.close();
    throw new StartupError(`the database has ${pending.length} pending migration(s), the newest ${pending.at(-1)}: run \`npm run migrate\` first (MIGRATE_ON_START=false)`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof PolicyValidationError || error instanceof StartupError || error instanceof DatabaseUnreachableError) {
    console.error(`arbiter: cannot start: ${error.message}`);
  } else {
    console.error('arbiter: cannot start:', error);
  }
  process.exit(1);
});
