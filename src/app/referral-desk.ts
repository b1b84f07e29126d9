/**
 * Referrals, as the kernel sees them: a mutation whose request the policy refers holds it
 * (PolicyMutation.hold in policy-pipeline.ts) and the pipeline opens a referral through the desk on
 * the request context, in the refusal's transaction. The referral module provides the desk and
 * decides referrals (src/modules/referral/); the kernel knows no module.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { Decision } from '../policy/decision';
import type { MutationName } from '../policy/fact-catalogue';
import type { RequestContext } from './context';
import type { DecisionRecord } from './outbox/decision-record.entity';
import type { Outbox } from './outbox/outbox';

/** What a mutation holds when the policy refers it, and what the referral is about. */
export interface ReferralHold<R> {
  /** The answer to the request: the held object as stored. */
  result: R;
  referral: ReferralOpening;
}

/** What a referral is about and what approving it carries out. */
export interface ReferralOpening {
  subject: { type: 'CUSTOMER' | 'INVOICE' | 'INSURANCE_POLICY' | 'FX_RATE'; id?: string | null; label: string };
  customerId: string | null;
  invoiceId?: string | null;
  /** The amount at stake in the request's currency (null when it has none): the credit authority needed depends on it. */
  amount: { minor: number; currency: string } | null;
  /** The request as received (JSON): what approval carries out, on the facts of that day. */
  heldRequest: Record<string, unknown>;
}

/** Opens the referral of a held request; the referral module provides it (the kernel knows no module). */
export interface ReferralDesk {
  open(ctx: RequestContext, em: EntityManager, outbox: Outbox, referred: { mutation: MutationName; decision: Decision; record: DecisionRecord; opening: ReferralOpening }): Promise<{ id: string }>;
}
