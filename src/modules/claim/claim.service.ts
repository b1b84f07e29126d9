/** Insurance claims: reading them, filing them (rules/claims.json), the insurer's review and settlement. */
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { forUpdate } from '../../db/locking';
import { DecisionOutcome } from '../../policy/decision';
import type { FactsOf } from '../../policy/fact-catalogue';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { addDays, daysBetween } from '../../shared/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { assertFilterId, findByIdOrFail, isUuid } from '../../shared/ids';
import { formatMoney, toMinorUnits } from '../../shared/money';
import { parseAll } from '../../shared/validation';
import { findPage, toPage } from '../../app/pagination';
import { assertVisible, customerCondition } from '../partner';
import { forEveryone } from '../../app/outbox/outbox';
import type { Customer } from '../customer';
import { InsuranceCover, type InsurancePolicy, InsuredRisk, indemnityOf, refusalReasons } from '../insurance';
import { Invoice, InvoiceStatus, OPEN_INVOICE_STATUSES } from '../invoice';
import { originalDueDate } from '../term-extension';
// Every figure in a claim alert is a field partners read on the claim (amount, indemnity, refusal reasons, paid, written off).
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { countryGradeOn } from '../../policy/data/country-risk';
import { Claim, type ClaimCause, ClaimLine, ClaimStatus } from './claim.entity';
import type { ClaimsArgs } from './dto/claims.args';
import { type ClaimPayload, ClaimVerdict, type FileClaimInput, type FileClaimPayload, type ReviewClaimInput, type SettleClaimInput } from './dto/claim.types';

export async function getClaim(ctx: RequestContext, id: string): Promise<Claim> {
  const claim = await findByIdOrFail(ctx.em, Claim, id);
  await assertVisible(ctx, claim.customer.id, 'Claim', id);
  return claim;
}

export async function listClaims(ctx: RequestContext, args: ClaimsArgs) {
  const filter = args.filter ?? {};
  const { page, customerId } = parseAll({
    page: () => toPage(args),
    customerId: () => (filter.customerId ? assertFilterId(filter.customerId, 'filter.customerId') : null),
  });
  const where: FilterQuery<Claim> = {};
  const customer = await customerCondition(ctx, customerId);
  if (customer) where.customer = customer;
  if (filter.status) where.status = filter.status;
  if (filter.cause) where.cause = filter.cause;
  return await findPage(ctx.em, Claim, where, page, [{ filedOn: 'desc' }, { id: 'desc' }]);
}

/**
 * Claims to the credit insurer (rules/claims.json):
 *  - fileClaim: eligibility is the claims policy's: risk covered, invoices issued under cover and within
 *    terms, overdue declared in time, waiting period over, filed before the claim filing deadline. Every
 *    reject rule that fires is a reason, and all of them are returned (json-rules-engine evaluates every
 *    rule). An eligible claim is FILED with its indemnity; a refused one is kept as REJECTED with its reasons.
 *  - indemnity = insured loss × the insurance policy's indemnity percentage (with or without a named
 *    limit), the insured loss being Σ min(outstanding, insured at issue), capped by the cover's limit;
 *    rounded down to the minor unit, in integer arithmetic (indemnityOf).
 *  - reviewClaim (the insurer): APPROVED or REJECTED; settleClaim (the insurer): the payout is recorded
 *    on the invoices (oldest due first) and what it leaves unpaid is written off.
 */
