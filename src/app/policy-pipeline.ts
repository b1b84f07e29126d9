/**
 * The one path every mutation takes:
 *   gather facts -> policy.decide -> apply the decision to entities
 *   -> persist entities + DecisionRecord in ONE transaction -> (after commit) publish.
 *
 * A decision that does not allow the change (REJECTED, REFERRED) changes nothing, but is still
 * recorded, so every decision the system took can be explained afterwards. A REFERRED request of a
 * mutation that can hold it (`hold`) is held, not lost: the held object is stored and a referral
 * opened, in the refusal's transaction, for a person with the credit authority to decide.
 *
 * A mutation that passes its input as `idempotent` takes an idempotency key: the key is claimed and
 * its outcome stored in the transaction that writes the effects (or the refusal), and a request that
 * repeats a used key gets the stored outcome instead of running again (src/app/idempotency).
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { DecisionRecord } from './outbox/decision-record.entity';
import { Outbox } from './outbox/outbox';
import type { ReferralHold } from './referral-desk';
import type { RequestContext } from './context';
import {
  claimKey,
  errorOutcome,
  type IdempotentInput,
  type IdempotentRequest,
  idempotentRequest,
  KeyAlreadyUsed,
  replayOutcome,
  resultOutcome,
  storeOutcome,
} from './idempotency/idempotency';
import { PolicyRejectedError } from '../shared/errors';
import { type Decision, DecisionOutcome, OUTCOMES_THAT_APPLY } from '../policy/decision';
import type { FactsOf, MutationName } from '../policy/fact-catalogue';

/**
 * What gatherFacts found: the facts the policy decides on, and `read`, what it loaded that apply
 * needs (entities, parsed amounts), handed on explicitly instead of captured in closures.
 */
export interface Gathered<M extends MutationName, Read> {
  facts: FactsOf<M>;
  read: Read;
}

export interface PolicyMutation<M extends MutationName, R, Read = undefined> {
  mutation: M;
  /** The business date the policy is evaluated for (policy versions are chosen by it). */
  businessDate: string;
  /** "Invoice INV-1" style label of what is being decided, for the record and error messages. */
  subject: string;
  /** Reads, inside the transaction, everything the policy needs and everything apply will need. */
  gatherFacts(em: EntityManager): Promise<Gathered<M, Read>>;
  /**
   * Applies an allowed decision to entities (persisting them on `em`); the alerts it raises go
   * through `outbox`, after `record`. May still refuse with a domain error.
   */
  apply(decision: Decision, em: EntityManager, record: DecisionRecord, read: Read, outbox: Outbox): Promise<R>;
  /**
   * Optional: what a refusal itself writes, in one transaction with the refusal's record (the refused
   * change stays rolled back): an alert that a customer must be re-graded, a referred credit-limit
   * request in the limit history. Returning a result answers with it instead of the POLICY_REJECTED
   * error (the outcome is then part of the mutation's payload); returning nothing raises the error.
   * `read` is what gatherFacts read before the refusal (nothing was applied to it).
   */
  onRefused?(decision: Decision, em: EntityManager, record: DecisionRecord, read: Read, outbox: Outbox): Promise<R | void>;
  /**
   * Optional: holds a REFERRED request instead of refusing it (issue 15): stores what is held (an
   * invoice ON_HOLD, a pending limit request) and says what the referral is about; the pipeline opens
   * the referral (ctx.referrals) in the transaction that gathered the facts, and answers with
   * `result`, not an error. `onRefused` is then for REJECTED decisions only.
   */
  hold?(decision: Decision, em: EntityManager, record: DecisionRecord, read: Read, outbox: Outbox): Promise<ReferralHold<R>>;
  /**
   * Opts in to idempotency keys: the mutation's input (its `idempotencyKey` field, declared with
   * @IdempotencyKeyField(), and the Idempotency-Key header name the key; the rest is what a retry must
   * repeat). The result must be entities, plain objects and JSON values: a replay re-reads the entities.
   */
  idempotent?: IdempotentInput;
  /** The operation an idempotency key is claimed for, when one GraphQL mutation decides under several policy mutations (recordPayment / recordRecovery). Default: `mutation`. */
  idempotencyOperation?: string;
}

export interface PolicyMutationResult<R> {
  result: R;
  decision: DecisionRecord;
}

class DecisionRefused<Read> extends Error {
  constructor(
    readonly decision: Decision,
    readonly read: Read,
  ) {
    super(decision.explanation);
  }
}

