/**
 * Request-scoped DataLoaders: every nested field is fetched for all parents of a page in one query.
 * Created per request with the request's entity manager, so nothing is cached across requests.
 */
import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Claim, ClaimLine } from '../modules/claim/claim.entity';
import { InsuranceCover, InsurancePolicy } from '../modules/insurance/insurance-policy.entity';
import { Customer } from '../modules/customer/customer.entity';
import { GradeChange } from '../modules/customer/grade-change.entity';
import { Exposure, LimitDecision } from '../modules/exposure/exposure.entity';
import { Invoice, InvoiceStatus } from '../modules/invoice/invoice.entity';
import { receivableSumsByCustomer } from '../modules/invoice/invoice.service';
import { Payment } from '../modules/payment/payment.entity';
import { TermExtension } from '../modules/term-extension/term-extension.entity';
import { loadPerParentPages } from '../shared/per-parent-page';
import { isUuid } from '../shared/ids';
import type { ConnectionShape, Page } from '../shared/pagination';

export interface ExposureFigures {
  exposure: Exposure;
  outstandingMinor: number;
  /** Insured part of the outstanding (credit insurance); absent: not asked, shown as 0. */
  insuredMinor?: number;
}

interface NestedPageKey {
  parentId: string;
  page: Page;
  status?: InvoiceStatus | null;
}

/** Rows only read for the response: not tracked by the unit of work, which halves their hydration cost. */
const READ_ONLY = { disableIdentityMap: true } as const;

export function createLoaders(em: EntityManager) {
  return {
    customer: byIdLoader(em, Customer),
    invoice: byIdLoader(em, Invoice),

    /** The exposure row and the outstanding of open invoices, per customer id. */
    exposureFigures: new DataLoader<string, ExposureFigures | null>(async (customerIds) => {
      const exposures = await em.find(Exposure, { customer: { $in: [...customerIds] } });
      const sums = await receivableSumsByCustomer(em, customerIds);
      const byCustomer = new Map(exposures.map((exposure) => [exposure.customer.id, exposure]));
      return customerIds.map((id) => {
        const exposure = byCustomer.get(id);
        const { outstandingMinor, insuredMinor } = sums.get(id) ?? { outstandingMinor: 0, insuredMinor: 0 };
        return exposure ? { exposure, outstandingMinor, insuredMinor } : null;
      });
    }),

    /** Decisions on a credit limit, newest first. */
    limitHistory: nestedPageLoader<LimitDecision>((keys) =>
      loadPerParentPages(
        em,
        { entity: LimitDecision, parentProperty: 'exposure', orderBy: ['sequence', 'id'], direction: 'desc' },
        keys.map((key) => key.parentId),
        keys[0].page,
      ),
    ),

    payments: new DataLoader<string, Payment[]>(async (invoiceIds) => {
      const payments = await em.find(Payment, { invoice: { $in: [...invoiceIds] } }, { orderBy: { receivedOn: 'asc', createdAt: 'asc', id: 'asc' }, ...READ_ONLY });
      return groupedBy(invoiceIds, payments, (payment) => payment.invoice.id);
    }),

    /** Insurance covers by id, with their insurance policy (Invoice.insurance). */
    insuranceCover: new DataLoader<string, InsuranceCover | null>(async (ids) => {
      const covers = await em.find(InsuranceCover, { id: { $in: [...ids] } }, { populate: ['policy'] });
      const byId = new Map(covers.map((cover) => [cover.id, cover]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    insurancePolicy: byIdLoader(em, InsurancePolicy),

    /** The lines of each claim (its invoices and insured losses). */
    claimLines: new DataLoader<string, ClaimLine[]>(async (claimIds) => {
      const lines = await em.find(ClaimLine, { claim: { $in: [...claimIds] } }, { orderBy: { id: 'asc' } });
      return groupedBy(claimIds, lines, (line) => line.claim.id);
    }),

    /** Granted extensions per invoice, oldest first (each one moves the due date further). */
    termExtensions: new DataLoader<string, TermExtension[]>(async (invoiceIds) => {
      const extensions = await em.find(TermExtension, { invoice: { $in: [...invoiceIds] } }, { orderBy: { newDueDate: 'asc', id: 'asc' }, ...READ_ONLY });
      return groupedBy(invoiceIds, extensions, (extension) => extension.invoice.id);
    }),

    /** A customer's invoices, newest first; parents asking for the same page shape share one query. */
    invoicesOfCustomer: nestedPageLoader<Invoice>((keys) =>
      loadPerParentPages(
        em,
        {
          entity: Invoice,
          parentProperty: 'customer',
          orderBy: ['issueDate', 'id'],
          direction: 'desc',
          where: keys[0].status ? { status: keys[0].status } : undefined,
        },
        keys.map((key) => key.parentId),
        keys[0].page,
      ),
    ),

    /** A customer's grade history, newest first. */
    gradeHistory: nestedPageLoader<GradeChange>((keys) =>
      loadPerParentPages(
        em,
        { entity: GradeChange, parentProperty: 'customer', orderBy: ['sequence', 'id'], direction: 'desc' },
        keys.map((key) => key.parentId),
        keys[0].page,
      ),
    ),

    claimsOfCustomer: nestedPageLoader<Claim>((keys) =>
      loadPerParentPages(
        em,
        { entity: Claim, parentProperty: 'customer', orderBy: ['filedOn', 'id'], direction: 'desc' },
        keys.map((key) => key.parentId),
        keys[0].page,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The rows of each key, in key order, in one pass over the rows. */
function groupedBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
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
function nestedPageLoader<T extends object>(
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
