/**
 * What happens when an invoice is issued: the payment term comes from rules/payment-terms.json by
 * risk tier and relationship, the limit check from rules/credit-limits.json, the supply check from
 * rules/collections.json. This service gathers the facts and applies what the policy decided.
 * Writing an invoice off as bad debt (rules/write-offs.json) lives here too.
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { type Decision, eventsOfType } from '../../policy/decision';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { FactsOf } from '../../policy/fact-catalogue';
import { Customer } from '../customer';
import { Exposure } from '../exposure';
import { assertVisible, customerCondition, seesHeldRequests } from '../partner';
import { insuranceAtIssue } from '../insurance';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { alertsFor, forEveryone, type Outbox } from '../../app/outbox/outbox';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { addDays, assertIsoDate, daysBetween, pastOrToday, yearsBetween } from '../../shared/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { fromMinorUnits, positiveMinorUnits } from '../../shared/money';
import { parseAll } from '../../shared/validation';
import { findPage, type Page, toPage } from '../../app/pagination';
import { assertFilterId, findByIdOrFail } from '../../shared/ids';
import { forUpdate } from '../../db/locking';
import type { IssueInvoiceInput } from './dto/issue-invoice.input';
import type { InvoicesArgs } from './dto/invoices.args';
import { HELD_INVOICE_STATUSES, Invoice, InvoiceStatus, invoiceNumberKey, OPEN_INVOICE_STATUSES } from './invoice.entity';
import type { WriteOffInvoiceInput } from './dto/write-off-invoice.input';

export async function getInvoice(ctx: RequestContext, id: string): Promise<Invoice> {
  const invoice = await ctx.loaders.invoice.load(id);
  if (!invoice) throw new NotFoundError('Invoice', id);
  await assertVisible(ctx, invoice.customer.id, 'Invoice', id);
  // A held invoice is no partner's business (partner-scope.ts): it does not exist for them.
  if (!seesHeldRequests(ctx) && HELD_INVOICE_STATUSES.includes(invoice.status)) throw new NotFoundError('Invoice', id);
  return invoice;
}

/** The customer's invoices this request may see, newest first (partners: without held ones). */
export function invoicesOfCustomer(ctx: RequestContext, customerId: string, page: Page, status: InvoiceStatus | null | undefined) {
  const loader = seesHeldRequests(ctx) ? ctx.loaders.invoicesOfCustomer : ctx.loaders.issuedInvoicesOfCustomer;
  return loader.load({ parentId: customerId, page, status });
}

export async function listInvoices(ctx: RequestContext, args: InvoicesArgs) {
  const filter = args.filter ?? {};
  const { page, customerId, overdueAsOf } = parseAll({
    page: () => toPage(args),
    customerId: () => (filter.customerId ? assertFilterId(filter.customerId, 'filter.customerId') : null),
    overdueAsOf: () => (filter.overdueAsOf ? assertIsoDate(filter.overdueAsOf, 'filter.overdueAsOf') : null),
  });
  const where: FilterQuery<Invoice> = {};
  const customer = await customerCondition(ctx, customerId);
  if (customer) where.customer = customer;
  if (filter.status) where.status = filter.status;
  if (overdueAsOf) {
    where.dueDate = { $lt: overdueAsOf };
    where.outstandingMinor = { $gt: 0 };
    if (!filter.status) where.status = { $in: OPEN_INVOICE_STATUSES };
  }
  if (!seesHeldRequests(ctx)) {
    // Partners: the statuses asked for (or every one), less the held ones.
    const asked = filter.status ? [filter.status] : overdueAsOf ? OPEN_INVOICE_STATUSES : Object.values(InvoiceStatus);
    where.status = { $in: asked.filter((status) => !HELD_INVOICE_STATUSES.includes(status)) };
  }
  return await findPage(ctx.em, Invoice, where, page, filter.overdueAsOf ? [{ dueDate: 'asc' }, { id: 'asc' }] : [{ issueDate: 'desc' }, { id: 'desc' }]);
}