export async function fileClaim(ctx: RequestContext, input: FileClaimInput): Promise<FileClaimPayload> {
  const today = businessDate(ctx.clock);
  const invoiceIds = [...new Set(input.invoiceIds)];
  if (invoiceIds.length === 0) throw new BadUserInputError('invoiceIds must name at least one invoice', { field: 'invoiceIds' });
  if (invoiceIds.length > MAX_INVOICES_PER_CLAIM) throw new BadUserInputError(`a claim names at most ${MAX_INVOICES_PER_CLAIM} invoices`, { field: 'invoiceIds' });
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'fileClaim',
    idempotent: input,
    businessDate: today,
    subject: `Claim on invoices ${invoiceIds.join(', ')}`.slice(0, 100),
    gatherFacts: async (em) => {
      const about = await claimSubject(ctx, em, invoiceIds, today);
      return { facts: claimFacts(ctx, about, input.cause, today), read: about };
    },
    apply: async (_decision, em, record, about, outbox): Promise<Claim> => {
      const claim = createClaim(ctx, em, about, input, today, record, ClaimStatus.FILED, []);
      await outbox.alert(record, { customerId: about.customer.id, invoiceId: claim.invoice?.id }, { alertSource: 'CLAIM_FILED' }, forEveryone(`Claim filed for ${about.customer.name}: insured loss ${claim.amount} ${claim.currency}, indemnity ${claim.indemnity} ${claim.currency}`), today);
      return claim;
    },
    onRefused: async (decision, em, record, about, outbox) => {
      const reasons = refusalReasons(decision);
      const status = decision.outcome === DecisionOutcome.REFERRED ? ClaimStatus.UNDER_REVIEW : ClaimStatus.REJECTED;
      const claim = createClaim(ctx, em, about, input, today, record, status, reasons);
      await outbox.alert(record, { customerId: about.customer.id, invoiceId: claim.invoice?.id }, { alertSource: 'CLAIM_DECIDED', stage: status }, forEveryone(`Claim for ${about.customer.name} ${status === ClaimStatus.REJECTED ? 'refused' : 'referred'}: ${reasons.join('; ')}`), today);
      return claim;
    },
  });
  return {
    outcome: decision.outcome,
    eligible: result.status === ClaimStatus.FILED,
    reasons: result.refusalReasons,
    claim: result,
    decision,
  };
}

/** A bound on the size of one claim: its invoices are read and locked in one statement. Not a policy value. */
const MAX_INVOICES_PER_CLAIM = 100;

interface ClaimSubject {
  customer: Customer;
  invoices: Invoice[];
  policy: InsurancePolicy | null;
  cover: InsuranceCover | null;
}

async function claimSubject(ctx: RequestContext, em: EntityManager, invoiceIds: string[], today: string): Promise<ClaimSubject> {
  for (const id of invoiceIds) if (!isUuid(id)) throw new NotFoundError('Invoice', id);
  const invoices = await em.find(Invoice, { id: { $in: invoiceIds } }, { orderBy: { dueDate: 'asc', id: 'asc' }, ...(forUpdate(em) as object) });
  const missing = invoiceIds.find((id) => !invoices.some((invoice) => invoice.id === id));
  if (missing) throw new NotFoundError('Invoice', missing);
  await em.populate(invoices, ['customer', 'insuranceCover', 'insuranceCover.policy']);
  const customer = invoices[0].customer;
  if (invoices.some((invoice) => invoice.customer.id !== customer.id)) {
    throw new BadUserInputError('the invoices of one claim must belong to one customer; file one claim per customer', { field: 'invoiceIds' });
  }
  for (const invoice of invoices) {
    if (!OPEN_INVOICE_STATUSES.includes(invoice.status) || invoice.outstandingMinor === 0) {
      throw new BadUserInputError(`Invoice ${invoice.number} is ${invoice.status.toLowerCase().replace('_', ' ')}; there is no unpaid amount to claim`, { field: 'invoiceIds' });
    }
  }
  const claimed = await em.findOne(ClaimLine, { invoice: { $in: invoiceIds }, claim: { status: { $ne: ClaimStatus.REJECTED } } }, { populate: ['invoice'] });
  if (claimed) throw new ConflictError(`Invoice ${claimed.invoice.number} is already claimed (claim ${claimed.claim.id}); a rejected claim may be filed again`, { field: 'invoiceIds' });
  const covers = [...new Map(invoices.flatMap((invoice) => (invoice.insuranceCover ? [[invoice.insuranceCover.id, invoice.insuranceCover] as const] : []))).values()];
  if (covers.length > 1) throw new BadUserInputError('the invoices were issued under different insurance policies; file one claim per policy', { field: 'invoiceIds' });
  // Invoices issued without cover still name the policy the customer is covered under today, so the claim says why.
  const cover = covers[0] ?? (await em.findOne(InsuranceCover, { customer: customer.id, policy: { periodStart: { $lte: today }, periodEnd: { $gte: today } } }, { populate: ['policy'] }));
  return { customer, invoices, cover: cover ?? null, policy: cover?.policy ?? null };
}

