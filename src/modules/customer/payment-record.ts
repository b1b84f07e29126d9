/**
 * What we know ourselves about customers: how they paid us, and how much of the portfolio they owe.
 * Read for many customers in one query each, so a review of every limit stays a few queries per batch.
 */
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Invoice, OPEN_INVOICE_STATUSES } from '../invoice';
import { Payment } from '../payment';

export interface PaymentRecord {
  onTime: number;
  late: number;
}

/** Payments received per customer: on time (on or before the invoice's due date) and late. */
export async function paymentRecordByCustomer(em: EntityManager, customerIds: readonly string[]): Promise<Map<string, PaymentRecord>> {
  if (customerIds.length === 0) return new Map();
  const payment = em.getMetadata().get(Payment.name).tableName;
  const invoice = em.getMetadata().get(Invoice.name).tableName;
  const rows = await em.getConnection().execute<{ customer_id: string; on_time: string | number; total: string | number }[]>(
    `select i.customer_id as customer_id, sum(case when p.received_on <= i.due_date then 1 else 0 end) as on_time, count(*) as total ` +
      `from ${payment} p join ${invoice} i on i.id = p.invoice_id ` +
      `where i.customer_id in (${customerIds.map(() => '?').join(', ')}) group by i.customer_id`,
    [...customerIds],
    'all',
    // Inside a mutation's transaction: the same connection (SQLite has only one).
    em.getTransactionContext(),
  );
  return new Map(rows.map((row) => [String(row.customer_id), { onTime: Number(row.on_time), late: Number(row.total) - Number(row.on_time) }]));
}

/** Outstanding of every open invoice of the portfolio (all customers), minor units. */
export async function portfolioOutstanding(em: EntityManager): Promise<number> {
  const row = await em
    .createQueryBuilder(Invoice, 'i')
    .select(raw('sum(i.outstanding_minor) as total'))
    .where({ status: { $in: OPEN_INVOICE_STATUSES } })
    .execute<{ total: string | number | null }>('get', false);
  return Number(row?.total ?? 0);
}
