/** Ids are UUIDs; a malformed one can name nothing, so it is NOT_FOUND rather than a database error. */
import type { EntityClass, FilterQuery, FindOneOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { BadUserInputError, NotFoundError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Loads an entity by id or throws NOT_FOUND ("Invoice 42 does not exist"). */
export async function findByIdOrFail<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  options: FindOneOptions<T, never> = {},
): Promise<T> {
  const found = isUuid(id) ? await em.findOne(entity, { id } as unknown as FilterQuery<T>, options) : null;
  if (!found) throw new NotFoundError(entity.name === 'DecisionRecord' ? 'Decision' : entity.name, id);
  return found as T;
}

/** A filter id must at least be well formed. */
export function assertFilterId(id: string, field: string): string {
  if (!isUuid(id)) throw new BadUserInputError(`${field} "${id}" is not a valid id`, { field });
  return id;
}