function claimFacts(ctx: RequestContext, subject: ClaimSubject, cause: ClaimCause, today: string): FactsOf<'fileClaim'> {
  const { invoices, policy, cover, customer } = subject;
  const count = (test: (invoice: Invoice) => boolean) => invoices.filter(test).length;
  const extendedDays = (invoice: Invoice) => daysBetween(originalDueDate(invoice), invoice.dueDate);
  return {
    cause,
    riskCovered: policy?.covers(cause as unknown as InsuredRisk) ?? false,
    invoiceCount: invoices.length,
    uninsuredInvoices: count((invoice) => invoice.insuredMinor === 0),
    invoicesBeyondMaxExtension: policy
      ? count((invoice) => extendedDays(invoice) > 0 && (!policy.covers(InsuredRisk.EXTENDED_TERMS) || extendedDays(invoice) > policy.maxExtensionDays))
      : 0,
    undeclaredInvoices: count((invoice) => invoice.declaredOverdueOn === null),
    lateDeclaredInvoices: policy ? count((invoice) => invoice.declaredOverdueOn !== null && invoice.declaredOverdueOn > declarationDeadline(invoice, policy)) : 0,
    daysPastDue: Math.min(...invoices.map((invoice) => daysBetween(invoice.dueDate, today))),
    waitingPeriodDays: policy?.protractedDefaultWaitingDays ?? 0,
    daysPastFilingDeadline: policy ? Math.max(...invoices.map((invoice) => daysBetween(claimFilingDeadline(invoice, policy), today))) : 0,
    hasNamedLimit: cover?.named ?? false,
    insuredLossMinor: insuredLoss(invoices, cover),
    crossBorder: policy ? customer.country !== policy.country : false,
    countryGrade: countryGradeOn(ctx.policy.current().data, customer.country, today),
  };
}

/** Σ min(outstanding, insured at issue) of the invoices, capped by the cover's limit. */
function insuredLoss(invoices: Invoice[], cover: InsuranceCover | null): number {
  const loss = invoices.reduce((sum, invoice) => sum + Math.min(invoice.outstandingMinor, invoice.insuredMinor), 0);
  return Math.min(loss, cover?.limitMinor ?? 0);
}

function createClaim(ctx: RequestContext, em: EntityManager, subject: ClaimSubject, input: FileClaimInput, today: string, record: DecisionRecord, status: ClaimStatus, reasons: string[]): Claim {
  const { customer, invoices, policy, cover } = subject;
  const lossMinor = insuredLoss(invoices, cover);
  const ppm = policy && cover ? (cover.named ? policy.indemnityPpmWithNamedLimit : policy.indemnityPpmWithoutNamedLimit) : 0;
  const claim = em.create(Claim, {
    customer,
    invoice: invoices.length === 1 ? invoices[0] : null,
    cause: input.cause,
    status,
    currency: invoices[0].currency,
    amountMinor: lossMinor,
    filedOn: today,
    note: input.note?.trim() || null,
    decision: record,
    insurancePolicy: policy,
    indemnityPpm: ppm,
    indemnityMinor: status === ClaimStatus.REJECTED ? 0 : indemnityOf(lossMinor, ppm),
    refusalReasons: reasons,
    createdAt: ctx.clock.now(),
  });
  for (const invoice of invoices) {
    em.create(ClaimLine, { claim, invoice, currency: invoice.currency, insuredLossMinor: Math.min(invoice.outstandingMinor, invoice.insuredMinor) });
  }
  return claim;
}

export async function reviewClaim(ctx: RequestContext, input: ReviewClaimInput): Promise<ClaimPayload> {
  const today = businessDate(ctx.clock);
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'reviewClaim',
    businessDate: today,
    subject: `Claim ${input.claimId}`,
    gatherFacts: async (em) => {
      const claim = await findByIdOrFail(em, Claim, input.claimId, forUpdate(em));
      if (claim.status !== ClaimStatus.FILED && claim.status !== ClaimStatus.UNDER_REVIEW) {
        throw new ConflictError(`Claim ${claim.id} is ${claim.status}; only a FILED or UNDER_REVIEW claim is reviewed`, { field: 'claimId' });
      }
      await em.populate(claim, ['customer']);
      return { facts: { verdict: input.verdict, indemnityMinor: claim.indemnityMinor }, read: claim };
    },
    apply: async (_decision, em, record, claim, outbox) => {
      claim.status = input.verdict === ClaimVerdict.APPROVE ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
      claim.reviewedOn = today;
      claim.reviewNote = input.note?.trim() || null;
      await outbox.alert(record, { customerId: claim.customer.id, invoiceId: claim.invoice?.id }, { alertSource: 'CLAIM_DECIDED', stage: claim.status }, forEveryone(`The insurer ${claim.status.toLowerCase()} the claim for ${claim.customer.name} (indemnity ${claim.indemnity} ${claim.currency})`), today);
      return claim;
    },
  });
  return { claim: result, invoices: await claimInvoices(ctx.em, result), decision };
}

