/**
 * Credit insurance: the insurer's policies and the cover on each customer (rules/claims.json for the
 * default terms of a new policy, rules/insurance-cover.json for cover decisions).
 *  - createInsurancePolicy: the terms a risk officer leaves out come from the set-insurance-terms
 *    event; the policy keeps them (a later change of the rules applies to policies recorded after it).
 *  - requestInsuredLimit: asked and decided like a credit limit: APPROVED, PARTIAL (the lowest cap),
 *    REFERRED or REJECTED in the payload; the cap says whether the insurer names the limit.
 *  - insuranceAtIssue: how much of a new invoice the cover takes: nothing beyond the maximum credit
 *    term, at most the headroom left under the insured limit.
 * Percentages are parts per million, so indemnity and premium are exact integer arithmetic.
 */
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { forUpdate } from '../../db/locking';
import { DecisionOutcome, eventsOfType, type Decision } from '../../policy/decision';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { assertIsoDate, daysBetween } from '../../shared/dates';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { findByIdOrFail } from '../../shared/ids';
import { applyPpmRoundingDown, applyRatioRoundingDown, formatMoney, fromMinorUnits, isExactPercent, positiveMinorUnits, PPM, PPM_PER_PERCENT } from '../../shared/money';
import { exactPercentMessage, parseAll } from '../../shared/validation';
import { findPage, toPage, type PageArgs } from '../../app/pagination';
import type { Outbox } from '../../app/outbox/outbox';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { FactsOf } from '../../policy/fact-catalogue';
import type { ReferralApplier } from '../referral';
import { Customer } from '../customer';
import { Exposure, CreditLimitOutcome } from '../exposure';
import { Invoice, OPEN_INVOICE_STATUSES } from '../invoice';
import { countryGradeOn } from '../../policy/data/country-risk';
import type { CreateInsurancePolicyInput, RequestInsuredLimitInput, RequestInsuredLimitPayload } from './dto/insurance.types';
import { InsuranceCover, InsurancePolicy, InsuredRisk } from './insurance-policy.entity';


/** A percent with at most 4 decimals (0.15, 87.5) as parts per million, exactly. */
export function percentToPpm(percent: number, field: string): number {
  if (!isExactPercent(percent)) throw new BadUserInputError(exactPercentMessage(field, percent), { field });
  return Math.round(percent * PPM_PER_PERCENT);
}

/** Indemnity of an insured loss: loss × percentage, rounded DOWN to the minor unit (the insurer pays no fraction it does not owe). */
export function indemnityOf(insuredLossMinor: number, ppm: number): number {
  return applyPpmRoundingDown(insuredLossMinor, ppm);
}

/** Premium on an insured turnover: turnover × rate, rounded HALF-UP to the minor unit. */
export function premiumOf(insuredTurnoverMinor: number, ppm: number): number {
  return Number((BigInt(insuredTurnoverMinor) * BigInt(ppm) * 2n + PPM) / (2n * PPM));
}

/** The input's shape (country, period, terms in range, not blank) is checked on CreateInsurancePolicyInput, every field at once. */
export async function createInsurancePolicy(ctx: RequestContext, input: CreateInsurancePolicyInput) {
  const today = businessDate(ctx.clock);
  const { periodStart, periodEnd } = parseAll({
    periodStart: () => assertIsoDate(input.periodStart, 'periodStart'),
    periodEnd: () => assertIsoDate(input.periodEnd, 'periodEnd'),
  });
  const insurer = input.insurer.trim();
  const number = input.number.trim();
  const coveredRisks = [...new Set(input.coveredRisks)];

  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'createInsurancePolicy',
    businessDate: today,
    subject: `Insurance policy ${number}`,
    gatherFacts: async (em) => {
      if (await em.count(InsurancePolicy, { number })) throw new ConflictError(`Insurance policy number ${number} is already used`, { field: 'number' });
      return { facts: { periodDays: daysBetween(periodStart, periodEnd) + 1, coveredRiskCount: coveredRisks.length }, read: undefined };
    },
    apply: async (decision, em, record) => {
      // decide() refers a policy no terms rule covers, so there is one here (the first, should several fire).
      const terms = eventsOfType(decision, 'set-insurance-terms')[0];
      // Terms the input gives were checked on it; those of the rules by rules:check (whole days in range).
      const pick = <K extends keyof CreateInsurancePolicyInput>(name: K): number => Number(input[name] ?? terms[name]);
      return em.create(InsurancePolicy, {
        insurer,
        number,
        country: input.country,
        periodStart,
        periodEnd,
        coveredRisks,
        indemnityPpmWithNamedLimit: percentToPpm(pick('indemnityPercentWithNamedLimit'), 'indemnityPercentWithNamedLimit'),
        indemnityPpmWithoutNamedLimit: percentToPpm(pick('indemnityPercentWithoutNamedLimit'), 'indemnityPercentWithoutNamedLimit'),
        maxCreditTermDays: pick('maxCreditTermDays'),
        maxExtensionDays: pick('maxExtensionDays'),
        protractedDefaultWaitingDays: pick('protractedDefaultWaitingDays'),
        declarationDeadlineDays: pick('declarationDeadlineDays'),
        claimFilingDeadlineDays: pick('claimFilingDeadlineDays'),
        premiumRatePpm: percentToPpm(pick('premiumRatePercent'), 'premiumRatePercent'),
        decision: record,
        createdAt: ctx.clock.now(),
      });
    },
  });
  return { insurancePolicy: result, decision };
}

