/**
 * Relay connections: `edges { cursor node }`, `pageInfo`, `totalCount`. Root lists page with
 * MikroORM's findByCursor; nested lists page many parents in one query (see per-parent-page.ts).
 */
import { Cursor } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors';

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

/** Checks page arguments; anything outside 1..100 is BAD_USER_INPUT, never silently clamped. */
export function toPage(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`, { field: 'first' });
  }
  const after = args.after ?? null;
  if (after !== null) decodeCursor(after);
  return { first, after };
}

export function encodeCursor(values: unknown[]): string {
  return Cursor.encode(values);
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const values = Cursor.decode(cursor);
    if (!Array.isArray(values)) throw new Error('not a list');
    return values;
  } catch {
    throw new BadUserInputError(`after "${cursor}" is not a cursor returned by this API`, { field: 'after' });
  }
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
