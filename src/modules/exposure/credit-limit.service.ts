/**
 * Credit limits after onboarding (rules/credit-limits.json):
 *  - requestCreditLimit: a limit asked for is approved up to the caps (new customers, risk tier),
 *    granted partly (the cap) when it asks for more, or referred / rejected. Every answer, refusals
 *    included, is an entry of the limit history written with its decision record in one transaction;
 *    a refusal is returned as the payload's outcome rather than a POLICY_REJECTED error, because
 *    "referred" is an ordinary answer to a request.
 *  - reviewCreditLimits(asOf): the periodic review of every limit, in keyset batches: a limit above
 *    its cap is REDUCED, one whose on-time payments earned a step is stepped up. Idempotent for a date.
 * Each change raises the LIMIT_DECISION alert rules/alerts.json names.
 */
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { forUpdate } from '../../db/locking';
import { DecisionOutcome, eventsOfType, type Decision } from '../../policy/decision';
import type { FactsOf } from '../../policy/fact-catalogue';
import { outboxOf, runPolicyMutation } from '../../app/policy-pipeline';
import type { PolicyService } from '../../policy/policy.service';
import type { RequestContext } from '../../app/context';
import { businessDate, type Clock } from '../../shared/clock';
import { yearsBetween } from '../../shared/dates';
import { findByIdOrFail } from '../../shared/ids';
import { applyRatioRoundingDown, formatMoney, fromMinorUnits, positiveMinorUnits } from '../../shared/money';
import type { Outbox } from '../../app/outbox/outbox';
import { Customer, paymentRecordByCustomer, type PaymentRecord } from '../customer';
import { outstandingByCustomer } from '../invoice';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { ReferralApplier } from '../referral';
import { CreditLimitOutcome, type CreditLimitReviewResult, type RequestCreditLimitInput, type RequestCreditLimitPayload } from './dto/credit-limit.types';
import { Exposure, LimitDecision, LimitDecisionKind } from './exposure.entity';
import { ExposureView } from './exposure.view';

const NO_PAYMENTS: PaymentRecord = { onTime: 0, late: 0 };

interface LimitAnswer {
  outcome: CreditLimitOutcome;
  grantedMinor: number | null;
  entry: LimitDecision;
  exposure: Exposure;
}

export async function requestCreditLimit(ctx: RequestContext, input: RequestCreditLimitInput): Promise<RequestCreditLimitPayload> {
  const today = businessDate(ctx.clock);
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'requestCreditLimit',
    businessDate: today,
    subject: `Credit limit of customer ${input.customerId}`,
    idempotent: input,
    gatherFacts: (em) => gatherLimitFacts(em, input.customerId, (customer) => positiveMinorUnits(input.amount, customer.currency), today),
    apply: async (decision, em, record, { exposure, requestedMinor }, outbox): Promise<LimitAnswer> => {
      // decide() refers a request no cap covers, so there is always one here.
      const capMinor = capOf(decision, exposure.customer.monthlySalesMinor)!;
      const grantedMinor = Math.min(requestedMinor, capMinor);
      const partial = grantedMinor < requestedMinor;
      const reason = partial
        ? `Asked ${formatMoney(requestedMinor, exposure.currency)}, granted the cap of ${formatMoney(capMinor, exposure.currency)}`
        : `Asked ${formatMoney(requestedMinor, exposure.currency)}, granted in full`;
      const entry = await recordLimitDecision(ctx, em, outbox, exposure, record, {
        kind: partial ? LimitDecisionKind.PARTLY_APPROVED : LimitDecisionKind.APPROVED,
        requestedMinor,
        newLimitMinor: grantedMinor,
        reason,
        asOf: today,
      });
      return { outcome: partial ? CreditLimitOutcome.PARTIAL : CreditLimitOutcome.APPROVED, grantedMinor, entry, exposure };
    },
    // Rejected (tier D): a limit-history entry, no limit change.
    onRefused: (decision, em, record, { requestedMinor }, outbox) => refusedLimit(ctx, em, outbox, decision, record, input.customerId, requestedMinor, today),
    // Referred (e.g. above 3 times monthly sales): the request is pending, as its REFERRED limit-history
    // entry and the referral that holds it; approving it sets the limit (heldLimitApplier).
    hold: async (decision, em, record, { requestedMinor }, outbox) => {
      const answer = await refusedLimit(ctx, em, outbox, decision, record, input.customerId, requestedMinor, today);
      const { customer, currency } = answer.exposure;
      return {
        result: answer,
        referral: {
          subject: { type: 'CUSTOMER', id: customer.id, label: `Credit limit of ${customer.name}` },
          customerId: customer.id,
          amount: { minor: requestedMinor, currency },
          heldRequest: { customerId: customer.id, amount: fromMinorUnits(requestedMinor, currency), currency },
        },
      };
    },
  });
  const customerId = result.exposure.customer.id;
  const outstandingMinor = (await outstandingByCustomer(ctx.em, [customerId])).get(customerId) ?? 0;
  return {
    outcome: result.outcome,
    granted: result.grantedMinor === null ? null : fromMinorUnits(result.grantedMinor, result.exposure.currency),
    exposure: new ExposureView({ exposure: result.exposure, outstandingMinor }),
    limitDecision: result.entry,
    decision,
  };
}

