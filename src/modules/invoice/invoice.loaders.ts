/** The invoice module's request loaders (src/app/context.ts `Loaders`). */
import type { EntityManager } from '@mikro-orm/knex';
import { byIdLoader, nestedPageLoader } from '../../app/batch-loaders';
import { loadPerParentPages } from '../../app/per-parent-page';
import { Invoice, type InvoiceStatus } from './invoice.entity';

export function invoiceLoaders(em: EntityManager) {
  return {
    invoice: byIdLoader(em, Invoice),

    /** A customer's invoices, newest first; parents asking for the same page shape share one query. */
    invoicesOfCustomer: nestedPageLoader<Invoice>((keys) =>
      loadPerParentPages(
        em,
        {
          entity: Invoice,
          parentProperty: 'customer',
          orderBy: ['issueDate', 'id'],
          direction: 'desc',
          where: keys[0].status ? { status: keys[0].status as InvoiceStatus } : undefined,
        },
        keys.map((key) => key.parentId),
        keys[0].page,
      ),
    ),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof invoiceLoaders> {}
}
