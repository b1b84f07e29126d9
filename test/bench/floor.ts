/**
 * The floor for the nested portfolio query: the same data read by ONE hand-written SQL statement on
 * the ORM's connection (no GraphQL, no HTTP, no entity mapping). What the API costs on top of this
 * is the overhead we track.
 */
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Orm } from '../../src/db/orm';
import { OPEN_INVOICE_STATUSES } from '../../src/modules/invoice/invoice.entity';
import { fromMinorUnits } from '../../src/shared/money';

/** Invoices per customer, as in the benchmarked query's `invoices(first: 20)`. */
export const INVOICES_PER_CUSTOMER = 20;

export interface FloorCustomer {
  name: string;
  currency: string;
  customerTotal: number;
  availableMinor: number;
  invoiceTotal: number;
  invoices: { number: string; payments: number[] }[];
}

/** The two dialects differ only in their JSON functions. */
interface JsonDialect {
  array(value: string, orderBy: string): string;
  object(...pairs: string[]): string;
  emptyArray: string;
  /** Reads JSON text as JSON (SQLite would otherwise nest a subquery's JSON array as a string). */
  json(column: string): string;
}

const POSTGRES_JSON: JsonDialect = {
  array: (value, orderBy) => `json_agg(${value} order by ${orderBy})`,
  object: (...pairs) => `json_build_object(${pairs.join(', ')})`,
  emptyArray: `'[]'::json`,
  json: (column) => column,
};

const SQLITE_JSON: JsonDialect = {
  array: (value, orderBy) => `json_group_array(${value} order by ${orderBy})`,
  object: (...pairs) => `json_object(${pairs.join(', ')})`,
  emptyArray: `'[]'`,
  json: (column) => `json(${column})`,
};

/**
 * Mirrors the resolvers: customers by name then id (NAME_ASC), total count taken before the limit;
 * available = credit limit - outstanding of open invoices; each customer's invoices newest first
 * (issue date, id) with their total; payments oldest first (received on, created at, id).
 * Correlated subqueries, each answered from an index, were faster than window functions over all
 * of the page's invoices (SQLite 2.3 ms vs 4.5 ms, PostgreSQL about equal).
 */
function portfolioSql(d: JsonDialect): string {
  const open = OPEN_INVOICE_STATUSES.map((status) => `'${status}'`).join(', ');
  const paymentsOf = (invoice: string) =>
    d.json(`coalesce((select ${d.array('p.amount_minor', 'p.received_on, p.created_at, p.id')} from payment p where p.invoice_id = ${invoice}), ${d.emptyArray})`);
  return `
    with page as (
      select c.id, c.name, c.currency, count(*) over () as customer_total
      from customer c
      order by c.name asc, c.id asc
      limit ?
    )
    select page.name, page.currency, page.customer_total,
      e.credit_limit_minor - coalesce(
        (select sum(i.outstanding_minor) from invoice i where i.customer_id = page.id and i.status in (${open})), 0
      ) as available_minor,
      (select count(*) from invoice i where i.customer_id = page.id) as invoice_total,
      coalesce((
        select ${d.array(d.object(`'number'`, 'x.number', `'payments'`, paymentsOf('x.id')), 'x.issue_date desc, x.id desc')}
        from (
          select i.id, i.number, i.issue_date from invoice i
          where i.customer_id = page.id
          order by i.issue_date desc, i.id desc
          limit ${INVOICES_PER_CUSTOMER}
        ) x
      ), ${d.emptyArray}) as invoices
    from page
    join exposure e on e.customer_id = page.id
    order by page.name asc, page.id asc`;
}

interface FloorRow {
  name: string;
  currency: string;
  // PostgreSQL returns bigint and numeric as strings, SQLite as numbers.
  customer_total: string | number;
  available_minor: string | number;
  invoice_total: string | number;
  // PostgreSQL's driver parses json; SQLite returns the text.
  invoices: string | FloorCustomer['invoices'];
}

const sqlCache = new WeakMap<Orm, string>();

/** Runs the floor query and turns its rows into plain objects (JSON parsed), as a client would need them. */
export async function readPortfolioFloor(orm: Orm, first: number): Promise<FloorCustomer[]> {
  let sql = sqlCache.get(orm);
  if (!sql) {
    sql = portfolioSql(orm.em.getPlatform() instanceof PostgreSqlPlatform ? POSTGRES_JSON : SQLITE_JSON);
    sqlCache.set(orm, sql);
  }
  const rows = await orm.em.getConnection().execute<FloorRow[]>(sql, [first]);
  return rows.map((row) => ({
    name: row.name,
    currency: row.currency,
    customerTotal: Number(row.customer_total),
    availableMinor: Number(row.available_minor),
    invoiceTotal: Number(row.invoice_total),
    invoices: typeof row.invoices === 'string' ? JSON.parse(row.invoices) : row.invoices,
  }));
}

/** The benchmarked GraphQL query's answer, as the API returns it. */
export interface PortfolioData {
  customers: {
    totalCount: number;
    edges: {
      node: {
        name: string;
        exposure: { available: string };
        invoices: { totalCount: number; edges: { node: { number: string; payments: { amount: string }[] } }[] };
      };
    }[];
  };
}

/** The floor's rows in the API's shape, to check once that both read exactly the same data. */
export function floorAsApiData(customers: FloorCustomer[]): PortfolioData {
  return {
    customers: {
      totalCount: customers[0]?.customerTotal ?? 0,
      edges: customers.map((customer) => ({
        node: {
          name: customer.name,
          exposure: { available: fromMinorUnits(customer.availableMinor, customer.currency) },
          invoices: {
            totalCount: customer.invoiceTotal,
            edges: customer.invoices.map((invoice) => ({
              node: {
                number: invoice.number,
                payments: invoice.payments.map((amount) => ({ amount: fromMinorUnits(Number(amount), customer.currency) })),
              },
            })),
          },
        },
      })),
    },
  };
}