/** A refused request (REJECTED, or REFERRED and pending): its limit-history entry; the limit stays. */
async function refusedLimit(ctx: RequestContext, em: EntityManager, outbox: Outbox, decision: Decision, record: DecisionRecord, customerId: string, requestedMinor: number, asOf: string): Promise<LimitAnswer> {
  const exposure = await em.findOneOrFail(Exposure, { customer: customerId }, { populate: ['customer'] });
  const referred = decision.outcome === DecisionOutcome.REFERRED;
  const entry = await recordLimitDecision(ctx, em, outbox, exposure, record, {
    kind: referred ? LimitDecisionKind.REFERRED : LimitDecisionKind.REJECTED,
    requestedMinor,
    newLimitMinor: exposure.creditLimitMinor,
    reason: `Asked ${formatMoney(requestedMinor, exposure.currency)}: ${refusalReasons(decision)}`,
    asOf,
  });
  return { outcome: referred ? CreditLimitOutcome.REFERRED : CreditLimitOutcome.REJECTED, grantedMinor: null, entry, exposure };
}

/** The limit facts of a customer on `asOf` (the exposure row locked), and what setting the limit needs. */
async function gatherLimitFacts(em: EntityManager, customerId: string, requested: (customer: Customer) => number, asOf: string) {
  const customer = await findByIdOrFail(em, Customer, customerId);
  const requestedMinor = requested(customer);
  const exposure = await em.findOneOrFail(Exposure, { customer: customer.id }, forUpdate(em));
  const payments = (await paymentRecordByCustomer(em, [customer.id])).get(customer.id) ?? NO_PAYMENTS;
  return { facts: limitFacts(customer, exposure, payments, requestedMinor, asOf), read: { exposure, requestedMinor } };
}

/**
 * The referral seam of requestCreditLimit (src/modules/referral/referral-appliers.ts): an approved
 * referral sets the limit asked for, decided again on the day's facts (the exposure locked). The
 * approval is the override: a limit above the caps is granted as asked, and the records show who
 * let it through (the re-decision with its caps, the approval, the limit-history entry naming both).
 * A declined or withdrawn request changes nothing: its REFERRED entry stays, the referral tells the rest.
 */
