/**
 * The collections cycle: moves every open invoice along the ladder of rules/collections.json for a
 * business date. Deterministic and idempotent: a stage is reached once (a transition only happens
 * from the stage the invoice was read in, so two cycles running at once cannot both make it), and
 * running the cycle again for the same date changes nothing. Each transition stores its decision
 * and raises the alert rules/alerts.json names for it, in one transaction. Suspended customers with
 * nothing overdue get supply back when the policy says so. Then the insurer's deadlines, country
 * grade drops, and open referrals coming due or past their due day (src/modules/referral).
 */
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { claimInvoiceBatch } from '../../db/locking';
import { updateReturningIds } from '../../app/bound-sql';
import { eventsOfType, type Decision } from '../../policy/decision';
import type { PolicyService } from '../../policy/policy.service';
import type { Clock } from '../../shared/clock';
import { daysBetween, localDateOf } from '../../shared/dates';
import { forEveryone, Outbox } from '../../app/outbox/outbox';
import { Customer, CustomerStatus } from '../customer';
import { reviewCountryGrades, reviewInsuranceDeadlines } from '../insurance';
import { CollectionStage, Invoice, type InvoiceStatus, OPEN_INVOICE_STATUSES } from '../invoice';
import { reviewReferralDeadlines } from '../referral';

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
  /** Warnings of insurance deadlines (declaration, claim filing) coming near. */
  insuranceWarnings: number;
  /** Alerts raised because a country grade dropped (rules/country-risk/country-grades.json), one per customer there. */
  countryGradeAlerts: number;
  /** Open referrals warned about (REFERRAL_DUE) because they are due soon, once each. */
  referralsDue: number;
  /** Open referrals nobody decided in time, expired (their held requests let go as declined). */
  referralsExpired: number;
}

export async function runCollectionCycle(deps: CollectionCycleDependencies, asOf: string, batchSize = 2000): Promise<CollectionCycleResult> {
  const result: CollectionCycleResult = { asOf, examined: 0, transitions: 0, suspensions: 0, restorations: 0, insuranceWarnings: 0, countryGradeAlerts: 0, referralsDue: 0, referralsExpired: 0 };
  await advanceInvoices(deps, asOf, batchSize, result);
  // After the ladder, so a customer suspended in this very cycle is not restored by it.
  result.restorations = await reviewSuspensions(deps, asOf, batchSize);
  // The credit insurer's deadlines on overdue insured invoices (rules/claims.json).
  result.insuranceWarnings = await reviewInsuranceDeadlines(deps, asOf, batchSize);
  // Country grade drops that took effect by asOf, once each.
  result.countryGradeAlerts = await reviewCountryGrades(deps, asOf);
  // Referrals due soon or past their due day (rules/credit-authority.json, reviewReferral).
  const referrals = await reviewReferralDeadlines(deps, asOf, batchSize);
  result.referralsDue = referrals.due;
  result.referralsExpired = referrals.expired;
  return result;
}

/** What the ladder needs of one open invoice and its customer: plain columns, no entities. */
interface LadderRow {
  id: string;
  number: string;
  dueDate: string;
  ladderAnchorDate: string | null;
  stage: CollectionStage;
  outstandingMinor: number;
  customerId: string;
  riskTier: string;
  customerStatus: CustomerStatus;
}

/** An invoice the policy moves up the ladder, or whose customer it suspends. */
interface Move {
  row: LadderRow;
  decision: Decision;
  target: CollectionStage | null;
  suspend: boolean;
}

