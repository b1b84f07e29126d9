/**
 * The collections cycle: moves every open invoice along the ladder of rules/collections.json for a
 * business date. Deterministic and idempotent: a stage is reached once (a transition only happens
 * from the stage the invoice was read in, so two cycles running at once cannot both make it), and
 * running the cycle again for the same date changes nothing. Each transition stores its decision
 * and raises the alert rules/alerts.json names for it, in one transaction. Suspended customers with
 * nothing overdue get supply back when the policy says so.
 */
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { eventsOfType, type Decision } from '../../policy/decision';
import type { PolicyService } from '../../policy/policy.service';
import type { Clock } from '../../shared/clock';
import { daysBetween } from '../../shared/dates';
import { raiseAlert } from '../alert/raise-alert';
import { Customer, CustomerStatus } from '../customer/customer.entity';
import { DecisionRecord, decisionRecordData } from '../decision/decision-record.entity';
import { CollectionStage, Invoice, OPEN_INVOICE_STATUSES } from '../invoice/invoice.entity';

/** The ladder's order (not its days, which are policy): a stage can only be left for a later one. */
const LADDER: CollectionStage[] = [
  CollectionStage.NONE,
  CollectionStage.REMINDER,
  CollectionStage.PHONE_FOLLOW_UP,
  CollectionStage.FORMAL_DEMAND,
  CollectionStage.LEGAL,
];

export interface CollectionCycleDependencies {
  em: EntityManager;
  policy: PolicyService;
  clock: Clock;
  actorId: string;
}

export interface CollectionCycleResult {
  asOf: string;
  examined: number;
  transitions: number;
  suspensions: number;
  restorations: number;
}

export async function runCollectionCycle(deps: CollectionCycleDependencies, asOf: string, batchSize = 500): Promise<CollectionCycleResult> {
  const result: CollectionCycleResult = { asOf, examined: 0, transitions: 0, suspensions: 0, restorations: 0 };
  await advanceInvoices(deps, asOf, batchSize, result);
  // After the ladder, so a customer suspended in this very cycle is not restored by it.
  result.restorations = await reviewSuspensions(deps, asOf, batchSize);
  return result;
}

async function advanceInvoices(deps: CollectionCycleDependencies, asOf: string, batchSize: number, result: CollectionCycleResult): Promise<void> {
  let afterId: string | null = null;
  for (;;) {
    // Keyset batches of open invoices: a million of them never sit in memory at once.
    const em = deps.em.fork();
    const batch: Invoice[] = await em.find(
      Invoice,
      { status: { $in: OPEN_INVOICE_STATUSES }, outstandingMinor: { $gt: 0 }, ...(afterId ? { id: { $gt: afterId } } : {}) },
      { orderBy: { id: 'asc' }, limit: batchSize, populate: ['customer'] },
    );
    for (const invoice of batch) {
      result.examined += 1;
      const customer = invoice.customer;
      const decision = await deps.policy.decide(
        'runCollectionCycle',
        {
          daysPastDue: daysBetween(invoice.dueDate, asOf),
          currentStage: invoice.collectionStage,
          outstandingMinor: invoice.outstandingMinor,
          riskTier: customer.riskTier,
          customerStatus: customer.status,
        },
        asOf,
      );
      const target = furthestStage(decision, invoice.collectionStage);
      const suspend = eventsOfType(decision, 'suspend-supply').length > 0 && customer.status === CustomerStatus.ACTIVE;
      if (!target && !suspend) continue;
      const applied = await applyTransition(deps, decision, invoice, target, suspend, asOf);
      if (applied.stage) result.transitions += 1;
      if (applied.suspended) result.suspensions += 1;
    }
    if (batch.length < batchSize) return;
    afterId = batch[batch.length - 1].id;
  }
}