export async function listInsurancePolicies(ctx: RequestContext, args: PageArgs) {
  const page = toPage(args);
  return await findPage(ctx.em, InsurancePolicy, {}, page, [{ periodStart: 'desc' }, { id: 'desc' }]);
}

interface CoverAnswer {
  outcome: CreditLimitOutcome;
  grantedMinor: number | null;
  currency: string;
  cover: InsuranceCover | null;
  reasons: string[];
}

export async function requestInsuredLimit(ctx: RequestContext, input: RequestInsuredLimitInput): Promise<RequestInsuredLimitPayload> {
  const today = businessDate(ctx.clock);
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'requestInsuredLimit',
    businessDate: today,
    subject: `Insured limit of customer ${input.customerId}`,
    gatherFacts: (em) => gatherCoverFacts(ctx, em, input.insurancePolicyId, input.customerId, (customer) => positiveMinorUnits(input.amount, customer.currency), today),
    apply: (decision, em, record, read, outbox): Promise<CoverAnswer> => grantCover(em, decision, record, read, outbox, today),
    // Rejected (tier D): the alert, no cover change.
    onRefused: async (decision, _em, record, read, outbox) => refusedCover(decision, record, read, outbox, today),
    // Referred (a buyer in a country graded 6 or worse): the request is held by its referral; approving
    // it grants the cover as an approved request would (heldCoverApplier).
    hold: async (decision, _em, record, read, outbox) => {
      const answer = await refusedCover(decision, record, read, outbox, today);
      const { customer, policy, requestedMinor, currency } = read;
      return {
        result: answer,
        referral: {
          subject: { type: 'CUSTOMER', id: customer.id, label: `Insured limit of ${customer.name} under insurance policy ${policy.number}` },
          customerId: customer.id,
          amount: { minor: requestedMinor, currency },
          heldRequest: { insurancePolicyId: policy.id, customerId: customer.id, amount: fromMinorUnits(requestedMinor, currency), currency },
        },
      };
    },
  });
  return {
    outcome: result.outcome,
    granted: result.grantedMinor === null ? null : fromMinorUnits(result.grantedMinor, result.currency),
    cover: result.cover,
    reasons: result.reasons,
    decision,
  };
}

interface CoverRead {
  policy: InsurancePolicy;
  customer: Customer;
  exposure: Exposure;
  cover: InsuranceCover | null;
  requestedMinor: number;
  currency: string;
}

/** The cover facts of a customer under a policy on `asOf` (the exposure row locked), and what granting the cover needs. */
async function gatherCoverFacts(ctx: RequestContext, em: EntityManager, policyId: string, customerId: string, requested: (customer: Customer) => number, asOf: string): Promise<{ facts: FactsOf<'requestInsuredLimit'>; read: CoverRead }> {
  const policy = await findByIdOrFail(em, InsurancePolicy, policyId);
  const customer = await findByIdOrFail(em, Customer, customerId);
  if (policy.periodEnd < asOf) {
    throw new BadUserInputError(`Insurance policy ${policy.number} ended on ${policy.periodEnd}; ask for cover under one in force`, { field: 'insurancePolicyId' });
  }
  const { currency } = customer;
  const requestedMinor = requested(customer);
  // The customer's exposure row serialises cover and credit changes of one customer.
  const exposure = await em.findOneOrFail(Exposure, { customer: customer.id }, forUpdate(em));
  const cover = await em.findOne(InsuranceCover, { policy: policy.id, customer: customer.id });
  const facts = {
    grade: customer.grade,
    riskTier: customer.riskTier,
    creditLimitMinor: exposure.creditLimitMinor,
    requestedMinor,
    currentInsuredLimitMinor: cover?.limitMinor ?? 0,
    requestedShareOfCreditLimit: exposure.creditLimitMinor > 0 ? Math.round((requestedMinor / exposure.creditLimitMinor) * 10_000) / 10_000 : 0,
    countryGrade: countryGradeOn(ctx.policy.current().data, customer.country, asOf),
  };
  return { facts, read: { policy, customer, exposure, cover, requestedMinor, currency } };
}

