/**
 * One query for the first page of a nested list under many parents at once
 * (e.g. the invoices of 50 customers), so a request's SQL count does not grow with its page size.
 *
 * MikroORM pages one list at a time (findByCursor); a per-parent top-N needs window functions,
 * which SQLite (3.25+) and PostgreSQL both have:
 *   count(*) over (partition by parent)            -> totalCount of each parent's list
 *   row_number() over (partition by parent ...)    -> the first N rows after the cursor
 */
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { decodeCursor, encodeCursor, sortProperties, type ConnectionShape, type Page } from './pagination';

export interface PerParentPageSpec<T extends object> {
  entity: EntityName<T>;
  /** Property of T that points at the parent, e.g. 'customer'. */
  parentProperty: string;
  /** Sort properties, most significant first; the last must be unique (the id). One direction for all. */
  orderBy: (keyof T & string)[];
  direction: 'asc' | 'desc';
  /** Extra equality filters on properties of T, e.g. { status: 'OPEN' }. */
  where?: Record<string, string | number>;
  /** Extra exclusions on properties of T, e.g. { status: ['ON_HOLD', 'CANCELLED'] }. */
  whereNotIn?: Record<string, readonly string[]>;
}

export async function loadPerParentPages<T extends object>(
  em: EntityManager,
  spec: PerParentPageSpec<T>,
  parentIds: readonly string[],
  page: Page,
): Promise<Map<string, ConnectionShape<T>>> {
  const meta = em.getMetadata().get<T>(typeof spec.entity === 'string' ? spec.entity : (spec.entity as { name: string }).name);
  const column = (property: string) => {
    const prop = (meta.properties as Record<string, { fieldNames: string[] } | undefined>)[property];
    if (!prop) throw new Error(`${meta.className} has no property ${property}`);
    return prop.fieldNames[0];
  };
  const parentColumn = column(spec.parentProperty);
  const orderColumns = spec.orderBy.map(column);
  const direction = spec.direction === 'asc' ? 'asc' : 'desc';
  const params: unknown[] = [...parentIds];
  const filters = Object.entries(spec.where ?? {}).map(([property, value]) => {
    params.push(value);
    return ` and x.${column(property)} = ?`;
  });
  for (const [property, values] of Object.entries(spec.whereNotIn ?? {})) {
    if (values.length === 0) continue;
    params.push(...values);
    filters.push(` and x.${column(property)} not in (${values.map(() => '?').join(', ')})`);
  }
  let afterCondition = '';
  if (page.after !== null) {
    const values = decodeCursor(page.after, sortProperties(em, spec.entity, spec.orderBy));
    afterCondition = `where (${orderColumns.map((c) => `t.${c}`).join(', ')}) ${direction === 'asc' ? '>' : '<'} (${orderColumns.map(() => '?').join(', ')})`;
    params.push(...values);
  }
  params.push(page.first + 1);
  const order = orderColumns.map((c) => `${c} ${direction}`).join(', ');
  const sql =
    `select * from (` +
    `select t.*, row_number() over (partition by t.${parentColumn} order by ${order}) as page_row ` +
    `from (select x.*, count(*) over (partition by x.${parentColumn}) as page_total from ${meta.tableName} x ` +
    `where x.${parentColumn} in (${parentIds.map(() => '?').join(', ')})${filters.join('')}) t ${afterCondition}` +
    `) u where u.page_row <= ? order by u.${parentColumn}, u.page_row`;

  const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, params);
  const grouped = new Map<string, { nodes: T[]; total: number }>();
  for (const { page_row: _row, page_total: total, ...row } of rows) {
    const parentId = String(row[parentColumn]);
    const group = grouped.get(parentId) ?? { nodes: [], total: Number(total) };
    // cascade: false: a page of rows needs no walk through their relations (it was a third of the request).
    group.nodes.push(em.map(spec.entity, row as never, { cascade: false } as never) as T);
    grouped.set(parentId, group);
  }

  const result = new Map<string, ConnectionShape<T>>();
  for (const parentId of parentIds) {
    const group = grouped.get(parentId);
    const nodes = group?.nodes.slice(0, page.first) ?? [];
    const edges = nodes.map((node) => ({ cursor: encodeCursor(spec.orderBy.map((property) => node[property])), node }));
    result.set(parentId, {
      edges,
      pageInfo: {
        hasNextPage: (group?.nodes.length ?? 0) > page.first,
        hasPreviousPage: page.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      // page_total is counted before the cursor filter, so it covers the whole list.
      totalCount: group?.total ?? (await countWhenPageEmpty(em, spec, parentId, page)),
    });
  }
  return result;
}

/** A page past the end returns no rows, and so no total: count that parent's list directly. */
async function countWhenPageEmpty<T extends object>(em: EntityManager, spec: PerParentPageSpec<T>, parentId: string, page: Page) {
  if (page.after === null) return 0;
  const exclusions = Object.fromEntries(Object.entries(spec.whereNotIn ?? {}).map(([property, values]) => [property, { $nin: [...values] }]));
  return em.count(spec.entity, { [spec.parentProperty]: parentId, ...(spec.where ?? {}), ...exclusions } as never);
}