export const heldLimitApplier: ReferralApplier<'requestCreditLimit', { exposure: Exposure; requestedMinor: number; grantedMinor: number; asOf: string }> = {
  // A lower limit than asked (the referral's amount is the limit asked).
  modifiable: ['amount'],
  async gather(_ctx, em, referral, asOf, modification) {
    const held = referral.heldRequest as { customerId: string; amount: string };
    // The policy decides the limit to be granted: the one asked, or the lower one the approver set.
    const { facts, read } = await gatherLimitFacts(em, held.customerId, (customer) => modification?.amountMinor ?? positiveMinorUnits(held.amount, customer.currency), asOf);
    return { facts, read: { exposure: read.exposure, requestedMinor: positiveMinorUnits(held.amount, read.exposure.currency), grantedMinor: read.requestedMinor, asOf } };
  },
  async apply(ctx, em, referral, _decision, record, { exposure, requestedMinor, grantedMinor, asOf }, outbox, { approvedBy }) {
    const entry = await recordLimitDecision(ctx, em, outbox, exposure, record, {
      kind: grantedMinor < requestedMinor ? LimitDecisionKind.PARTLY_APPROVED : LimitDecisionKind.APPROVED,
      requestedMinor,
      newLimitMinor: grantedMinor,
      reason: `Asked ${formatMoney(requestedMinor, exposure.currency)}, granted ${formatMoney(grantedMinor, exposure.currency)} on referral ${referral.id}, ${grantedMinor < requestedMinor ? 'modified' : 'approved'} by ${approvedBy.join(', ')}`,
      asOf,
    });
    return { exposureId: exposure.id, limitDecisionSequence: entry.sequence, creditLimit: fromMinorUnits(grantedMinor, exposure.currency) };
  },
  async release() {
    // Nothing was changed while it was held.
  },
};

export interface CreditLimitReviewDependencies {
  em: EntityManager;
  policy: PolicyService;
  clock: Clock;
  actor: { id: string };
}

export async function reviewCreditLimits(deps: CreditLimitReviewDependencies, asOf: string, batchSize = 500): Promise<CreditLimitReviewResult> {
  const result: CreditLimitReviewResult = { asOf, examined: 0, reduced: 0, steppedUp: 0 };
  let afterId: string | null = null;
  for (;;) {
    // Keyset batches: every exposure is looked at, never all of them in memory at once.
    const em = deps.em.fork();
    const batch: Exposure[] = await em.find(Exposure, afterId ? { id: { $gt: afterId } } : {}, {
      orderBy: { id: 'asc' },
      limit: batchSize,
      populate: ['customer'],
    });
    const payments = await paymentRecordByCustomer(
      em,
      batch.map((exposure) => exposure.customer.id),
    );
    for (const exposure of batch) {
      result.examined += 1;
      const customer = exposure.customer;
      const facts = limitFacts(customer, exposure, payments.get(customer.id) ?? NO_PAYMENTS, exposure.creditLimitMinor, asOf);
      const decision = await deps.policy.decide('reviewCreditLimit', facts, asOf);
      if (decision.outcome !== DecisionOutcome.APPROVED) continue;
      const target = reviewedLimit(decision, exposure.creditLimitMinor, customer.monthlySalesMinor);
      if (target === exposure.creditLimitMinor) continue;
      if (await applyReview(deps, decision, exposure, target, asOf)) {
        if (target < exposure.creditLimitMinor) result.reduced += 1;
        else result.steppedUp += 1;
      }
    }
    if (batch.length < batchSize) return result;
    afterId = batch[batch.length - 1].id;
  }
}

/** The limit a review arrives at: stepped up to the highest step earned, never above the lowest cap. */
function reviewedLimit(decision: Decision, currentMinor: number, monthlySalesMinor: number): number {
  const steps = eventsOfType(decision, 'step-up-credit-limit').map((params) => applyRatioRoundingDown(monthlySalesMinor, Number(params.shareOfMonthlySales)));
  let target = Math.max(currentMinor, ...steps);
  const cap = capOf(decision, monthlySalesMinor);
  if (cap !== null) target = Math.min(target, cap);
  return target;
}

async function applyReview(deps: CreditLimitReviewDependencies, decision: Decision, read: Exposure, target: number, asOf: string): Promise<boolean> {
  return deps.em.fork().transactional(async (tx) => {
    const now = deps.clock.now();
    // Only from the limit we read: if a request or another review changed it meanwhile, this one changes nothing.
    const updated = await tx
      .createQueryBuilder(Exposure)
      .update({ creditLimitMinor: target, version: raw('version + 1'), updatedAt: now })
      .where({ id: read.id, version: read.version })
      .execute('run');
    if (updated.affectedRows === 0) return false;
    const exposure = tx.getReference(Exposure, read.id);
    const outbox = outboxOf(deps, tx);
    const record = outbox.record(decision, `Credit limit of customer ${read.customer.registrationNumber}`);
    const reduced = target < read.creditLimitMinor;
    await addHistoryEntry(deps, tx, outbox, { exposure, customerId: read.customer.id, currency: read.currency, previousLimitMinor: read.creditLimitMinor }, record, {
      kind: reduced ? LimitDecisionKind.REDUCED : LimitDecisionKind.APPROVED,
      requestedMinor: null,
      newLimitMinor: target,
      reason: reduced
        ? `Periodic review: reduced to the cap of ${formatMoney(target, read.currency)}`
        : `Periodic review: stepped up to ${formatMoney(target, read.currency)} for a record of on-time payment`,
      asOf,
    });
    return true;
  });
}