export async function runPolicyMutation<M extends MutationName, R, Read = undefined>(
  ctx: RequestContext,
  spec: PolicyMutation<M, R, Read>,
): Promise<PolicyMutationResult<R>> {
  const idempotent = spec.idempotent ? idempotentRequest(ctx, spec.idempotencyOperation ?? spec.mutation, spec.idempotent) : null;
  try {
    return await decideAndApply(ctx, spec, idempotent);
  } catch (error) {
    if (!(error instanceof KeyAlreadyUsed) || !idempotent) throw error;
    const replayed = await replayOutcome(ctx.em, idempotent, error.stored);
    return { result: replayed.result as R, decision: replayed.decision };
  }
}

async function decideAndApply<M extends MutationName, R, Read>(
  ctx: RequestContext,
  spec: PolicyMutation<M, R, Read>,
  idempotent: IdempotentRequest | null,
): Promise<PolicyMutationResult<R>> {
  try {
    return await ctx.em.transactional(async (em) => {
      if (idempotent) await claimKey(em, idempotent, ctx.clock.now());
      const { facts, read } = await spec.gatherFacts(em);
      const decision = await ctx.policy.decide(spec.mutation, facts, spec.businessDate);
      const held = decision.outcome === DecisionOutcome.REFERRED && spec.hold !== undefined;
      if (!OUTCOMES_THAT_APPLY.includes(decision.outcome) && !held) throw new DecisionRefused(decision, read);
      const outbox = outboxOf(ctx, em);
      const record = outbox.record(decision, spec.subject);
      // A held request is written under the locks gatherFacts took, nothing applied before it: the
      // next request on the same customer sees it (held invoices count against the limit).
      const result = held ? await holdForReferral(ctx, spec, em, outbox, decision, record, read) : await spec.apply(decision, em, record, read, outbox);
      if (idempotent) await storeOutcome(em, idempotent, resultOutcome(result, record));
      return { result, decision: record };
    });
  } catch (error) {
    if (!(error instanceof DecisionRefused)) throw error;
    // The change was rolled back; the refusal itself is kept for the audit trail (and, with a key,
    // as the key's outcome: a request with the key that ran meanwhile leaves this one to replay it).
    const { decision: refused, read } = error as DecisionRefused<Read>;
    const { record, result, rejection } = await ctx.em.transactional(async (em) => {
      if (idempotent) await claimKey(em, idempotent, ctx.clock.now());
      const outbox = outboxOf(ctx, em);
      const refusal = outbox.record(refused, spec.subject);
      const answer = await spec.onRefused?.(refused, em, refusal, read, outbox);
      const rejected = answer === undefined ? new PolicyRejectedError(refusalMessage(spec.subject, refused, refusal.id), refusal.id, refused.outcome) : null;
      if (idempotent) await storeOutcome(em, idempotent, rejected ? errorOutcome(rejected) : resultOutcome(answer, refusal));
      return { record: refusal, result: answer, rejection: rejected };
    });
    if (rejection) throw rejection;
    return { result: result as R, decision: record };
  }
}

async function holdForReferral<M extends MutationName, R, Read>(ctx: RequestContext, spec: PolicyMutation<M, R, Read>, em: EntityManager, outbox: Outbox, decision: Decision, record: DecisionRecord, read: Read): Promise<R> {
  const held = await spec.hold!(decision, em, record, read, outbox);
  await ctx.referrals.open(ctx, em, outbox, { mutation: spec.mutation, decision, record, opening: held.referral });
  return held.result;
}

/** A request's decisions and alerts, joining its transaction's unit of work (`em`). */
export function outboxOf(ctx: Pick<RequestContext, 'policy' | 'clock'> & { actor: { id: string } }, em: EntityManager): Outbox {
  return Outbox.forTransaction({ policy: ctx.policy, clock: ctx.clock, actorId: ctx.actor.id }, em);
}

function refusalMessage(subject: string, decision: Decision, decisionId: string): string {
  const verdict = decision.outcome === DecisionOutcome.REFERRED ? 'was referred for manual review' : 'was rejected by the credit policy';
  const reasons = decision.firedRules
    .filter((fired) => fired.event.type === 'reject' || fired.event.type === 'refer')
    .map((fired) => `${String(fired.event.params.reason)} (${fired.policy} / ${fired.rule})`);
  const why = reasons.length > 0 ? reasons.join('; ') : decision.explanation;
  return `${subject} ${verdict}: ${why}. Decision ${decisionId} has the details.`;
}