async function advanceInvoices(deps: CollectionCycleDependencies, asOf: string, batchSize: number, result: CollectionCycleResult): Promise<void> {
  // Status by status, each in keyset batches on the (status, id) index: every batch is one index
  // range, so the millionth invoice costs what the first did. An invoice whose status changes during
  // the cycle may be seen twice (harmless: a stage is reached once) or wait for the next cycle.
  const daysTo = daysUntil(asOf);
  for (const status of OPEN_INVOICE_STATUSES) {
    let afterId: string | null = null;
    for (;;) {
      // One transaction per batch: a million open invoices never sit in memory at once, and each
      // batch's transitions, decisions and alerts commit together.
      const rows = await deps.em.fork().transactional(async (tx) => {
        const batch = await claimBatch(tx, status, afterId, batchSize);
        const moves: Move[] = [];
        for (const row of batch) {
          const decision = await deps.policy.decide('runCollectionCycle', ladderFacts(row, daysTo), asOf);
          const target = furthestStage(decision, row.stage);
          const suspend = eventsOfType(decision, 'suspend-supply').length > 0 && row.customerStatus === CustomerStatus.ACTIVE;
          if (target || suspend) moves.push({ row, decision, target, suspend });
        }
        if (moves.length > 0) await applyMoves(deps, tx, moves, asOf, result);
        return batch;
      });
      result.examined += rows.length;
      if (rows.length < batchSize) break;
      afterId = rows[rows.length - 1].id;
    }
  }
}

/**
 * The next batch of open invoices of one status after `afterId`, claimed (claimInvoiceBatch: cycles
 * running at once share the work). Either way a transition also checks the stage it starts from.
 */
async function claimBatch(tx: EntityManager, status: InvoiceStatus, afterId: string | null, batchSize: number): Promise<LadderRow[]> {
  const query = tx
    .getKnex()
    .select(
      'i.id',
      'i.number',
      'i.due_date',
      'i.ladder_anchor_date',
      'i.collection_stage',
      'i.outstanding_minor',
      'i.customer_id',
      'c.risk_tier',
      'c.status as customer_status',
    )
    .from('invoice as i')
    .join('customer as c', 'c.id', 'i.customer_id')
    .where('i.status', status)
    .where('i.outstanding_minor', '>', 0);
  const rows = await claimInvoiceBatch(tx, query, afterId, batchSize);
  return rows.map((row) => ({
    id: String(row.id),
    number: String(row.number),
    dueDate: localDate(row.due_date),
    ladderAnchorDate: row.ladder_anchor_date == null ? null : localDate(row.ladder_anchor_date),
    stage: row.collection_stage as CollectionStage,
    outstandingMinor: Number(row.outstanding_minor),
    customerId: String(row.customer_id),
    riskTier: String(row.risk_tier),
    customerStatus: row.customer_status as CustomerStatus,
  }));
}

function ladderFacts(row: LadderRow, daysTo: (date: string) => number) {
  return {
    daysPastDue: daysTo(row.dueDate),
    // A partial payment after the due date re-anchors the ladder (rules/collections.json, recordPayment);
    // a term extension granted later moves the due date past that anchor.
    daysPastAnchor: daysTo(row.ladderAnchorDate && row.ladderAnchorDate > row.dueDate ? row.ladderAnchorDate : row.dueDate),
    currentStage: row.stage,
    outstandingMinor: row.outstandingMinor,
    riskTier: row.riskTier,
    customerStatus: row.customerStatus,
  };
}

/**
 * Makes the moves of one batch in set-based statements: each stage change happens only from the
 * stage the invoice was read in, each suspension only from ACTIVE (RETURNING says which rows
 * changed); then one decision record per invoice that changed, and its alerts, in bulk inserts.
 */