/** Days past the due date on `asOf` (0 when not yet due or nothing is outstanding). */
export function daysPastDue(invoice: Invoice, asOf: string): number {
  if (invoice.outstandingMinor === 0) return 0;
  return Math.max(0, daysBetween(invoice.dueDate, asOf));
}

/** Outstanding of open invoices per customer, in one query (customers with nothing open are absent). */
export async function outstandingByCustomer(em: EntityManager, customerIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await em
    .createQueryBuilder(Invoice, 'i')
    .select([raw('i.customer_id as customer_id'), raw('sum(i.outstanding_minor) as outstanding')])
    .where({ customer: { $in: [...customerIds] }, status: { $in: OPEN_INVOICE_STATUSES } })
    .groupBy('i.customer')
    .execute<{ customer_id: string; outstanding: string | number }[]>('all', false);
  return new Map(rows.map((row) => [String(row.customer_id), Number(row.outstanding)]));
}

/**
 * Outstanding and its insured part (Σ min(outstanding, insured at issue)) of open invoices per customer,
 * in one query: the exposure of a page of customers costs one statement.
 */
export async function receivableSumsByCustomer(
  em: EntityManager,
  customerIds: readonly string[],
): Promise<Map<string, { outstandingMinor: number; insuredMinor: number; heldMinor: number }>> {
  const open = `i.status in (${OPEN_INVOICE_STATUSES.map(() => '?').join(', ')})`;
  const rows = await em
    .createQueryBuilder(Invoice, 'i')
    .select([
      raw('i.customer_id as customer_id'),
      raw(`sum(case when ${open} then i.outstanding_minor else 0 end) as outstanding`, OPEN_INVOICE_STATUSES),
      raw(`sum(case when ${open} then (case when i.outstanding_minor < i.insured_minor then i.outstanding_minor else i.insured_minor end) else 0 end) as insured`, OPEN_INVOICE_STATUSES),
      // Invoices held for a referral: not receivables yet, but what approving them would add.
      raw(`sum(case when i.status = ? then i.amount_minor else 0 end) as held`, [InvoiceStatus.ON_HOLD]),
    ])
    .where({ customer: { $in: [...customerIds] }, status: { $in: [...OPEN_INVOICE_STATUSES, InvoiceStatus.ON_HOLD] } })
    .groupBy('i.customer')
    .execute<{ customer_id: string; outstanding: string | number; insured: string | number; held: string | number }[]>('all', false);
  return new Map(rows.map((row) => [String(row.customer_id), { outstandingMinor: Number(row.outstanding), insuredMinor: Number(row.insured), heldMinor: Number(row.held) }]));
}

export async function issueInvoice(ctx: RequestContext, input: IssueInvoiceInput) {
  const today = businessDate(ctx.clock);
  const { issueDate, amountMinor } = parseAll({
    issueDate: () => pastOrToday(input.issueDate, 'issueDate', today),
    amountMinor: () => positiveMinorUnits(input.amount, input.currency),
  });

  // The invoice as sent; its terms (term, due date, insurance) come with the decision (issueOnTerms).
  const newInvoice = (customer: Customer, status: InvoiceStatus, decision: DecisionRecord | null) => ({
    number: input.number,
    customer,
    currency: input.currency,
    amountMinor,
    outstandingMinor: amountMinor,
    issueDate,
    termDays: 0,
    dueDate: issueDate,
    status,
    decision,
    createdAt: ctx.clock.now(),
    updatedAt: ctx.clock.now(),
  });

  const { result: invoice, decision } = await runPolicyMutation(ctx, {
    mutation: 'issueInvoice',
    businessDate: issueDate,
    subject: `Invoice ${input.number}`,
    idempotent: input,
    gatherFacts: async (em) => {
      const customer = await findByIdOrFail(em, Customer, input.customerId);
      if (input.currency !== customer.currency) {
        throw new BadUserInputError(
          `currency ${input.currency} differs from the account currency ${customer.currency} of ${customer.name}; invoice in ${customer.currency}`,
          { field: 'currency' },
        );
      }
      const sameNumber = await em.findOne(Invoice, { numberKey: invoiceNumberKey(input.number) }, { fields: ['number'], disableIdentityMap: true });
      if (sameNumber) {
        const as = sameNumber.number === input.number ? '' : ` (as ${sameNumber.number}: numbers differing only in letter case are the same number)`;
        throw new ConflictError(`Invoice number ${input.number} is already used${as}`, { field: 'number', existingNumber: sameNumber.number });
      }
      const facts = await invoiceFacts(em, customer, amountMinor, issueDate);
      return { facts, read: { customer, facts } };
    },
    apply: async (decision, em, record, { customer, facts }, outbox) => {
      const invoice = em.create(Invoice, newInvoice(customer, InvoiceStatus.OPEN, null));
      await issueOnTerms(ctx, em, outbox, invoice, decision, record, facts, issueDate);
      return invoice;
    },
    // Referred (e.g. a little over the limit): the invoice is held for a person to release.
    hold: async (_decision, em, record, { customer }) => {
      const invoice = em.create(Invoice, newInvoice(customer, InvoiceStatus.ON_HOLD, record));
      const heldRequest = { number: input.number, amount: input.amount.trim(), currency: input.currency, issueDate };
      return {
        result: invoice,
        referral: { subject: { type: 'INVOICE', id: invoice.id, label: `Invoice ${input.number}` }, customerId: customer.id, invoiceId: invoice.id, amount: { minor: amountMinor, currency: input.currency }, heldRequest },
      };
    },
  });
  return { invoice, decision };
}

