/**
 * Referrals: a request the policy referred, held until a person with the credit authority
 * rules/credit-authority.json requires decides it.
 *
 *   openReferral     called by the mutation pipeline with the REFERRED decision, in its transaction:
 *                    asks the policy who must approve and by when, and holds the request
 *   approveReferral  one approval per person, never the requester's (four eyes); with the approvals
 *                    the policy asks for it is APPROVED, and the mutation's applier (if any) carries
 *                    the held request out in the same transaction (referral-appliers.ts)
 *   declineReferral  by a person who could have approved it, never the requester
 *   withdrawReferral by the requester only
 * Each decision reads the referral FOR UPDATE (src/db/locking.ts): two people deciding at once queue up.
 */
import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor } from '../../app/actor';
import type { RequestContext } from '../../app/context';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { Outbox } from '../../app/outbox/outbox';
import { outboxOf, runPolicyMutation } from '../../app/policy-pipeline';
import { businessDate as businessDateOf } from '../../shared/clock';
import { findPage, toPage } from '../../app/pagination';
import { coversLevel, levelsCoveredBy } from '../../app/roles';
import { forUpdate } from '../../db/locking';
import { requiredAuthorityOfReferral } from '../../policy/credit-authority';
import { type Decision, DecisionOutcome } from '../../policy/decision';
import type { MutationName } from '../../policy/fact-catalogue';
import type { PolicyService } from '../../policy/policy.service';
import type { Clock } from '../../shared/clock';
import { addBusinessDays } from '../../shared/dates';
import { ConflictError, ForbiddenError } from '../../shared/errors';
import { assertFilterId, findByIdOrFail } from '../../shared/ids';
import { formatMoney, positiveMinorUnits } from '../../shared/money';
import { InputProblems } from '../../shared/validation';
import { Customer } from '../customer';
import { Invoice } from '../invoice';
import type { ApproveReferralArgs, DeclineReferralArgs, ReferralModificationInput, ReferralNoteArgs } from './dto/decide-referral.args';
import type { ReferralsArgs } from './dto/referrals.args';
import { type ReferralApplier, type ReferralModification, referralApplierFor } from './referral-appliers';
import { Referral, ReferralApproval, ReferralState, ReferralSubjectType } from './referral.entity';

/** What opening a referral needs besides the transaction: the policy, the clock, who asked. */
export interface ReferralDeps {
  policy: Pick<PolicyService, 'decide'>;
  clock: Clock;
  actor: Pick<Actor, 'id'>;
}

export interface OpenReferralInput {
  /** The record of the referred decision (outcome REFERRED), created on the same entity manager. */
  decisionRecord: DecisionRecord;
  /** The referred decision: its refer rules are the reasons, its facts are kept, its business date starts the due period. */
  decision: Decision;
  mutation: MutationName;
  subject: { type: ReferralSubjectType; id?: string | null; label: string };
  /** The customer the request is about; null for a request about none (an exchange rate). */
  customerId: string | null;
  invoiceId?: string | null;
  /** The request's amount in the customer's currency (null when it has none). */
  amount: { minor: number; currency: string } | null;
  /**
   * The amount in the base currency (EUR), converted with the FX rate in force on the decision's
   * business date: what rules/credit-authority.json compares. 0 for a request without an amount.
   */
  amountBaseMinor: number;
  /** The request as the referred mutation received it: what the applier carries out on approval. */
  heldRequest: Record<string, unknown>;
}

/**
 * Holds a referred request: asks rules/credit-authority.json (one authorizeReferral decision per
 * refer rule that fired, each stored for replay) who must approve it and by when, and persists the
 * referral on `em`, the referred mutation's transaction. The due time is counted in business days
 * from the decision's business date, at the clock's time of day; never the wall clock.
 */
