/** The customer module's request loaders (src/app/context.ts `Loaders`). */
import type { EntityManager } from '@mikro-orm/knex';
import { byIdLoader, perParentPageLoader } from '../../app/batch-loaders';
import { Customer } from './customer.entity';
import { GradeChange } from './grade-change.entity';

export function customerLoaders(em: EntityManager) {
  return {
    customer: byIdLoader(em, Customer),

    /** A customer's grade history, newest first. */
    gradeHistory: perParentPageLoader<GradeChange>(em, { entity: GradeChange, parentProperty: 'customer', orderBy: ['sequence', 'id'], direction: 'desc' }),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof customerLoaders> {}
}