async function applyMoves(deps: CollectionCycleDependencies, tx: EntityManager, moves: Move[], asOf: string, result: CollectionCycleResult): Promise<void> {
  const now = deps.clock.now();
  const moved = new Set<string>();
  const byTransition = groupBy(
    moves.filter((move) => move.target),
    (move) => `${move.row.stage}>${move.target}`,
  );
  const knex = tx.getKnex();
  for (const group of byTransition.values()) {
    const { stage: from } = group[0].row;
    const target = group[0].target!;
    const ids = group.map((move) => move.row.id);
    const changes = { collectionStage: target, version: knex.raw('version + 1'), updatedAt: now };
    for (const id of await updateReturningIds(tx, Invoice, ids, changes, { collectionStage: from })) moved.add(id);
  }
  const toSuspend = [...new Set(moves.filter((move) => move.suspend).map((move) => move.row.customerId))];
  const suspension = { status: CustomerStatus.SUPPLY_SUSPENDED, version: knex.raw('version + 1'), updatedAt: now };
  const suspendedCustomers = new Set(await updateReturningIds(tx, Customer, toSuspend, suspension, { status: CustomerStatus.ACTIVE }));

  const outbox = Outbox.bulk(deps, tx);
  for (const { row, decision, target } of moves) {
    const stageMoved = moved.has(row.id);
    // A customer is suspended once, by the first of its invoices that asked for it.
    const suspended = suspendedCustomers.delete(row.customerId);
    if (!stageMoved && !suspended) continue;
    const record = outbox.record(decision, `Invoice ${row.number}`);
    const about = { customerId: row.customerId, invoiceId: row.id };
    if (stageMoved) {
      result.transitions += 1;
      const action = eventsOfType(decision, 'reach-collection-stage').find((params) => params.stage === target)?.action;
      await outbox.alert(record, about, { alertSource: 'COLLECTION_STAGE', stage: target! }, forEveryone(`Invoice ${row.number} reached ${target}: ${String(action)}`), asOf);
    }
    if (suspended) {
      result.suspensions += 1;
      await outbox.alert(record, about, { alertSource: 'SUPPLY_SUSPENDED', stage: '' }, forEveryone(`Supply to the customer of invoice ${row.number} is suspended`), asOf);
    }
  }
  await outbox.write();
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
    const overdue = await overdueByCustomer(em, customers.map((customer) => customer.id), asOf);
    for (const customer of customers) {
      const { earliestDueDate, overdueInvoices } = overdue.get(customer.id) ?? { earliestDueDate: null, overdueInvoices: 0 };
      const decision = await deps.policy.decide(
        'reviewSupplySuspension',
        { maxDaysPastDue: earliestDueDate ? daysBetween(earliestDueDate, asOf) : 0, overdueInvoices },
        asOf,
      );
      if (eventsOfType(decision, 'restore-supply').length > 0 && (await restoreSupply(deps, decision, customer, asOf))) restored += 1;
    }
    if (customers.length < batchSize) return restored;
    afterId = customers[customers.length - 1].id;
  }
}

/** Per customer: the earliest due date of its open invoices and how many are past due on asOf (one aggregate query). */
async function overdueByCustomer(em: EntityManager, customerIds: string[], asOf: string) {
  const rows: Array<Record<string, unknown>> = await em.execute(
    em
      .getKnex()
      .select('customer_id')
      .min({ earliest_due_date: 'due_date' })
      .select(em.getKnex().raw('sum(case when due_date < ? then 1 else 0 end) as overdue_invoices', [asOf]))
      .from('invoice')
      .whereIn('customer_id', customerIds)
      .whereIn('status', OPEN_INVOICE_STATUSES)
      .where('outstanding_minor', '>', 0)
      .groupBy('customer_id'),
  );
  return new Map(
    rows.map((row) => [String(row.customer_id), { earliestDueDate: localDate(row.earliest_due_date), overdueInvoices: Number(row.overdue_invoices) }]),
  );
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
    const outbox = Outbox.forTransaction(deps, tx);
    const record = outbox.record(decision, `Customer ${customer.registrationNumber}`);
    await outbox.alert(record, { customerId: customer.id }, { alertSource: 'SUPPLY_RESTORED', stage: '' }, forEveryone(`Supply to ${customer.name} is restored: nothing is overdue any more`), asOf);
    return true;
  });
}


/** The latest stage the fired rules reach, if it lies beyond the current one. */
function furthestStage(decision: Decision, current: CollectionStage): CollectionStage | null {
  const reached = eventsOfType(decision, 'reach-collection-stage').map((params) => params.stage as CollectionStage);
  const furthest = reached.sort((a, b) => LADDER.indexOf(a) - LADDER.indexOf(b)).at(-1);
  return furthest && LADDER.indexOf(furthest) > LADDER.indexOf(current) ? furthest : null;
}

/** daysBetween(date, asOf), remembered per date: a book has far fewer due dates than invoices. */
function daysUntil(asOf: string): (date: string) => number {
  const known = new Map<string, number>();
  return (date) => {
    let days = known.get(date);
    if (days === undefined) known.set(date, (days = daysBetween(date, asOf)));
    return days;
  };
}

/** A date column as YYYY-MM-DD, whichever way the driver returns it. */
function localDate(value: unknown): string {
  return localDateOf(value) ?? String(value);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