export async function openReferral(deps: ReferralDeps, em: EntityManager, outbox: Outbox, input: OpenReferralInput): Promise<Referral> {
  const customer = input.customerId ? await findByIdOrFail(em, Customer, input.customerId) : null;
  const invoice = input.invoiceId ? await findByIdOrFail(em, Invoice, input.invoiceId) : null;
  const reasons = input.decision.firedRules.filter((fired) => fired.event.type === 'refer');
  const businessDate = input.decision.businessDate;
  const authority = await requiredAuthorityOfReferral(
    deps.policy,
    { referredMutation: input.mutation, amountBaseMinor: input.amountBaseMinor, riskTier: customer?.riskTier ?? '' },
    reasons.map((fired) => `${fired.policy}/${fired.rule}`),
    businessDate,
  );
  const now = deps.clock.now();
  const referral = em.create(Referral, {
    mutation: input.mutation,
    subjectType: input.subject.type,
    subjectId: input.subject.id ?? null,
    subjectLabel: input.subject.label,
    customer,
    invoice,
    requestedBy: deps.actor.id,
    reasons,
    facts: input.decision.facts,
    decision: input.decisionRecord,
    authorityDecisionIds: [],
    requiredLevel: authority.level,
    requiredApprovals: authority.approvals,
    dueInBusinessDays: authority.dueInBusinessDays,
    policyGap: authority.policyGap,
    dueAt: new Date(`${addBusinessDays(businessDate, authority.dueInBusinessDays)}T${now.toISOString().slice(11)}`),
    amountMinor: input.amount?.minor ?? null,
    currency: input.amount?.currency ?? null,
    amountBaseMinor: input.amountBaseMinor,
    heldRequest: input.heldRequest,
  });
  referral.authorityDecisionIds = authority.decisions.map((decision) => outbox.record(decision, `Authority for referral ${referral.id}`).id);
  await outbox.alert(
    input.decisionRecord,
    { customerId: input.customerId, invoiceId: input.invoiceId ?? null },
    { alertSource: 'REFERRAL_OPENED' },
    {
      staff: `${referral.subjectLabel} waits for a ${authority.level.toLowerCase().replace('_', ' ')}'s decision (${authority.approvals} approval(s)) by ${referral.dueAt.toISOString()}: ${reasons.map((fired) => String(fired.event.params.reason)).join('; ') || 'no rule covered it'}`,
      // The amount asked and the reasons are staff-only (limit history, extension notes).
      partner: `${referral.subjectLabel} waits for a credit decision`,
    },
    businessDate,
  );
  return referral;
}

export function getReferral(ctx: RequestContext, id: string): Promise<Referral> {
  return findByIdOrFail(ctx.em, Referral, id);
}

/** The inbox: referrals by due time (then id), filtered. */
export function listReferrals(ctx: RequestContext, args: ReferralsArgs) {
  const page = toPage(args);
  const filter = args.filter ?? {};
  const where: FilterQuery<Referral> & Record<string, unknown> = {};
  if (filter.state) where.state = filter.state;
  if (filter.mutation) where.mutation = filter.mutation.trim();
  if (filter.customerId) where.customer = assertFilterId(filter.customerId, 'filter.customerId');
  if (filter.mayApprove === true) Object.assign(where, mayApproveCondition(ctx.actor));
  if (filter.mayApprove === false) where.$not = mayApproveCondition(ctx.actor);
  return findPage(ctx.em, Referral, where, page, [{ dueAt: 'asc' }, { id: 'asc' }]);
}

/** The referrals an actor may approve now, as a query condition (the same test as mayApprove). */
function mayApproveCondition(actor: Actor): FilterQuery<Referral> {
  const levels = levelsCoveredBy(actor.role);
  if (levels.length === 0) return { id: { $in: [] } };
  return { state: ReferralState.OPEN, requiredLevel: { $in: levels }, requestedBy: { $ne: actor.id }, approvals: { $none: { approverId: actor.id } } };
}