/** Suspended customers whose policy says supply may resume (nothing overdue any more) get it back. */
async function reviewSuspensions(deps: CollectionCycleDependencies, asOf: string, batchSize: number): Promise<number> {
  let restored = 0;
  let afterId: string | null = null;
  for (;;) {
    const em = deps.em.fork();
    const customers: Customer[] = await em.find(
      Customer,
      { status: CustomerStatus.SUPPLY_SUSPENDED, ...(afterId ? { id: { $gt: afterId } } : {}) },
      { orderBy: { id: 'asc' }, limit: batchSize },
    );
    if (customers.length === 0) return restored;
    const open = await em.find(
      Invoice,
      { customer: { $in: customers.map((customer) => customer.id) }, status: { $in: OPEN_INVOICE_STATUSES }, outstandingMinor: { $gt: 0 } },
      { fields: ['customer', 'dueDate'], disableIdentityMap: true },
    );
    const pastDueByCustomer = new Map<string, number[]>();
    for (const invoice of open) {
      const days = pastDueByCustomer.get(invoice.customer.id) ?? [];
      days.push(daysBetween(invoice.dueDate, asOf));
      pastDueByCustomer.set(invoice.customer.id, days);
    }
    for (const customer of customers) {
      const pastDue = pastDueByCustomer.get(customer.id) ?? [];
      const decision = await deps.policy.decide(
        'reviewSupplySuspension',
        { maxDaysPastDue: pastDue.length > 0 ? Math.max(...pastDue) : 0, overdueInvoices: pastDue.filter((days) => days > 0).length },
        asOf,
      );
      if (eventsOfType(decision, 'restore-supply').length > 0 && (await restoreSupply(deps, decision, customer, asOf))) restored += 1;
    }
    if (customers.length < batchSize) return restored;
    afterId = customers[customers.length - 1].id;
  }
}

async function restoreSupply(deps: CollectionCycleDependencies, decision: Decision, customer: Customer, asOf: string): Promise<boolean> {
  return deps.em.fork().transactional(async (tx) => {
    const now = deps.clock.now();
    const updated = await tx
      .createQueryBuilder(Customer)
      .update({ status: CustomerStatus.ACTIVE, version: raw('version + 1'), updatedAt: now })
      .where({ id: customer.id, status: CustomerStatus.SUPPLY_SUSPENDED })
      .execute('run');
    if (updated.affectedRows === 0) return false;
    const record = tx.create(DecisionRecord, decisionRecordData(decision, `Customer ${customer.registrationNumber}`, deps.actorId, now));
    await raiseAlert(deps, tx, record, { customerId: customer.id, invoiceId: null }, { alertSource: 'SUPPLY_RESTORED', stage: '' }, `Supply to ${customer.name} is restored: nothing is overdue any more`, asOf);
    return true;
  });
}


/** The latest stage the fired rules reach, if it lies beyond the current one. */
function furthestStage(decision: Decision, current: CollectionStage): CollectionStage | null {
  const reached = eventsOfType(decision, 'reach-collection-stage').map((params) => params.stage as CollectionStage);
  const furthest = reached.sort((a, b) => LADDER.indexOf(a) - LADDER.indexOf(b)).at(-1);
  return furthest && LADDER.indexOf(furthest) > LADDER.indexOf(current) ? furthest : null;
}

async function applyTransition(
  deps: CollectionCycleDependencies,
  decision: Decision,
  invoice: Invoice,
  target: CollectionStage | null,
  suspend: boolean,
  asOf: string,
): Promise<{ stage: boolean; suspended: boolean }> {
  return deps.em.fork().transactional(async (tx) => {
    const now = deps.clock.now();
    // Only from the stage we read: if another cycle moved it meanwhile, this one changes nothing.
    const moved = target
      ? await tx
          .createQueryBuilder(Invoice)
          .update({ collectionStage: target, version: raw('version + 1'), updatedAt: now })
          .where({ id: invoice.id, collectionStage: invoice.collectionStage })
          .execute('run')
      : { affectedRows: 0 };
    const suspended = suspend
      ? await tx
          .createQueryBuilder(Customer)
          .update({ status: CustomerStatus.SUPPLY_SUSPENDED, version: raw('version + 1'), updatedAt: now })
          .where({ id: invoice.customer.id, status: CustomerStatus.ACTIVE })
          .execute('run')
      : { affectedRows: 0 };
    const stage = moved.affectedRows > 0;
    const supplySuspended = suspended.affectedRows > 0;
    if (!stage && !supplySuspended) return { stage, suspended: supplySuspended };

    const record = tx.create(DecisionRecord, decisionRecordData(decision, `Invoice ${invoice.number}`, deps.actorId, now));
    const about = { customerId: invoice.customer.id, invoiceId: invoice.id };
    if (stage) {
      const action = eventsOfType(decision, 'reach-collection-stage').find((params) => params.stage === target)?.action;
      await raiseAlert(deps, tx, record, about, { alertSource: 'COLLECTION_STAGE', stage: target! }, `Invoice ${invoice.number} reached ${target}: ${String(action)}`, asOf);
    }
    if (supplySuspended) {
      await raiseAlert(deps, tx, record, about, { alertSource: 'SUPPLY_SUSPENDED', stage: '' }, `Supply to the customer of invoice ${invoice.number} is suspended`, asOf);
    }
    return { stage, suspended: supplySuspended };
  });
}
