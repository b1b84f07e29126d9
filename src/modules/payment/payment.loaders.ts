/** The payment module's request loaders (src/app/context.ts `Loaders`). */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { groupedBy, READ_ONLY } from '../../app/batch-loaders';
import { Payment } from './payment.entity';

export function paymentLoaders(em: EntityManager) {
  return {
    /** An invoice's payments, in the order they were received. */
    payments: new DataLoader<string, Payment[]>(async (invoiceIds) => {
      const payments = await em.find(Payment, { invoice: { $in: [...invoiceIds] } }, { orderBy: { receivedOn: 'asc', createdAt: 'asc', id: 'asc' }, ...READ_ONLY });
      return groupedBy(invoiceIds, payments, (payment) => payment.invoice.id);
    }),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof paymentLoaders> {}
}