/** Why an actor may not decide (approve or decline) a referral now, or null when they may. */
export function whyNotDecide(referral: Referral, actor: Actor, action: 'approve' | 'decline'): ConflictError | ForbiddenError | null {
  if (referral.state !== ReferralState.OPEN) {
    const by = referral.resolvedBy ? ` by ${referral.resolvedBy} at ${referral.resolvedAt?.toISOString()}` : '';
    return new ConflictError(`Referral ${referral.id} is ${referral.state}${by}: only an OPEN referral can be decided`, { state: referral.state });
  }
  if (referral.requestedBy === actor.id) {
    return new ForbiddenError(
      `You asked for ${referral.subjectLabel} yourself: another person with the credit authority must ${action} it (four eyes); withdraw it with withdrawReferral if it is no longer needed`,
    );
  }
  if (!coversLevel(actor.role, referral.requiredLevel)) {
    return new ForbiddenError(
      `Referral ${referral.id} needs the credit authority of ${referral.requiredLevel} or above (rules/credit-authority.json) and the role ${actor.role} does not reach it: leave it to a ${referral.requiredLevel.toLowerCase().replace('_', ' ')}`,
    );
  }
  return null;
}

/** Four eyes across approvals: one approval per person. */
function alreadyApproved(referral: Referral, approvals: readonly ReferralApproval[], actor: Actor): ConflictError | null {
  const mine = approvals.find((approval) => approval.approverId === actor.id);
  if (!mine) return null;
  return new ConflictError(
    `You approved referral ${referral.id} already (at ${mine.createdAt.toISOString()}); it needs ${referral.requiredApprovals - approvals.length} more approval(s) by other people`,
    { state: referral.state },
  );
}

/** True when the actor may approve the referral now (the same test as the inbox's mayApprove filter). */
export function mayApprove(referral: Referral, approvals: readonly ReferralApproval[], actor: Actor): boolean {
  return whyNotDecide(referral, actor, 'approve') === null && alreadyApproved(referral, approvals, actor) === null;
}

/**
 * One approval, decided through the policy pipeline as resolveReferral (rules/credit-authority.json):
 * while approvals are missing it is recorded and the referral stays OPEN; with the last one the held
 * request is decided again on today's facts and carried out, referred again (a reason nobody
 * approved) or declined (the policy now rejects it). Either way a stored, replayable decision.
 */
