/**
 * Relay connections: `edges { cursor node }`, `pageInfo`, `totalCount`. Root lists page with
 * MikroORM's findByCursor; nested lists page many parents in one query (see per-parent-page.ts).
 */
import { Cursor, Utils, type EntityName, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { isIsoDate } from '../shared/dates';
import { BadUserInputError } from '../shared/errors';
import { isUuid } from '../shared/ids';
import { InputProblems } from '../shared/validation';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Page {
  first: number;
  after: string | null;
}

/** Our cursors hold a few sort values (a name of at most 200 characters, an id): anything longer is not one. */
const MAX_CURSOR_LENGTH = 2_048;

/** Checks page arguments; anything outside 1..100 is BAD_USER_INPUT, never silently clamped. */
export function toPage(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const after = args.after ?? null;
  const problems = new InputProblems();
  problems.check(Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE, 'first', `first must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`);
  if (after !== null) problems.parse(() => cursorValues(after));
  problems.throwIfAny();
  return { first, after };
}

export function encodeCursor(values: unknown[]): string {
  return Cursor.encode(values);
}

/**
 * The sort values a cursor holds, checked against the sort properties of the list it pages: one value
 * per property, each of the property's type and within its column's range. A cursor is base64 JSON
 * the client can forge; checked here, a forged one is BAD_USER_INPUT instead of a query the database
 * refuses (an object such as {"$ne":null} would even become an operator).
 */
export function decodeCursor(cursor: string, sortProperties: readonly EntityProperty[]): unknown[] {
  const values = cursorValues(cursor);
  if (values.length !== sortProperties.length || !values.every((value, index) => fitsProperty(value, sortProperties[index]))) throw notACursor(cursor);
  return values;
}

/** The JSON list inside a cursor: strings and numbers only. */
function cursorValues(cursor: string): unknown[] {
  let values: unknown;
  try {
    values = cursor.length <= MAX_CURSOR_LENGTH ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    throw notACursor(cursor);
  }
  if (!Array.isArray(values) || values.length === 0 || !values.every((value) => typeof value === 'string' || typeof value === 'number')) throw notACursor(cursor);
  return values;
}

/** The largest value each integer column type holds (PostgreSQL refuses a parameter out of its column's range). */
const INTEGER_RANGE: Record<string, number> = { smallint: 32_767, int: 2_147_483_647, integer: 2_147_483_647, serial: 2_147_483_647 };

/** How MikroORM writes an instant into a cursor (Date.toJSON). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function fitsProperty(value: unknown, property: EntityProperty): boolean {
  const columnType = (property.columnTypes?.[0] ?? '').toLowerCase();
  if (property.runtimeType === 'number') {
    const max = INTEGER_RANGE[columnType] ?? Number.MAX_SAFE_INTEGER;
    return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= max;
  }
  if (typeof value !== 'string') return false;
  if (property.runtimeType === 'Date') return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
  if (columnType === 'uuid' || property.type === 'uuid') return isUuid(value);
  if (columnType === 'date') return isIsoDate(value);
  return property.runtimeType === 'string';
}

function notACursor(cursor: string): BadUserInputError {
  const shown = cursor.length > 40 ? `${cursor.slice(0, 40)}...` : cursor;
  return new BadUserInputError(`after "${shown}" is not a cursor returned by this API: send the endCursor of the previous page`, { field: 'after' });
}

/** The sort properties of an entity for a list's orderBy, most significant first. */
export function sortProperties<T extends object>(em: EntityManager, entity: EntityName<T>, orderBy: readonly string[]): EntityProperty[] {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  return orderBy.map((name) => {
    const property = (meta.properties as Record<string, EntityProperty | undefined>)[name];
    if (!property) throw new Error(`${meta.className} has no property ${name}`);
    return property;
  });
}

/**
 * A root list's page (MikroORM findByCursor), its `after` cursor checked against the sort first.
 * orderBy: one property per entry, most significant first; the last must be unique (the id).
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: Page,
  orderBy: QueryOrderMap<T>[],
): Promise<ConnectionShape<T>> {
  if (page.after !== null) decodeCursor(page.after, sortProperties(em, entity, orderBy.flatMap((order) => Object.keys(order))));
  const cursor = await em.findByCursor(entity, where, { first: page.first, after: page.after ?? undefined, orderBy: orderBy as never, includeCount: true });
  return connectionFromCursor(cursor as Cursor<T, never, '*', never, true>, page);
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XEdge` and `XConnection` GraphQL types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All items matching the filter, across every page.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Turns a MikroORM Cursor into a connection. */
export function connectionFromCursor<T extends object>(cursor: Cursor<T, never, '*', never, true>, page: Page): ConnectionShape<T> {
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node), node: node as T })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount,
  };
}
