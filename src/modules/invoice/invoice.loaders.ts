/** The invoice module's request loaders (src/app/context.ts `Loaders`). */
import type { EntityManager } from '@mikro-orm/knex';
import { byIdLoader, nestedPageLoader } from '../../app/batch-loaders';
import { loadPerParentPages } from '../../app/per-parent-page';
import { HELD_INVOICE_STATUSES, Invoice, type InvoiceStatus } from './invoice.entity';

/** A customer's invoices, newest first; parents asking for the same page shape share one query. */
function invoicePages(em: EntityManager, hideHeld: boolean) {
  return nestedPageLoader<Invoice>((keys) =>
    loadPerParentPages(
      em,
      {
        entity: Invoice,
        parentProperty: 'customer',
        orderBy: ['issueDate', 'id'],
        direction: 'desc',
        where: keys[0].status ? { status: keys[0].status as InvoiceStatus } : undefined,
        whereNotIn: hideHeld ? { status: HELD_INVOICE_STATUSES } : undefined,
      },
      keys.map((key) => key.parentId),
      keys[0].page,
    ),
  );
}

export function invoiceLoaders(em: EntityManager) {
  return {
    invoice: byIdLoader(em, Invoice),
    invoicesOfCustomer: invoicePages(em, false),
    /** The same without held invoices (ON_HOLD, CANCELLED): what a partner sees (partner-scope.ts). */
    issuedInvoicesOfCustomer: invoicePages(em, true),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof invoiceLoaders> {}
}
