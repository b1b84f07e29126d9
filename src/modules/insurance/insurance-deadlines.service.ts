/**
 * The insurer's deadlines on overdue insured invoices (rules/claims.json):
 *  - declareOverdue(invoiceIds): records the declaration to the insurer (a late one is recorded too;
 *    the claim will be refused for it, with that reason); the invoices may be of several customers,
 *    and each customer gets an alert of its own naming only its invoices (each partner sees its own);
 *  - in the collections cycle: each overdue insured invoice's declaration deadline and claim filing
 *    deadline (due date + the insurance policy's days), and the warnings rules/claims.json calls for
 *    before they pass, raised once per invoice and deadline (a column set only from NULL, as the ladder
 *    moves a stage only from the one it read), with their decision records, in one transaction per batch.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { updateReturningIds } from '../../app/bound-sql';
import { claimInvoiceBatch, forUpdate } from '../../db/locking';
import { eventsOfType } from '../../policy/decision';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { PolicyService } from '../../policy/policy.service';
import type { RequestContext } from '../../app/context';
import { businessDate, type Clock } from '../../shared/clock';
import { addDays, daysBetween, localDateOf } from '../../shared/dates';
import { BadUserInputError, NotFoundError } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { forEveryone, Outbox } from '../../app/outbox/outbox';
import { Invoice, OPEN_INVOICE_STATUSES } from '../invoice';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { DeclareOverdueInput } from './dto/insurance.types';

/** The items of `list` by key, in the order each key first appears. */
function groupBy<T>(list: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** A bound on one declaration (one statement reads and locks them). Not a policy value. */
const MAX_INVOICES_PER_DECLARATION = 100;

export async function declareOverdue(ctx: RequestContext, input: DeclareOverdueInput) {
  const today = businessDate(ctx.clock);
  const ids = [...new Set(input.invoiceIds)];
  if (ids.length === 0) throw new BadUserInputError('invoiceIds must name at least one invoice', { field: 'invoiceIds' });
  if (ids.length > MAX_INVOICES_PER_DECLARATION) throw new BadUserInputError(`a declaration names at most ${MAX_INVOICES_PER_DECLARATION} invoices`, { field: 'invoiceIds' });
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'declareOverdue',
    businessDate: today,
    subject: `Overdue declaration of ${ids.length} invoice(s)`,
    gatherFacts: async (em) => {
      for (const id of ids) if (!isUuid(id)) throw new NotFoundError('Invoice', id);
      const invoices = await em.find(Invoice, { id: { $in: ids } }, { orderBy: { dueDate: 'asc', number: 'asc' }, ...(forUpdate(em) as object) });
      const missing = ids.find((id) => !invoices.some((invoice) => invoice.id === id));
      if (missing) throw new NotFoundError('Invoice', missing);
      await em.populate(invoices, ['customer', 'insuranceCover', 'insuranceCover.policy']);
      const count = (test: (invoice: Invoice) => boolean) => invoices.filter(test).length;
      const facts = {
        invoiceCount: invoices.length,
        notOverdueInvoices: count((invoice) => !OPEN_INVOICE_STATUSES.includes(invoice.status) || invoice.outstandingMinor === 0 || invoice.dueDate >= today),
        uninsuredInvoices: count((invoice) => invoice.insuredMinor === 0 || !invoice.insuranceCover),
        alreadyDeclaredInvoices: count((invoice) => invoice.declaredOverdueOn !== null),
        lateDeclaredInvoices: count((invoice) => !!invoice.insuranceCover && today > addDays(invoice.dueDate, invoice.insuranceCover.policy.declarationDeadlineDays)),
      };
      return { facts, read: invoices };
    },
    apply: async (_decision, em, record, invoices, outbox) => {
      for (const invoice of invoices) {
        invoice.declaredOverdueOn = today;
      }
      for (const [customerId, declared] of groupBy(invoices, (invoice) => invoice.customer.id)) {
        const about = { customerId, invoiceId: declared.length === 1 ? declared[0].id : null };
        const message = forEveryone(`Overdue declared to the insurer: ${declared.map((invoice) => invoice.number).join(', ')}`);
        await outbox.alert(record, about, { alertSource: 'OVERDUE_DECLARED' }, message, today);
      }
      return invoices;
    },
  });
  return { invoices: result, decision };
}

export interface DeadlineReviewDependencies {
  em: EntityManager;
  policy: PolicyService;
  clock: Clock;
  actorId: string;
}

interface DeadlineRow {
  id: string;
  number: string;
  customerId: string;
  dueDate: string;
  declaredOn: string | null;
  declarationAlerted: boolean;
  claimFilingAlerted: boolean;
  declarationDays: number;
  claimFilingDays: number;
  claimFiled: boolean;
}

