/**
 * What must hold in the database whatever the API was sent, and what one request changed.
 *
 * - snapshotTables: a fingerprint per table (every row), to tell which tables a request wrote to.
 * - ledgerViolations: the receivables ledger adds up (outstanding = amount - payments - written off,
 *   0 <= outstanding <= amount, status agrees with it), currencies agree, every string column fits its
 *   declared length (SQLite does not enforce lengths; PostgreSQL would refuse the write).
 */
import { createHash } from 'node:crypto';
import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Customer } from '../../src/modules/customer/customer.entity';
import { Exposure } from '../../src/modules/exposure/exposure.entity';
import { Invoice, InvoiceStatus, OPEN_INVOICE_STATUSES } from '../../src/modules/invoice/invoice.entity';
import { Payment } from '../../src/modules/payment/payment.entity';

export type TableSnapshot = Map<string, { rows: number; hash: string }>;

function tables(em: EntityManager): EntityMetadata[] {
  return Object.values(em.getMetadata().getAll()).filter((meta) => !meta.embeddable && !meta.virtual && !meta.abstract && meta.tableName);
}

export async function snapshotTables(em: EntityManager): Promise<TableSnapshot> {
  const connection = em.getConnection();
  const snapshot: TableSnapshot = new Map();
  for (const meta of tables(em)) {
    const rows = await connection.execute<Record<string, unknown>[]>(`select * from ${quote(em, meta.tableName)}`);
    const lines = rows.map((row) => JSON.stringify(row)).sort();
    snapshot.set(meta.tableName, { rows: rows.length, hash: createHash('sha1').update(lines.join('\n')).digest('hex') });
  }
  return snapshot;
}

/** Tables whose content differs between two snapshots, with the change in row count. */
export function changedTables(before: TableSnapshot, after: TableSnapshot): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const [table, now] of after) {
    const then = before.get(table);
    if (!then || then.hash !== now.hash) changed[table] = now.rows - (then?.rows ?? 0);
  }
  return changed;
}

function quote(em: EntityManager, name: string): string {
  return em.getPlatform().quoteIdentifier(name);
}

interface InvoiceRow {
  id: string;
  number: string;
  currency: string;
  status: string;
  amount: number;
  outstanding: number;
  written_off: number;
  paid: number;
  customer_currency: string;
  payments: number;
  payments_in_other_currency: number;
  non_positive_payments: number;
}

/** Every broken rule of the ledger, as readable lines (empty when the database is consistent). */
export async function ledgerViolations(em: EntityManager): Promise<string[]> {
  const meta = em.getMetadata();
  const t = (entity: { name: string }) => quote(em, meta.get(entity.name).tableName);
  const rows = await em.getConnection().execute<InvoiceRow[]>(
    `select i.id, i.number, i.currency, i.status, i.amount_minor as amount, i.outstanding_minor as outstanding,
            i.written_off_minor as written_off, c.currency as customer_currency,
            coalesce(sum(p.amount_minor), 0) as paid, count(p.id) as payments,
            sum(case when p.currency <> i.currency then 1 else 0 end) as payments_in_other_currency,
            sum(case when p.amount_minor <= 0 then 1 else 0 end) as non_positive_payments
       from ${t(Invoice)} i
       join ${t(Customer)} c on c.id = i.customer_id
       left join ${t(Payment)} p on p.invoice_id = i.id
      group by i.id, i.number, i.currency, i.status, i.amount_minor, i.outstanding_minor, i.written_off_minor, c.currency`,
  );
  const problems: string[] = [];
  for (const row of rows) {
    const [amount, outstanding, writtenOff, paid] = [row.amount, row.outstanding, row.written_off, row.paid].map(Number);
    const label = `invoice ${row.number} (${row.status})`;
    if (outstanding !== amount - paid - writtenOff) problems.push(`${label}: outstanding ${outstanding} != amount ${amount} - payments ${paid} - written off ${writtenOff}`);
    if (outstanding < 0 || outstanding > amount) problems.push(`${label}: outstanding ${outstanding} outside 0..${amount}`);
    if (amount <= 0 || writtenOff < 0) problems.push(`${label}: amount ${amount}, written off ${writtenOff}`);
    if (row.status === InvoiceStatus.PAID && (outstanding !== 0 || writtenOff !== 0)) problems.push(`${label}: paid with ${outstanding} outstanding, ${writtenOff} written off`);
    if (row.status === InvoiceStatus.WRITTEN_OFF && (outstanding !== 0 || writtenOff <= 0)) problems.push(`${label}: written off ${writtenOff} with ${outstanding} outstanding`);
    if (OPEN_INVOICE_STATUSES.includes(row.status as InvoiceStatus) && outstanding === 0) problems.push(`${label}: open with nothing outstanding`);
    if (row.currency !== row.customer_currency) problems.push(`${label}: in ${row.currency}, customer account in ${row.customer_currency}`);
    if (Number(row.payments_in_other_currency) > 0) problems.push(`${label}: payments in another currency`);
    if (Number(row.non_positive_payments) > 0) problems.push(`${label}: payments of zero or less`);
  }

  const exposures = await em.getConnection().execute<Array<{ customers: number; exposures: number; bad: number }>>(
    `select (select count(*) from ${t(Customer)}) as customers, count(*) as exposures,
            sum(case when e.credit_limit_minor < 0 or e.currency <> c.currency then 1 else 0 end) as bad
       from ${t(Exposure)} e join ${t(Customer)} c on c.id = e.customer_id`,
  );
  const [exposure] = exposures;
  if (Number(exposure.customers) !== Number(exposure.exposures)) problems.push(`${exposure.customers} customers but ${exposure.exposures} exposures`);
  if (Number(exposure.bad) > 0) problems.push(`${exposure.bad} exposures with a negative limit or another currency than their customer`);

  problems.push(...(await overlongStrings(em)));
  return problems;
}

/** String columns holding more characters than their declared length. */
async function overlongStrings(em: EntityManager): Promise<string[]> {
  const problems: string[] = [];
  for (const meta of tables(em)) {
    for (const prop of meta.props) {
      if (prop.kind !== ReferenceKind.SCALAR || prop.runtimeType !== 'string' || !prop.length || !prop.fieldNames?.length || prop.persist === false) continue;
      const column = quote(em, prop.fieldNames[0]);
      const [row] = await em
        .getConnection()
        .execute<Array<{ longest: number | null }>>(`select max(length(${column})) as longest from ${quote(em, meta.tableName)}`);
      if (row && row.longest !== null && Number(row.longest) > prop.length) problems.push(`${meta.tableName}.${prop.fieldNames[0]}: ${row.longest} characters, declared ${prop.length}`);
    }
  }
  return problems;
}