export async function approveReferral(ctx: RequestContext, args: ApproveReferralArgs) {
  const today = businessDateOf(ctx.clock);
  const note = args.note?.trim() || null;
  const { result } = await runPolicyMutation(ctx, {
    mutation: 'resolveReferral',
    businessDate: today,
    subject: `Referral ${args.id}`,
    idempotent: args,
    gatherFacts: async (em) => {
      const { referral, approvals } = await lockReferral(em, args.id);
      const refusal = whyNotDecide(referral, ctx.actor, 'approve') ?? alreadyApproved(referral, approvals, ctx.actor);
      if (refusal) throw refusal;
      const approvalsMissing = Math.max(referral.requiredApprovals - approvals.length - 1, 0);
      const applier = approvalsMissing === 0 ? referralApplierFor(referral.mutation) : null;
      const modification = args.modify ? modificationOf(referral, referralApplierFor(referral.mutation), args.modify, approvalsMissing) : null;
      const held = applier ? await applier.gather(ctx, em, referral, today, modification) : null;
      const redecision = held ? await ctx.policy.decide(referral.mutation as MutationName, held.facts, today) : null;
      const approved = new Set(referral.reasons.map((fired) => `${fired.policy}/${fired.rule}`));
      const facts = {
        referredMutation: referral.mutation,
        approvalsMissing,
        redecidedOutcome: redecision?.outcome ?? '',
        newReferralReasons: redecision?.firedRules.filter((fired) => fired.event.type === 'refer' && !approved.has(`${fired.policy}/${fired.rule}`)).length ?? 0,
      };
      return { facts, read: { referral, approvals, approvalsMissing, applier, held, redecision, modification } };
    },
    apply: async (_decision, em, record, { referral, approvals, applier, held, redecision, modification }, outbox) => {
      recordApproval(ctx, em, referral, note);
      resolve(referral, modification ? ReferralState.MODIFIED : ReferralState.APPROVED, ctx.actor.id, ctx.clock.now(), note);
      if (applier && held && redecision) {
        // The held request's own decision on today's facts, stored like any other; the approval's record says a person let it through.
        const redecided = outbox.record(redecision, referral.subjectLabel);
        const approved = { approvedBy: [...approvals.map((approval) => approval.approverId), ctx.actor.id], modification };
        referral.applyResult = await applier.apply(ctx, em, referral, redecision, redecided, held.read, outbox, approved);
        referral.appliedAt = ctx.clock.now();
      }
      await alertResolved(outbox, record, referral, today);
      await flushOrConflict(em, referral);
      return { referral, approvalsMissing: 0, applied: referral.appliedAt !== null };
    },
    onRefused: async (decision, em, record, read, outbox) => {
      // The refusal has a transaction of its own: lock the referral again, and if someone decided
      // or approved it meanwhile, this approval was weighed on other facts: ask for it again.
      const { approvalsMissing, redecision } = read;
      const { referral, approvals } = await lockReferral(em, args.id);
      if (referral.state !== ReferralState.OPEN || referral.version !== read.referral.version || approvals.length !== read.approvals.length) {
        throw new ConflictError(`Referral ${referral.id} changed while you approved it (now ${referral.state}, ${approvals.length} approval(s)): look at it again and approve again if you still agree`, {
          state: referral.state,
        });
      }
      if (decision.outcome === DecisionOutcome.REJECTED) {
        // No approval overrides a rejection on today's facts: the held request goes as declined.
        resolve(referral, ReferralState.DECLINED, ctx.actor.id, ctx.clock.now(), `Declined by the policy on ${today}: ${decision.explanation}`);
        if (redecision) outbox.record(redecision, referral.subjectLabel);
        await referralApplierFor(referral.mutation)?.release(em, referral, ctx.clock.now());
        await alertResolved(outbox, record, referral, today);
      } else if (approvalsMissing > 0) {
        recordApproval(ctx, em, referral, note);
      } else if (redecision) {
        // Referred again for a reason nobody approved: the approvals so far were given on other facts.
        const again = outbox.record(redecision, referral.subjectLabel);
        referral.reasons = redecision.firedRules.filter((fired) => fired.event.type === 'refer');
        referral.facts = redecision.facts;
        referral.decision = again;
        await em.nativeDelete(ReferralApproval, { referral: referral.id });
      }
      await flushOrConflict(em, referral);
      return { referral, approvalsMissing, applied: false };
    },
  });
  return result;
}

/**
 * approveReferral's `modify`, checked against the held request: only with the last approval, only
 * what the mutation's applier can lower (ReferralApplier.modifiable), and only lower than asked.
 * Every bad field at once, as BAD_USER_INPUT naming it (modify.amount, modify.days).
 */
function modificationOf(referral: Referral, applier: ReferralApplier | null, modify: ReferralModificationInput, approvalsMissing: number): ReferralModification | null {
  const problems = new InputProblems();
  const modifiable = applier?.modifiable ?? [];
  const modification: ReferralModification = {};
  const lastApproval = problems.check(approvalsMissing === 0, 'modify', `Referral ${referral.id} needs ${approvalsMissing} more approval(s) after yours: modify it with the last approval, or approve it as asked`);
  if (lastApproval && modify.amount != null) {
    const asked = referral.amountMinor;
    if (problems.check(modifiable.includes('amount') && asked !== null && referral.currency !== null, 'modify.amount', `${referral.subjectLabel} (${referral.mutation}) has no amount to lower: approve it as asked or decline it`)) {
      const amountMinor = problems.parse(() => positiveMinorUnits(modify.amount!, referral.currency!, 'modify.amount'));
      if (amountMinor !== undefined && problems.check(amountMinor < asked!, 'modify.amount', `modify.amount must be lower than the ${formatMoney(asked!, referral.currency!)} asked`)) modification.amountMinor = amountMinor;
    }
  }
  if (lastApproval && modify.days != null) {
    const asked = Number(referral.heldRequest.days);
    if (problems.check(modifiable.includes('days') && Number.isInteger(asked), 'modify.days', `${referral.subjectLabel} (${referral.mutation}) has no days to lower: approve it as asked or decline it`)) {
      if (problems.check(modify.days < asked, 'modify.days', `modify.days must be fewer than the ${asked} asked`)) modification.days = modify.days;
    }
  }
  problems.throwIfAny();
  return Object.keys(modification).length > 0 ? modification : null;
}