const ALERTED_COLUMN = { DECLARATION: 'declarationAlertedOn', CLAIM_FILING: 'claimFilingAlertedOn' } as const;

/** The deadline pass of the collections cycle: returns how many warnings it raised. */
export async function reviewInsuranceDeadlines(deps: DeadlineReviewDependencies, asOf: string, batchSize = 2000): Promise<number> {
  let warnings = 0;
  let afterId: string | null = null;
  for (;;) {
    const rows: DeadlineRow[] = await deps.em.fork().transactional(async (tx) => {
      const batch = await overdueInsured(tx, asOf, afterId, batchSize);
      const outbox = Outbox.bulk(deps, tx);
      for (const row of batch) {
        const declarationDeadline = addDays(row.dueDate, row.declarationDays);
        const claimFilingDeadline = addDays(row.dueDate, row.claimFilingDays);
        const decision = await deps.policy.decide(
          'reviewInsuranceDeadlines',
          {
            daysToDeclarationDeadline: daysBetween(asOf, declarationDeadline),
            declared: row.declaredOn !== null,
            daysToClaimFilingDeadline: daysBetween(asOf, claimFilingDeadline),
            claimFiled: row.claimFiled,
          },
          asOf,
        );
        const due = eventsOfType(decision, 'warn-insurance-deadline')
          .map((params) => params.deadline as keyof typeof ALERTED_COLUMN)
          .filter((deadline) => (deadline === 'DECLARATION' ? !row.declarationAlerted : !row.claimFilingAlerted));
        let record: DecisionRecord | null = null;
        for (const deadline of new Set(due)) {
          // Once per invoice and deadline, whoever else runs the cycle at the same time.
          const changed = await updateReturningIds(tx, Invoice, [row.id], { [ALERTED_COLUMN[deadline]]: asOf }, { [ALERTED_COLUMN[deadline]]: null });
          if (changed.length === 0) continue;
          record ??= outbox.record(decision, `Invoice ${row.number}`);
          const date = deadline === 'DECLARATION' ? declarationDeadline : claimFilingDeadline;
          // Partners read both deadlines on the invoice (Invoice.insurance).
          const message = forEveryone(
            deadline === 'DECLARATION'
              ? `Invoice ${row.number} is overdue: declare it to the insurer by ${date} or lose the cover (declareOverdue)`
              : `Invoice ${row.number}: file the insurance claim by ${date} (fileClaim)`,
          );
          const source = { alertSource: 'INSURANCE_DEADLINE', stage: deadline };
          await outbox.alert(record, { customerId: row.customerId, invoiceId: row.id }, source, message, asOf, { data: { deadline: date } });
          warnings += 1;
        }
      }
      await outbox.write();
      return batch;
    });
    if (rows.length < batchSize) return warnings;
    afterId = rows[rows.length - 1].id;
  }
}

/** Open insured invoices past due on asOf with a deadline warning still to give, in id order after `afterId`. */
async function overdueInsured(tx: EntityManager, asOf: string, afterId: string | null, batchSize: number): Promise<DeadlineRow[]> {
  const knex = tx.getKnex();
  const query = knex
    .select(
      'i.id',
      'i.number',
      'i.customer_id',
      'i.due_date',
      'i.declared_overdue_on',
      'i.declaration_alerted_on',
      'i.claim_filing_alerted_on',
      'p.declaration_deadline_days',
      'p.claim_filing_deadline_days',
      knex.raw(`exists (select 1 from claim_line l join claim c on c.id = l.claim_id where l.invoice_id = i.id and c.status <> 'REJECTED') as claim_filed`),
    )
    .from('invoice as i')
    .join('insurance_cover as v', 'v.id', 'i.insurance_cover_id')
    .join('insurance_policy as p', 'p.id', 'v.policy_id')
    .whereIn('i.status', OPEN_INVOICE_STATUSES)
    .where('i.outstanding_minor', '>', 0)
    .where('i.insured_minor', '>', 0)
    .where('i.due_date', '<', asOf)
    .where((where) => where.whereNull('i.declaration_alerted_on').orWhereNull('i.claim_filing_alerted_on'));
  const rows = await claimInvoiceBatch(tx, query, afterId, batchSize);
  return rows.map((row) => ({
    id: String(row.id),
    number: String(row.number),
    customerId: String(row.customer_id),
    dueDate: localDateOf(row.due_date)!,
    declaredOn: localDateOf(row.declared_overdue_on),
    declarationAlerted: row.declaration_alerted_on != null,
    claimFilingAlerted: row.claim_filing_alerted_on != null,
    declarationDays: Number(row.declaration_deadline_days),
    claimFilingDays: Number(row.claim_filing_deadline_days),
    claimFiled: row.claim_filed === true || Number(row.claim_filed) === 1,
  }));
}
