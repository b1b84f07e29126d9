/** The referral module's request loaders (src/app/context.ts `Loaders`). */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { byIdLoader, groupedBy, nestedPageLoader, READ_ONLY } from '../../app/batch-loaders';
import { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { loadPerParentPages } from '../../app/per-parent-page';
import { Referral, ReferralApproval, ReferralState } from './referral.entity';

export function referralLoaders(em: EntityManager) {
  return {
    /** The referred decision of a referral. */
    referralDecision: byIdLoader(em, DecisionRecord),

    /** Approvals per referral, oldest first. */
    referralApprovals: new DataLoader<string, ReferralApproval[]>(async (referralIds) => {
      const approvals = await em.find(ReferralApproval, { referral: { $in: [...referralIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' }, ...READ_ONLY });
      return groupedBy(referralIds, approvals, (approval) => approval.referral.id);
    }),

    /** A customer's referrals by due time, as the inbox sorts them; parents asking for the same page shape share one query. */
    referralsOfCustomer: nestedPageLoader<Referral>((keys) =>
      loadPerParentPages(
        em,
        { entity: Referral, parentProperty: 'customer', orderBy: ['dueAt', 'id'], direction: 'asc', where: keys[0].status ? { state: keys[0].status as ReferralState } : undefined },
        keys.map((key) => key.parentId),
        keys[0].page,
      ),
    ),

    /** The referral a decision opened (a REFERRED decision holds one request; re-referring moves the referral to the new decision). */
    referralOfDecision: new DataLoader<string, Referral | null>(async (decisionIds) => {
      const referrals = await em.find(Referral, { decision: { $in: [...decisionIds] } }, READ_ONLY);
      return groupedBy(decisionIds, referrals, (referral) => referral.decision.id).map((ofDecision) => ofDecision[0] ?? null);
    }),

    /** The referral of an invoice: the OPEN one, else the latest. */
    referralOfInvoice: new DataLoader<string, Referral | null>(async (invoiceIds) => {
      const referrals = await em.find(Referral, { invoice: { $in: [...invoiceIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' }, ...READ_ONLY });
      return groupedBy(invoiceIds, referrals, (referral) => referral.invoice!.id).map(
        (ofInvoice) => ofInvoice.find((referral) => referral.state === ReferralState.OPEN) ?? ofInvoice[0] ?? null,
      );
    }),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof referralLoaders> {}
}
