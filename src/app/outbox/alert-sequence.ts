/**
 * Subscribers read alerts in `sequence` order and resume after the last sequence they saw. That is
 * only safe if sequences become visible in order. On PostgreSQL two transactions could take 10 and
 * 11 and commit 11 first: a reader passing by in between would skip 10 for good. So every
 * transaction that writes alerts first takes one transaction-scoped advisory lock: alert-writing
 * transactions commit one after the other, in sequence order (a rolled-back one leaves an unused
 * number, never a hidden one). SQLite has a single writer, so its sequences are in commit order anyway.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/** Any fixed number; it names the lock among the database's advisory locks. */
const ALERT_SEQUENCE_LOCK = 7_301_001;

export async function lockAlertSequence(em: EntityManager): Promise<void> {
  if (em.getPlatform() instanceof PostgreSqlPlatform) await em.execute('select pg_advisory_xact_lock(?)', [ALERT_SEQUENCE_LOCK]);
}