export async function settleClaim(ctx: RequestContext, input: SettleClaimInput): Promise<ClaimPayload> {
  const today = businessDate(ctx.clock);
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'settleClaim',
    businessDate: today,
    subject: `Claim ${input.claimId}`,
    gatherFacts: async (em) => {
      const claim = await findByIdOrFail(em, Claim, input.claimId, forUpdate(em));
      if (claim.status !== ClaimStatus.APPROVED) throw new ConflictError(`Claim ${claim.id} is ${claim.status}; only an APPROVED claim is settled`, { field: 'claimId' });
      const settlementMinor = toMinorUnits(input.amount, claim.currency);
      await em.populate(claim, ['customer']);
      return { facts: { settlementMinor, indemnityMinor: claim.indemnityMinor }, read: { claim, payoutMinor: settlementMinor } };
    },
    apply: async (_decision, em, record, { claim, payoutMinor }, outbox) => {
      if (payoutMinor < 0) throw new BadUserInputError('amount must not be negative', { field: 'amount' });
      const invoices = await claimInvoices(em, claim, true);
      let left = payoutMinor;
      let writtenOffMinor = 0;
      // The payout goes to the invoices oldest due first; what it leaves unpaid is written off.
      for (const invoice of invoices) {
        if (!OPEN_INVOICE_STATUSES.includes(invoice.status)) continue;
        const share = Math.min(left, invoice.outstandingMinor);
        left -= share;
        invoice.indemnifiedMinor += share;
        invoice.outstandingMinor -= share;
        writtenOffMinor += invoice.outstandingMinor;
        invoice.writtenOffMinor = invoice.outstandingMinor;
        invoice.outstandingMinor = 0;
        invoice.writtenOffOn = today;
        invoice.writeOffReason = `Claim settled by the insurer: ${formatMoney(share, invoice.currency)} indemnified, the rest written off`;
        invoice.status = InvoiceStatus.WRITTEN_OFF;
      }
      if (left > 0) throw new ConflictError(`The payout exceeds what is still outstanding on the claimed invoices by ${formatMoney(left, claim.currency)}`, { field: 'amount' });
      claim.status = ClaimStatus.PAID;
      claim.paidMinor = payoutMinor;
      claim.paidOn = today;
      claim.writtenOffMinor = writtenOffMinor;
      await outbox.alert(record, { customerId: claim.customer.id, invoiceId: claim.invoice?.id }, { alertSource: 'CLAIM_DECIDED', stage: ClaimStatus.PAID }, forEveryone(`The insurer paid ${claim.paid} ${claim.currency} on the claim for ${claim.customer.name}; ${claim.writtenOff} ${claim.currency} written off`), today);
      return claim;
    },
  });
  return { claim: result, invoices: await claimInvoices(ctx.em, result), decision };
}

async function claimInvoices(em: EntityManager, claim: Claim, lock = false): Promise<Invoice[]> {
  const lines = await em.find(ClaimLine, { claim: claim.id }, { fields: ['invoice'] });
  return em.find(Invoice, { id: { $in: lines.map((line) => line.invoice.id) } }, { orderBy: { dueDate: 'asc', id: 'asc' }, ...((lock ? forUpdate(em) : {}) as object) });
}

export function declarationDeadline(invoice: Invoice, policy: InsurancePolicy): string {
  return addDays(invoice.dueDate, policy.declarationDeadlineDays);
}

export function claimFilingDeadline(invoice: Invoice, policy: InsurancePolicy): string {
  return addDays(invoice.dueDate, policy.claimFilingDeadlineDays);
}
