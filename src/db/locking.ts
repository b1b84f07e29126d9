/**
 * Row locks for read-decide-write sequences. On PostgreSQL the row is read FOR UPDATE, so concurrent
 * mutations of one customer's credit queue up instead of both passing the same check. SQLite has
 * one writer at a time (the connection pool holds one connection), so it needs no row lock.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export function forUpdate(em: EntityManager): { lockMode?: LockMode } {
  return em.getPlatform() instanceof PostgreSqlPlatform ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
}

/**
 * The next batch of a keyset walk over the rows of `alias` (its `id`) after `afterId`, claimed for
 * this transaction: on PostgreSQL the rows are locked and rows another run holds are skipped (FOR
 * UPDATE SKIP LOCKED), so instances running at once share the work; SQLite has a single writer.
 */
export async function claimBatch(tx: EntityManager, query: Knex.QueryBuilder, alias: string, afterId: string | null, batchSize: number): Promise<Array<Record<string, unknown>>> {
  query.orderBy(`${alias}.id`).limit(batchSize);
  if (afterId) query.where(`${alias}.id`, '>', afterId);
  if (tx.getPlatform() instanceof PostgreSqlPlatform) query.forUpdate(alias).skipLocked();
  return tx.execute(query);
}

/** claimBatch over invoices (alias `i`). */
export function claimInvoiceBatch(tx: EntityManager, query: Knex.QueryBuilder, afterId: string | null, batchSize: number): Promise<Array<Record<string, unknown>>> {
  return claimBatch(tx, query, 'i', afterId, batchSize);
}
