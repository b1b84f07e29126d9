/**
 * Row locks for read-decide-write sequences. On PostgreSQL the row is read FOR UPDATE, so concurrent
 * mutations of one customer's credit queue up instead of both passing the same check. SQLite has
 * one writer at a time (the connection pool holds one connection), so it needs no row lock.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export function forUpdate(em: EntityManager): { lockMode?: LockMode } {
  return em.getPlatform() instanceof PostgreSqlPlatform ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
}