/** The cover a decision grants: the amount asked up to the lowest cap, named as the cap says; `approval` names the referral that let it through. */
async function grantCover(em: EntityManager, decision: Decision, record: DecisionRecord, read: CoverRead, outbox: Outbox, asOf: string, approval = ''): Promise<CoverAnswer> {
  const { policy, customer, exposure, cover: existing, requestedMinor, currency } = read;
  const cap = lowestCap(decision, exposure.creditLimitMinor);
  // decide() refers a request no cap covers, so there is one here (an approved referral without one grants what was asked).
  const grantedMinor = Math.min(requestedMinor, cap?.minor ?? requestedMinor);
  const cover = existing ?? em.create(InsuranceCover, { policy, customer, currency });
  cover.limitMinor = grantedMinor;
  cover.named = cap?.named ?? false;
  cover.decision = record;
  const outcome = grantedMinor < requestedMinor ? CreditLimitOutcome.PARTIAL : CreditLimitOutcome.APPROVED;
  await alertCover(outbox, record, customer.id, outcome, `Insured limit ${outcome.toLowerCase()}: ${formatMoney(grantedMinor, currency)} ${cover.named ? 'named by the insurer' : 'without a named limit'} (asked ${formatMoney(requestedMinor, currency)})${approval}`, asOf);
  return { outcome, grantedMinor, currency, cover, reasons: [] };
}

/** A refused request (REJECTED, or REFERRED and held): its alert; the cover stays as it is. */
async function refusedCover(decision: Decision, record: DecisionRecord, read: CoverRead, outbox: Outbox, asOf: string): Promise<CoverAnswer> {
  const reasons = refusalReasons(decision);
  const outcome = decision.outcome === DecisionOutcome.REFERRED ? CreditLimitOutcome.REFERRED : CreditLimitOutcome.REJECTED;
  await alertCover(outbox, record, read.customer.id, outcome, `Insured limit ${outcome.toLowerCase()} (asked ${formatMoney(read.requestedMinor, read.currency)}): ${reasons.join('; ')}`, asOf);
  return { outcome, grantedMinor: null, currency: read.currency, cover: read.cover, reasons };
}

/**
 * The referral seam of requestInsuredLimit (src/modules/referral/referral-appliers.ts): an approved
 * referral grants the cover asked, decided again on the day's facts (the exposure locked), as an
 * approved request grants it: up to the lowest cap, named as it says. A declined request changes nothing.
 */
export const heldCoverApplier: ReferralApplier<'requestInsuredLimit', CoverRead & { asOf: string }> = {
  async gather(ctx, em, referral, asOf) {
    const held = referral.heldRequest as { insurancePolicyId: string; customerId: string; amount: string };
    const { facts, read } = await gatherCoverFacts(ctx, em, held.insurancePolicyId, held.customerId, (customer) => positiveMinorUnits(held.amount, customer.currency), asOf);
    return { facts, read: { ...read, asOf } };
  },
  async apply(_ctx, em, referral, decision, record, read, outbox, { approvedBy }) {
    const answer = await grantCover(em, decision, record, read, outbox, read.asOf, ` on referral ${referral.id}, approved by ${approvedBy.join(', ')}`);
    return { coverId: answer.cover!.id, insuredLimit: fromMinorUnits(answer.grantedMinor!, answer.currency), named: answer.cover!.named };
  },
  async release() {
    // Nothing was changed while it was held.
  },
};

/** Partners read the outcome only: the amounts asked and granted and the reasons are the insurance contract's. */
function alertCover(outbox: Outbox, record: DecisionRecord, customerId: string, outcome: CreditLimitOutcome, staffMessage: string, asOf: string) {
  const partner = `Insured limit decision: ${outcome.toLowerCase()}`;
  return outbox.alert(record, { customerId }, { alertSource: 'INSURED_LIMIT_DECISION' }, { staff: staffMessage, partner }, asOf);
}

/** The lowest cap that fired, in minor units of the credit limit (rounded down), and whether the insurer names it. */
function lowestCap(decision: Decision, creditLimitMinor: number): { minor: number; named: boolean } | null {
  const caps = eventsOfType(decision, 'cap-insured-limit').map((params) => ({
    minor: applyRatioRoundingDown(creditLimitMinor, Number(params.shareOfCreditLimit)),
    named: params.namedLimit === true,
  }));
  return caps.sort((a, b) => a.minor - b.minor || Number(a.named) - Number(b.named))[0] ?? null;
}

/** Every reject and refer reason of a decision, as "reason (policy / rule)". */
export function refusalReasons(decision: Decision): string[] {
  const reasons = decision.firedRules
    .filter((fired) => fired.event.type === 'reject' || fired.event.type === 'refer')
    .map((fired) => `${String(fired.event.params.reason)} (${fired.policy} / ${fired.rule})`);
  return reasons.length > 0 ? reasons : [decision.explanation];
}