export async function declineReferral(ctx: RequestContext, args: DeclineReferralArgs) {
  return closeReferral(ctx, args.id, 'decline', args.reason.trim());
}

export async function withdrawReferral(ctx: RequestContext, args: ReferralNoteArgs) {
  return closeReferral(ctx, args.id, 'withdraw', args.note?.trim() || null);
}

/** A decline (by someone who could approve it) or a withdrawal (by the requester): the held request goes. */
async function closeReferral(ctx: RequestContext, id: string, action: 'decline' | 'withdraw', note: string | null) {
  return ctx.em.transactional(async (em) => {
    const { referral } = await lockReferral(em, id);
    // One who approved may still decline while it is OPEN (a second look changed their mind).
    const refusal = action === 'decline' ? whyNotDecide(referral, ctx.actor, 'decline') : whyNotWithdraw(referral, ctx.actor);
    if (refusal) throw refusal;
    resolve(referral, action === 'decline' ? ReferralState.DECLINED : ReferralState.WITHDRAWN, ctx.actor.id, ctx.clock.now(), note);
    await referralApplierFor(referral.mutation)?.release(em, referral, ctx.clock.now());
    await alertResolved(outboxOf(ctx, em), referral.decision, referral, businessDateOf(ctx.clock));
    await flushOrConflict(em, referral);
    return { referral };
  });
}

function whyNotWithdraw(referral: Referral, actor: Actor): ConflictError | ForbiddenError | null {
  if (referral.state !== ReferralState.OPEN) {
    return new ConflictError(`Referral ${referral.id} is ${referral.state}: only an OPEN referral can be withdrawn`, { state: referral.state });
  }
  if (referral.requestedBy !== actor.id) {
    return new ForbiddenError(`Only the requester (${referral.requestedBy}) may withdraw referral ${referral.id}; to refuse the request, decline it with declineReferral`);
  }
  return null;
}

function recordApproval(ctx: RequestContext, em: EntityManager, referral: Referral, note: string | null): void {
  em.create(ReferralApproval, { referral, approverId: ctx.actor.id, role: ctx.actor.role, note, createdAt: ctx.clock.now() });
}

/** REFERRAL_RESOLVED (rules/alerts.json): the requester and the customer's people learn the outcome. */
function alertResolved(outbox: Outbox, record: DecisionRecord, referral: Referral, asOf: string) {
  const outcome = referral.state.toLowerCase();
  return outbox.alert(
    record,
    { customerId: referral.customer?.id ?? null, invoiceId: referral.invoice?.id ?? null },
    { alertSource: 'REFERRAL_RESOLVED', stage: referral.state },
    {
      staff: `${referral.subjectLabel}: the referral is ${outcome}${referral.resolvedBy ? ` by ${referral.resolvedBy}` : ''}${referral.resolutionNote ? ` (${referral.resolutionNote})` : ''}`,
      partner: `${referral.subjectLabel}: the credit decision is taken (${outcome})`,
    },
    asOf,
  );
}

/** The referral, locked for this transaction, and its approvals so far. */
async function lockReferral(em: EntityManager, id: string) {
  const referral = await findByIdOrFail(em, Referral, id, forUpdate(em));
  const approvals = await em.find(ReferralApproval, { referral: referral.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return { referral, approvals };
}

function resolve(referral: Referral, state: ReferralState, by: string, at: Date, note: string | null): void {
  referral.state = state;
  referral.resolvedBy = by;
  referral.resolvedAt = at;
  referral.resolutionNote = note;
}

/** One approval per person even when two requests of the same person race (the unique key on referral and approver). */
async function flushOrConflict(em: EntityManager, referral: Referral): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(`You approved referral ${referral.id} already`, { state: referral.state });
    throw error;
  }
}