/**
 * What issueInvoice decides on: the customer's grade, tier and standing, and the limit the invoice
 * would use (the exposure row locked). Invoices held for a referral count against the limit here,
 * so a second invoice cannot slip "slightly over" behind a first one waiting for approval;
 * `alreadyHeldMinor` is the invoice's own amount when it is the held one being released.
 */
async function invoiceFacts(em: EntityManager, customer: Customer, amountMinor: number, issueDate: string, alreadyHeldMinor = 0): Promise<FactsOf<'issueInvoice'>> {
  const exposure = await em.findOneOrFail(Exposure, { customer: customer.id }, forUpdate(em));
  const { outstandingMinor, heldMinor } = (await receivableSumsByCustomer(em, [customer.id])).get(customer.id) ?? { outstandingMinor: 0, heldMinor: 0 };
  const heldByOthersMinor = heldMinor - alreadyHeldMinor;
  return {
    grade: customer.grade,
    riskTier: customer.riskTier,
    relationshipYears: yearsBetween(customer.relationshipStart, issueDate),
    customerStatus: customer.status,
    invoiceAmountMinor: amountMinor,
    creditLimitMinor: exposure.creditLimitMinor,
    outstandingMinor,
    availableMinor: exposure.creditLimitMinor - outstandingMinor - heldByOthersMinor,
    exceedsLimitByMinor: outstandingMinor + heldByOthersMinor + amountMinor - exposure.creditLimitMinor,
  };
}

/**
 * Issues an invoice on the terms the decision gives (a new one, or a held one being released): the
 * payment term, the insured part the customer's cover takes at issue, the due date, and the
 * utilisation alert the new outstanding calls for.
 */
async function issueOnTerms(ctx: RequestContext, em: EntityManager, outbox: Outbox, invoice: Invoice, decision: Decision, record: DecisionRecord, facts: FactsOf<'issueInvoice'>, issueDate: string) {
  const terms = eventsOfType(decision, 'set-payment-term').map((params) => Number(params.days));
  const prepayment = eventsOfType(decision, 'require-prepayment').length > 0;
  if (!prepayment && terms.length === 0) {
    // decide() refers an invoice no term rule covers; a person approving it cannot invent the term.
    throw new ConflictError(
      `Invoice ${invoice.number} cannot be released: no payment-term rule covers risk tier ${String(facts.riskTier)} on ${issueDate}; add one to rules/payment-terms.json, or decline the referral`,
    );
  }
  // Prepayment: due on issue. Overlapping term rules: the shortest term is the prudent one.
  const termDays = prepayment ? 0 : Math.min(...terms);
  // Credit insurance: the part the customer's cover takes, fixed at issue (the exposure row is locked).
  const insurance = await insuranceAtIssue(em, invoice.customer.id, issueDate, invoice.amountMinor, termDays);
  Object.assign(invoice, {
    status: InvoiceStatus.OPEN,
    issueDate,
    termDays,
    dueDate: addDays(issueDate, termDays),
    decision: record,
    insuredMinor: insurance.insuredMinor,
    insuranceCover: insurance.cover,
    uninsuredReason: insurance.uninsuredReason,
    updatedAt: ctx.clock.now(),
  });
  await alertOnUtilisation(ctx, outbox, record, facts, invoice, issueDate);
}