interface LimitChange {
  kind: LimitDecisionKind;
  requestedMinor: number | null;
  newLimitMinor: number;
  reason: string;
  asOf: string;
}

/** Sets a loaded exposure's limit and records the change (or the refusal) in its history. */
async function recordLimitDecision(ctx: RequestContext, em: EntityManager, outbox: Outbox, exposure: Exposure, record: DecisionRecord, change: LimitChange): Promise<LimitDecision> {
  const previousLimitMinor = exposure.creditLimitMinor;
  if (change.newLimitMinor !== previousLimitMinor) {
    exposure.creditLimitMinor = change.newLimitMinor;
  }
  return addHistoryEntry(ctx, em, outbox, { exposure, customerId: exposure.customer.id, currency: exposure.currency, previousLimitMinor }, record, change);
}

async function addHistoryEntry(
  deps: { clock: Clock },
  em: EntityManager,
  outbox: Outbox,
  about: { exposure: Exposure; customerId: string; currency: string; previousLimitMinor: number },
  record: DecisionRecord,
  change: LimitChange,
): Promise<LimitDecision> {
  const last = await em.findOne(LimitDecision, { exposure: about.exposure.id }, { orderBy: { sequence: 'desc' }, fields: ['sequence'], disableIdentityMap: true });
  const entry = em.create(LimitDecision, {
    exposure: about.exposure,
    sequence: (last?.sequence ?? 0) + 1,
    kind: change.kind,
    requestedMinor: change.requestedMinor,
    previousLimitMinor: about.previousLimitMinor,
    newLimitMinor: change.newLimitMinor,
    currency: about.currency,
    reason: change.reason.slice(0, 500),
    decision: record,
    decidedAt: deps.clock.now(),
  });
  await outbox.alert(
    record,
    { customerId: about.customerId },
    { alertSource: 'LIMIT_DECISION' },
    {
      staff: `Credit limit ${change.kind.toLowerCase().replace('_', ' ')}: ${change.reason}`,
      // The reason names the amount asked and the previous limit: limit history is staff-only.
      partner: `Credit limit decision: ${change.kind.toLowerCase().replace('_', ' ')}`,
    },
    change.asOf,
  );
  return entry;
}

function limitFacts(customer: Customer, exposure: Exposure, payments: PaymentRecord, requestedMinor: number, asOf: string): FactsOf<'requestCreditLimit'> {
  return {
    grade: customer.grade,
    riskTier: customer.riskTier,
    relationshipYears: yearsBetween(customer.relationshipStart, asOf),
    customerStatus: customer.status,
    monthlySalesMinor: customer.monthlySalesMinor,
    currentLimitMinor: exposure.creditLimitMinor,
    requestedMinor,
    requestedShareOfMonthlySales: customer.monthlySalesMinor > 0 ? requestedMinor / customer.monthlySalesMinor : 0,
    onTimePayments: payments.onTime,
    latePayments: payments.late,
  };
}

/** The lowest cap that fired, in minor units (rounded down); null when none did. */
function capOf(decision: Decision, monthlySalesMinor: number): number | null {
  const shares = eventsOfType(decision, 'cap-credit-limit').map((params) => Number(params.shareOfMonthlySales));
  return shares.length > 0 ? applyRatioRoundingDown(monthlySalesMinor, Math.min(...shares)) : null;
}

function refusalReasons(decision: Decision): string {
  const reasons = decision.firedRules
    .filter((fired) => fired.event.type === 'reject' || fired.event.type === 'refer')
    .map((fired) => `${String(fired.event.params.reason)} (${fired.policy} / ${fired.rule})`);
  return reasons.length > 0 ? reasons.join('; ') : decision.explanation;
}
