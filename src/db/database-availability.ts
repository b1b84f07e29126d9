/**
 * Telling "the database is not there" from every other error: a refused or dropped connection, a
 * server shutting down or not accepting connections, a pool that could not get a connection, a
 * locked or closed SQLite file. Such an error is nobody's input and no bug: the caller is told to
 * retry (503 SERVICE_UNAVAILABLE, src/server/format-error.ts), and start-up says DATABASE_URL.
 */
import { ConnectionException } from '@mikro-orm/core';

/** Socket errors of a connection that could not be made or was lost. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown,
 * cannot connect now), 53300 (too many connections).
 */
const POSTGRESQL_STATES = /^(08...|57P0[123]|53300)$/;
const SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN']);
/** What pg, knex's pool and better-sqlite3 say when there is no usable connection (they set no code). */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|not currently accepting connections|Timeout acquiring a connection|database connection is not open|database is locked|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  // MikroORM wraps the driver's error (previous); graphql-js wraps a resolver's (originalError).
  for (let cause = error, depth = 0; cause && depth < 8; depth += 1) {
    if (cause instanceof ConnectionException) return true;
    const { code, sqlState, message } = cause as { code?: unknown; sqlState?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRESQL_STATES.test(code) || SQLITE_CODES.has(code))) return true;
    if (typeof sqlState === 'string' && POSTGRESQL_STATES.test(sqlState)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    const next = cause as { previous?: unknown; originalError?: unknown; cause?: unknown };
    cause = next.originalError ?? next.previous ?? next.cause;
  }
  return false;
}

/** Start-up could not reach the database: one line, naming the variable to check. */
export class DatabaseUnreachableError extends Error {
  constructor(url: string, reason: string) {
    super(`cannot reach the database at DATABASE_URL ${withoutPassword(url)} (${reason}): check that the database server runs and DATABASE_URL names it`);
  }
}

function withoutPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