/**
 * The referral seam of issueInvoice (src/modules/referral/referral-appliers.ts): a held invoice is
 * released on the day it is approved, as issueInvoice would issue it that day (terms, limit,
 * insurance on that day's facts), or cancelled when its referral is declined, withdrawn or expires.
 */
export const heldInvoiceApplier = {
  async gather(_ctx: RequestContext, em: EntityManager, referral: { invoice: { id: string } | null }, releaseDate: string) {
    const invoice = await em.findOneOrFail(Invoice, { id: referral.invoice!.id }, { populate: ['customer'], ...(forUpdate(em) as object) });
    if (invoice.status !== InvoiceStatus.ON_HOLD) throw new ConflictError(`Invoice ${invoice.number} is ${invoice.status}, no longer on hold`, { state: invoice.status });
    const facts = await invoiceFacts(em, invoice.customer, invoice.amountMinor, releaseDate, invoice.amountMinor);
    return { facts, read: { invoice, facts, releaseDate } };
  },
  async apply(ctx: RequestContext, em: EntityManager, _referral: unknown, decision: Decision, record: DecisionRecord, read: { invoice: Invoice; facts: FactsOf<'issueInvoice'>; releaseDate: string }, outbox: Outbox) {
    await issueOnTerms(ctx, em, outbox, read.invoice, decision, record, read.facts, read.releaseDate);
    return { invoiceId: read.invoice.id, issueDate: read.invoice.issueDate, dueDate: read.invoice.dueDate };
  },
  async release(em: EntityManager, referral: { invoice: { id: string } | null }, at: Date) {
    await em.nativeUpdate(Invoice, { id: referral.invoice!.id, status: InvoiceStatus.ON_HOLD }, { status: InvoiceStatus.CANCELLED, updatedAt: at });
  },
};

/**
 * Limit utilisation: the alert rules/alerts.json names for the utilisation after this invoice, if
 * the invoice took the customer into it (an alert the utilisation before did not already call for).
 * So crossing 90% raises one warning, not one per invoice while above it.
 */
async function alertOnUtilisation(ctx: RequestContext, outbox: Outbox, record: DecisionRecord, facts: FactsOf<'issueInvoice'>, invoice: Invoice, asOf: string) {
  if (facts.creditLimitMinor <= 0) return;
  const utilisation = (outstandingMinor: number) => ({ alertSource: 'LIMIT_UTILISATION', utilization: outstandingMinor / facts.creditLimitMinor });
  const after = await alertsFor(ctx.policy, utilisation(facts.outstandingMinor + facts.invoiceAmountMinor), asOf);
  if (after.length === 0) return;
  const before = new Set((await alertsFor(ctx.policy, utilisation(facts.outstandingMinor), asOf)).map((alert) => `${alert.type}/${alert.severity}`));
  if (after.every((alert) => before.has(`${alert.type}/${alert.severity}`))) return;
  const percent = Math.round(((facts.outstandingMinor + facts.invoiceAmountMinor) / facts.creditLimitMinor) * 100);
  await outbox.alert(
    record,
    { customerId: invoice.customer.id, invoiceId: invoice.id },
    utilisation(facts.outstandingMinor + facts.invoiceAmountMinor),
    // Partners read the credit limit and its utilisation on the exposure.
    forEveryone(`Invoice ${invoice.number} takes ${invoice.customer.name} to ${percent}% of its credit limit`),
    asOf,
    { only: (alert) => !before.has(`${alert.type}/${alert.severity}`) },
  );
}

