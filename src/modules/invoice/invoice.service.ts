/**
 * What happens when an invoice is issued: the payment term comes from rules/payment-terms.json by
 * risk tier and relationship, the limit check from rules/credit-limits.json, the supply check from
 * rules/collections.json. This service gathers the facts and applies what the policy decided.
 * Writing an invoice off as bad debt (rules/write-offs.json) lives here too.
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { DecisionOutcome, eventsOfType } from '../../policy/decision';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { FactsOf } from '../../policy/fact-catalogue';
import { alertsFor, forEveryone, raiseAlert } from '../alert';
import { Customer } from '../customer';
import { Exposure } from '../exposure';
import { assertVisible, customerCondition } from '../partner';
import { insuranceAtIssue } from '../insurance';
import type { DecisionRecord } from '../../app/decision-record.entity';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { addDays, assertIsoDate, daysBetween, pastOrToday, yearsBetween } from '../../shared/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { positiveMinorUnits } from '../../shared/money';
import { parseAll } from '../../shared/validation';
import { findPage, toPage } from '../../app/pagination';
import { assertFilterId, findByIdOrFail } from '../../shared/ids';
import { forUpdate } from '../../db/locking';
import type { IssueInvoiceInput } from './dto/issue-invoice.input';
import type { InvoicesArgs } from './dto/invoices.args';
import { Invoice, InvoiceStatus, invoiceNumberKey, OPEN_INVOICE_STATUSES } from './invoice.entity';
import type { WriteOffInvoiceInput } from './dto/write-off-invoice.input';

export async function getInvoice(ctx: RequestContext, id: string): Promise<Invoice> {
  const invoice = await ctx.loaders.invoice.load(id);
  if (!invoice) throw new NotFoundError('Invoice', id);
  await assertVisible(ctx, invoice.customer.id, 'Invoice', id);
  return invoice;
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
export async function receivableSumsByCustomer(em: EntityManager, customerIds: readonly string[]): Promise<Map<string, { outstandingMinor: number; insuredMinor: number }>> {
  const rows = await em
    .createQueryBuilder(Invoice, 'i')
    .select([
      raw('i.customer_id as customer_id'),
      raw('sum(i.outstanding_minor) as outstanding'),
      raw('sum(case when i.outstanding_minor < i.insured_minor then i.outstanding_minor else i.insured_minor end) as insured'),
    ])
    .where({ customer: { $in: [...customerIds] }, status: { $in: OPEN_INVOICE_STATUSES } })
    .groupBy('i.customer')
    .execute<{ customer_id: string; outstanding: string | number; insured: string | number }[]>('all', false);
  return new Map(rows.map((row) => [String(row.customer_id), { outstandingMinor: Number(row.outstanding), insuredMinor: Number(row.insured) }]));
}

export async function issueInvoice(ctx: RequestContext, input: IssueInvoiceInput) {
  const today = businessDate(ctx.clock);
  const { issueDate, amountMinor } = parseAll({
    issueDate: () => pastOrToday(input.issueDate, 'issueDate', today),
    amountMinor: () => positiveMinorUnits(input.amount, input.currency),
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
      const exposure = await em.findOneOrFail(Exposure, { customer: customer.id }, forUpdate(em));
      const outstandingMinor = (await outstandingByCustomer(em, [customer.id])).get(customer.id) ?? 0;
      const facts = {
        grade: customer.grade,
        riskTier: customer.riskTier,
        relationshipYears: yearsBetween(customer.relationshipStart, issueDate),
        customerStatus: customer.status,
        invoiceAmountMinor: amountMinor,
        creditLimitMinor: exposure.creditLimitMinor,
        outstandingMinor,
        availableMinor: exposure.creditLimitMinor - outstandingMinor,
        exceedsLimitByMinor: outstandingMinor + amountMinor - exposure.creditLimitMinor,
      };
      return { facts, read: { customer, facts } };
    },
    apply: async (decision, em, record, { customer, facts }) => {
      const terms = eventsOfType(decision, 'set-payment-term').map((params) => Number(params.days));
      // Prepayment: due on issue. Overlapping term rules: the shortest term is the prudent one.
      // (decide() refers an invoice that no term rule covers, so one of the two is always there.)
      const termDays = decision.outcome === DecisionOutcome.REQUIRES_PREPAYMENT ? 0 : Math.min(...terms);

      // Credit insurance: the part the customer's cover takes, fixed at issue (the exposure row is locked).
      const insurance = await insuranceAtIssue(em, customer.id, issueDate, amountMinor, termDays);
      const invoice = em.create(Invoice, {
        number: input.number,
        customer,
        currency: input.currency,
        amountMinor,
        outstandingMinor: amountMinor,
        issueDate,
        termDays,
        dueDate: addDays(issueDate, termDays),
        decision: record,
        insuredMinor: insurance.insuredMinor,
        insuranceCover: insurance.cover,
        uninsuredReason: insurance.uninsuredReason,
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      });
      await alertOnUtilisation(ctx, em, record, facts, invoice, issueDate);
      return invoice;
    },
  });
  return { invoice, decision };
}

/**
 * Limit utilisation: the alert rules/alerts.json names for the utilisation after this invoice, if
 * the invoice took the customer into it (an alert the utilisation before did not already call for).
 * So crossing 90% raises one warning, not one per invoice while above it.
 */
