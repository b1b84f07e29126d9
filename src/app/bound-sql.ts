/**
 * Set-based writes with bound parameters, for the batch jobs (the collections cycle).
 *
 * MikroORM 6 inlines every parameter into the SQL text before running it
 * (AbstractSqlConnection.execute), so a multi-row insert of decision records — kilobytes of JSON
 * each — is escaped, parsed and prepared anew every time. These helpers hand knex the statement
 * with its bindings on the entity manager's current transaction instead, and convert values with
 * the entities' own property types, so rows land exactly as the ORM would write them.
 */
import { Utils, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Knex } from 'knex';

/** Inserts plain rows (property names as keys; relations as primary keys) in multi-row statements. */
export async function insertRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Array<Partial<Record<keyof T & string, unknown>>>): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const records = rows.map((row) => databaseRow(em, entity, row));
  const columns = Object.keys(records[0]);
  // One INSERT ... VALUES (...), (...) per slice (knex would write SQLite's multi-row insert as a much
  // slower compound SELECT). SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535.
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < records.length; start += perStatement) {
    const slice = records.slice(start, start + perStatement);
    const sql = `insert into ?? (${columns.map(() => '??').join(', ')}) values ${slice.map(() => tuple).join(', ')}`;
    const values = slice.flatMap((record) => columns.map((column) => (record[column] ?? null) as Knex.Value));
    await bound(em, em.getKnex().raw(sql, [meta.tableName, ...columns, ...values]));
  }
}

/** `UPDATE table SET changes WHERE id IN ids AND conditions RETURNING id`: the ids it changed. */
export async function updateReturningIds<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  ids: string[],
  changes: Partial<Record<keyof T & string, unknown>>,
  onlyWhere: Partial<Record<keyof T & string, unknown>>,
): Promise<string[]> {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const changed: string[] = [];
  for (let start = 0; start < ids.length; start += 1000) {
    const rows: Array<{ id: string }> = await bound(
      em,
      em
        .getKnex()(meta.tableName)
        .update(databaseRow(em, entity, changes))
        .whereIn('id', ids.slice(start, start + 1000))
        .where(databaseRow(em, entity, onlyWhere))
        .returning('id'),
    );
    changed.push(...rows.map((row) => row.id));
  }
  return changed;
}

/** Runs a knex query on the entity manager's transaction (or its connection outside one). */
function bound<R>(em: EntityManager, query: Knex.QueryBuilder | Knex.Raw): Promise<R> {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  return (transaction ? query.transacting(transaction) : query) as unknown as Promise<R>;
}

/** Property names to column names, values through the property's type (JSON, BIGINT, timestamps). */
function databaseRow<T extends object>(em: EntityManager, entity: EntityName<T>, row: Partial<Record<string, unknown>>): Record<string, unknown> {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const platform = em.getPlatform();
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    const prop = (meta.properties as Record<string, (typeof meta.props)[number] | undefined>)[name];
    if (!prop) throw new Error(`${meta.className} has no property ${name}`);
    let converted = value;
    // Raw SQL fragments (e.g. version + 1) pass through untouched.
    if (converted !== null && converted !== undefined && !isKnexRaw(converted)) {
      if (prop.customType) converted = prop.customType.convertToDatabaseValue(converted, platform, { mode: 'query' });
      if (converted instanceof Date) converted = platform.processDateProperty(converted);
    }
    record[prop.fieldNames[0]] = converted ?? null;
  }
  return record;
}

function isKnexRaw(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { isRawInstance?: boolean }).isRawInstance === true;
}