/** Insured outstanding of open invoices per customer: Σ min(outstanding, insured), in one query. */
export async function insuredOutstandingByCustomer(em: EntityManager, customerIds: readonly string[]): Promise<Map<string, number>> {
  if (customerIds.length === 0) return new Map();
  const rows = await em
    .createQueryBuilder(Invoice, 'i')
    .select([raw('i.customer_id as customer_id'), raw('sum(case when i.outstanding_minor < i.insured_minor then i.outstanding_minor else i.insured_minor end) as insured')])
    .where({ customer: { $in: [...customerIds] }, status: { $in: OPEN_INVOICE_STATUSES }, insuredMinor: { $gt: 0 } })
    .groupBy('i.customer')
    .execute<{ customer_id: string; insured: string | number }[]>('all', false);
  return new Map(rows.map((row) => [String(row.customer_id), Number(row.insured)]));
}

export interface InsuranceAtIssue {
  cover: InsuranceCover | null;
  insuredMinor: number;
  uninsuredReason: string | null;
}

/**
 * How much of a new invoice is insured: the customer's cover under a policy in force on the issue
 * date (the latest-starting one), nothing when the term is longer than the policy's maximum credit
 * term, otherwise up to the headroom left under the insured limit. Called with the customer's
 * exposure row locked (issueInvoice), so two invoices cannot both take the same headroom.
 */
export async function insuranceAtIssue(em: EntityManager, customerId: string, issueDate: string, amountMinor: number, termDays: number): Promise<InsuranceAtIssue> {
  const covers = await em.find(
    InsuranceCover,
    { customer: customerId, limitMinor: { $gt: 0 }, policy: { periodStart: { $lte: issueDate }, periodEnd: { $gte: issueDate } } },
    { populate: ['policy'], orderBy: { policy: { periodStart: 'desc' } } },
  );
  const cover = covers[0];
  if (!cover) return { cover: null, insuredMinor: 0, uninsuredReason: 'no insurance cover on the customer on the issue date' };
  const policy = cover.policy;
  if (termDays > policy.maxCreditTermDays) {
    return { cover, insuredMinor: 0, uninsuredReason: `term of ${termDays} days beyond the maximum credit term of ${policy.maxCreditTermDays} days (insurance policy ${policy.number})` };
  }
  const insuredOutstanding = (await insuredOutstandingByCustomer(em, [customerId])).get(customerId) ?? 0;
  const headroom = Math.max(0, cover.limitMinor - insuredOutstanding);
  const insuredMinor = Math.min(amountMinor, headroom);
  const uninsuredReason =
    insuredMinor < amountMinor
      ? `beyond the insured limit of ${formatMoney(cover.limitMinor, cover.currency)}: ${formatMoney(insuredMinor, cover.currency)} of ${formatMoney(amountMinor, cover.currency)} insured`
      : null;
  return { cover, insuredMinor, uninsuredReason };
}

export function isCovered(policy: InsurancePolicy, risk: InsuredRisk): boolean {
  return policy.coveredRisks.includes(risk);
}

/**
 * Premium per insurance policy and currency for invoices issued from `from` to `to` (both included):
 * the insured turnover (Σ insured at issue) × the policy's premium rate, rounded half-up to the minor unit.
 * One GROUP BY statement, whatever the number of invoices.
 */
export async function premium(ctx: RequestContext, from: string, to: string) {
  parseAll({ from: () => assertIsoDate(from, 'from'), to: () => assertIsoDate(to, 'to') });
  if (to < from) throw new BadUserInputError(`to ${to} lies before from ${from}`, { field: 'to' });
  const rows: Array<Record<string, unknown>> = await ctx.em.execute(
    ctx.em
      .getKnex()
      .select('v.policy_id', 'i.currency')
      .count({ invoices: '*' })
      .sum({ insured: 'i.insured_minor' })
      .from('invoice as i')
      .join('insurance_cover as v', 'v.id', 'i.insurance_cover_id')
      .where('i.insured_minor', '>', 0)
      .whereBetween('i.issue_date', [from, to])
      .groupBy('v.policy_id', 'i.currency')
      .orderBy(['v.policy_id', 'i.currency']),
  );
  const policies = await ctx.em.find(InsurancePolicy, { id: { $in: [...new Set(rows.map((row) => String(row.policy_id)))] } });
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  return rows.map((row) => {
    const policy = byId.get(String(row.policy_id))!;
    const currency = String(row.currency);
    const turnover = Number(row.insured);
    return {
      policy,
      currency,
      insuredTurnover: fromMinorUnits(turnover, currency),
      invoiceCount: Number(row.invoices),
      premiumRatePercent: policy.premiumRatePercent,
      premium: fromMinorUnits(premiumOf(turnover, policy.premiumRatePpm), currency),
    };
  });
}
