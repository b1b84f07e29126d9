/** The term-extension module's request loaders (src/app/context.ts `Loaders`). */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { groupedBy, READ_ONLY } from '../../app/batch-loaders';
import { TermExtension } from './term-extension.entity';

export function termExtensionLoaders(em: EntityManager) {
  return {
    /** Extensions per invoice (granted, pending, declined), oldest first (each granted one moves the due date further). */
    termExtensions: new DataLoader<string, TermExtension[]>(async (invoiceIds) => {
      const extensions = await em.find(TermExtension, { invoice: { $in: [...invoiceIds] } }, { orderBy: { newDueDate: 'asc', id: 'asc' }, ...READ_ONLY });
      return groupedBy(invoiceIds, extensions, (extension) => extension.invoice.id);
    }),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof termExtensionLoaders> {}
}