async function alertOnUtilisation(ctx: RequestContext, em: EntityManager, record: DecisionRecord, facts: FactsOf<'issueInvoice'>, invoice: Invoice, asOf: string) {
  if (facts.creditLimitMinor <= 0) return;
  const utilisation = (outstandingMinor: number) => ({ alertSource: 'LIMIT_UTILISATION', utilization: outstandingMinor / facts.creditLimitMinor });
  const after = await alertsFor(ctx.policy, utilisation(facts.outstandingMinor + facts.invoiceAmountMinor), asOf);
  if (after.length === 0) return;
  const before = new Set((await alertsFor(ctx.policy, utilisation(facts.outstandingMinor), asOf)).map((alert) => `${alert.type}/${alert.severity}`));
  if (after.every((alert) => before.has(`${alert.type}/${alert.severity}`))) return;
  const percent = Math.round(((facts.outstandingMinor + facts.invoiceAmountMinor) / facts.creditLimitMinor) * 100);
  await raiseAlert(
    ctx,
    em,
    record,
    { customerId: invoice.customer.id, invoiceId: invoice.id },
    utilisation(facts.outstandingMinor + facts.invoiceAmountMinor),
    // Partners read the credit limit and its utilisation on the exposure.
    forEveryone(`Invoice ${invoice.number} takes ${invoice.customer.name} to ${percent}% of its credit limit`),
    asOf,
    (alert) => !before.has(`${alert.type}/${alert.severity}`),
  );
}

/**
 * Writes off the rest of an invoice as bad debt: it leaves the outstanding (and so the exposure) and
 * is kept in writtenOff for the bad-debt figures. rules/write-offs.json decides when that is allowed.
 */
export async function writeOffInvoice(ctx: RequestContext, input: WriteOffInvoiceInput) {
  const today = businessDate(ctx.clock);
  const { result: invoice, decision } = await runPolicyMutation(ctx, {
    mutation: 'writeOffInvoice',
    businessDate: today,
    subject: `Write-off of invoice ${input.invoiceId}`,
    gatherFacts: async (em) => {
      const invoice = await findByIdOrFail(em, Invoice, input.invoiceId, { populate: ['customer'] as never, ...forUpdate(em) });
      if (!OPEN_INVOICE_STATUSES.includes(invoice.status) || invoice.outstandingMinor === 0) {
        throw new BadUserInputError(`Invoice ${invoice.number} is ${invoice.status.toLowerCase().replace('_', ' ')}; there is nothing to write off`, {
          field: 'invoiceId',
        });
      }
      const facts = {
        daysPastDue: daysBetween(invoice.dueDate, today),
        outstandingMinor: invoice.outstandingMinor,
        collectionStage: invoice.collectionStage,
        riskTier: invoice.customer.riskTier,
      };
      return { facts, read: invoice };
    },
    apply: async (_decision, _em, _record, invoice) => {
      invoice.writtenOffMinor = invoice.outstandingMinor;
      invoice.writeOffReason = input.reason.trim();
      invoice.writtenOffOn = today;
      invoice.outstandingMinor = 0;
      invoice.status = InvoiceStatus.WRITTEN_OFF;
      return invoice;
    },
  });
  return { invoice, decision };
}