/**
 * Writes off the rest of an invoice as bad debt: it leaves the outstanding (and so the exposure) and
 * is kept in writtenOff for the bad-debt figures. rules/write-offs.json decides when that is allowed;
 * a write-off it refers (before the legal stage) leaves the invoice as it is, held by its referral
 * until a second person approves it (heldWriteOffApplier).
 */
export async function writeOffInvoice(ctx: RequestContext, input: WriteOffInvoiceInput) {
  const today = businessDate(ctx.clock);
  const reason = input.reason.trim();
  const { result: invoice, decision } = await runPolicyMutation(ctx, {
    mutation: 'writeOffInvoice',
    businessDate: today,
    subject: `Write-off of invoice ${input.invoiceId}`,
    gatherFacts: (em) => writeOffFacts(em, input.invoiceId, today),
    apply: async (_decision, _em, _record, invoice) => writeOff(invoice, reason, today),
    hold: async (_decision, em, _record, read) => {
      const invoice = await em.findOneOrFail(Invoice, read.id, { populate: ['customer'] });
      return {
        result: invoice,
        referral: {
          subject: { type: 'INVOICE', id: invoice.id, label: `Write-off of invoice ${invoice.number}` },
          customerId: invoice.customer.id,
          invoiceId: invoice.id,
          amount: { minor: invoice.outstandingMinor, currency: invoice.currency },
          heldRequest: { invoiceId: invoice.id, reason },
        },
      };
    },
  });
  return { invoice, decision };
}

/** What writeOffInvoice decides on, on `asOf`: the invoice (locked) must still have something outstanding. */
async function writeOffFacts(em: EntityManager, invoiceId: string, asOf: string) {
  const invoice = await findByIdOrFail(em, Invoice, invoiceId, { populate: ['customer'] as never, ...forUpdate(em) });
  if (!OPEN_INVOICE_STATUSES.includes(invoice.status) || invoice.outstandingMinor === 0) {
    throw new BadUserInputError(`Invoice ${invoice.number} is ${invoice.status.toLowerCase().replace('_', ' ')}; there is nothing to write off`, {
      field: 'invoiceId',
    });
  }
  const facts: FactsOf<'writeOffInvoice'> = {
    daysPastDue: daysBetween(invoice.dueDate, asOf),
    outstandingMinor: invoice.outstandingMinor,
    collectionStage: invoice.collectionStage,
    riskTier: invoice.customer.riskTier,
  };
  return { facts, read: invoice };
}

/** The write-off itself: what is outstanding on `on` becomes bad debt. */
function writeOff(invoice: Invoice, reason: string, on: string): Invoice {
  invoice.writtenOffMinor = invoice.outstandingMinor;
  invoice.writeOffReason = reason;
  invoice.writtenOffOn = on;
  invoice.outstandingMinor = 0;
  invoice.status = InvoiceStatus.WRITTEN_OFF;
  return invoice;
}

/**
 * The referral seam of writeOffInvoice (src/modules/referral/referral-appliers.ts): an approved write-off
 * writes off what is outstanding on the day it is approved (decided again on that day's facts); a
 * declined one changes nothing (the invoice was never touched while held).
 */
export const heldWriteOffApplier = {
  async gather(_ctx: RequestContext, em: EntityManager, referral: { invoice: { id: string } | null }, asOf: string) {
    const { facts, read: invoice } = await writeOffFacts(em, referral.invoice!.id, asOf);
    return { facts, read: { invoice, asOf } };
  },
  async apply(_ctx: RequestContext, _em: EntityManager, referral: { heldRequest: Record<string, unknown> }, _decision: Decision, _record: DecisionRecord, read: { invoice: Invoice; asOf: string }) {
    const invoice = writeOff(read.invoice, String(referral.heldRequest.reason), read.asOf);
    return { invoiceId: invoice.id, writtenOff: fromMinorUnits(invoice.writtenOffMinor, invoice.currency), writtenOffOn: invoice.writtenOffOn };
  },
  async release() {
    // Nothing was changed while it was held.
  },
};
