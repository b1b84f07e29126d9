/**
 * The seam between deciding a referral and the request it holds. Each module whose mutation can be
 * referred registers one applier for it (issueInvoice by the invoice module, ...). Approving runs
 * the applier through the policy pipeline (approveReferral, src/modules/referral/referral.service.ts):
 *
 *   gather   reads the held request again on the day's facts, locking what apply will change: the
 *            request is decided again on them (a limit may have been used up meanwhile)
 *   apply    carries it out with that decision, once every approval is in and the policy agrees
 *   release  lets the held request go as declined (a decline, a withdrawal, an expiry, a rejection
 *            on the day's facts): what was held stops counting
 *
 * A mutation without an applier is approved honestly: APPROVED with `applied: false`.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestContext } from '../../app/context';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { Outbox } from '../../app/outbox/outbox';
import type { Decision } from '../../policy/decision';
import type { FactsOf, MutationName } from '../../policy/fact-catalogue';
import type { Referral } from './referral.entity';

/** What an applier reports: ids of what it created or changed, for Referral.resolution.applyResult. */
export type ReferralApplyResult = Record<string, unknown>;

/** Less than was asked, as the last approver modified the held request (approveReferral's `modify`, checked there). */
export interface ReferralModification {
  /** A lower amount in the referral's currency, minor units. */
  amountMinor?: number;
  /** Fewer days. */
  days?: number;
}

/** Who let the held request through: every approver, the last one included, in the order they approved; and what they modified. */
export interface ReferralApproved {
  approvedBy: string[];
  modification: ReferralModification | null;
}

export interface ReferralApplier<M extends MutationName = MutationName, Read = unknown> {
  /**
   * What approveReferral's `modify` may lower for this kind of request: `amount` (the referral's
   * amount) and `days` (the held request's `days`). Absent: the request is approved as asked or not at all.
   */
  modifiable?: ReadonlyArray<'amount' | 'days'>;
  /** The held request's facts on the business date (as modified, when it is), read (and locked) on `em`, and what apply needs. */
  gather(ctx: RequestContext, em: EntityManager, referral: Referral, businessDate: string, modification: ReferralModification | null): Promise<{ facts: FactsOf<M>; read: Read }>;
  /** Carries the held request out with `decision` (its record: `record`), as `approved` let it through; alerts go through `outbox`. */
  apply(ctx: RequestContext, em: EntityManager, referral: Referral, decision: Decision, record: DecisionRecord, read: Read, outbox: Outbox, approved: ReferralApproved): Promise<ReferralApplyResult>;
  /** Lets the held request go as declined, at `at`; runs in the transaction that closes the referral. */
  release(em: EntityManager, referral: Referral, at: Date): Promise<void>;
}

const appliers = new Map<string, ReferralApplier>();

/**
 * Registers the applier of a referred mutation (the composition root wires them, src/server/app.ts).
 * Registering the same applier again is harmless (several apps in one process); another one for the
 * same mutation is a wiring mistake.
 */
export function registerReferralApplier<M extends MutationName, Read>(mutation: M, applier: ReferralApplier<M, Read>): void {
  const known = appliers.get(mutation);
  if (known === (applier as unknown as ReferralApplier)) return;
  if (known) throw new Error(`another referral applier for ${mutation} is already registered`);
  appliers.set(mutation, applier as unknown as ReferralApplier);
}

/** The applier of a mutation, or null while none is registered. */
export function referralApplierFor(mutation: string): ReferralApplier | null {
  return appliers.get(mutation) ?? null;
}

/** For tests: removes a registered applier. */
export function unregisterReferralApplier(mutation: MutationName): void {
  appliers.delete(mutation);
}
