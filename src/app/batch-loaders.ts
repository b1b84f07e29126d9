/**
 * The shapes of request-scoped DataLoaders the modules build their loaders from (each module's
 * `<area>.loaders.ts`): by id, grouped per parent, and nested pages per parent. Every nested field is
 * then fetched for all parents of a page in one query.
 */
import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { isUuid } from '../shared/ids';
import type { ConnectionShape, Page } from './pagination';
import { loadPerParentPages, type PerParentPageSpec } from './per-parent-page';

/** One parent's nested page: the parent, the page asked for, and the page's filter (a status). */
export interface NestedPageKey {
  parentId: string;
  page: Page;
  status?: string | null;
}

/** Rows only read for the response: not tracked by the unit of work, which halves their hydration cost. */
export const READ_ONLY = { disableIdentityMap: true } as const;

/** The rows of each key, in key order, in one pass over the rows. */
export function groupedBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Entities by id; an id that is not a UUID is simply not found. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const found = wellFormed.length ? await em.find(entity, { id: { $in: wellFormed } } as unknown as FilterQuery<T>) : [];
    const byId = new Map(found.map((item) => [item.id, item as T]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Groups the keys of one batch by page shape (first, after, filter) and runs one query per shape:
 * 50 customers each asking for `invoices(first: 20)` cost one query, not 50.
 */
export function nestedPageLoader<T extends object>(
  loadShape: (keys: NestedPageKey[]) => Promise<Map<string, ConnectionShape<T>>>,
): DataLoader<NestedPageKey, ConnectionShape<T>, string> {
  const shapeOf = (key: NestedPageKey) => JSON.stringify([key.page.first, key.page.after, key.status ?? null]);
  return new DataLoader<NestedPageKey, ConnectionShape<T>, string>(
    async (keys) => {
      const byShape = new Map<string, NestedPageKey[]>();
      for (const key of keys) byShape.set(shapeOf(key), [...(byShape.get(shapeOf(key)) ?? []), key]);
      const results = new Map<string, ConnectionShape<T>>();
      for (const [shape, group] of byShape) {
        const pages = await loadShape(group);
        for (const key of group) results.set(`${shape}|${key.parentId}`, pages.get(key.parentId)!);
      }
      return keys.map((key) => results.get(`${shapeOf(key)}|${key.parentId}`)!);
    },
    { cacheKeyFn: (key) => `${shapeOf(key)}|${key.parentId}` },
  );
}

/** Nested pages of one entity per parent (a customer's invoices, an exposure's limit history). */
export function perParentPageLoader<T extends object>(em: EntityManager, spec: PerParentPageSpec<T>): DataLoader<NestedPageKey, ConnectionShape<T>, string> {
  return nestedPageLoader<T>((keys) =>
    loadPerParentPages(
      em,
      spec,
      keys.map((key) => key.parentId),
      keys[0].page,
    ),
  );
}
