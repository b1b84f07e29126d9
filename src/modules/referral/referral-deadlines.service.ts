/**
 * The referral pass of the collections cycle (rules/credit-authority.json, reviewReferral): every
 * OPEN referral is decided on the cycle's business date `asOf`, never the wall clock:
 *
 *   warn-referral-due  the REFERRAL_DUE alert, once per referral (dueAlertedAt is set only from null)
 *   expire-referral    EXPIRED (only from OPEN), the held request let go as declined (the applier's
 *                      release), and the REFERRAL_EXPIRED alert
 *
 * The fact is `daysToDue`: days from asOf to the UTC date of dueAt. As shipped a referral expires in
 * the first cycle after its due day, i.e. once its due time lies before the start of the business
 * date: never before its due time, whatever hour the scheduler runs, and at most a day after it.
 *
 * Set-based and safe when two cycles run at once: a batch of open referrals is claimed (FOR UPDATE
 * SKIP LOCKED on PostgreSQL: an approver holding one makes the cycle skip it), every change is a
 * guarded update (RETURNING says which rows changed), and only those get a decision record and an
 * alert, written by the outbox in bulk in the batch's transaction.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { updateReturningIds } from '../../app/bound-sql';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { Outbox } from '../../app/outbox/outbox';
import { claimBatch } from '../../db/locking';
import { type Decision, eventsOfType } from '../../policy/decision';
import type { PolicyService } from '../../policy/policy.service';
import type { Clock } from '../../shared/clock';
import { daysBetween } from '../../shared/dates';
import { referralApplierFor } from './referral-appliers';
import { Referral, ReferralState } from './referral.entity';

export interface ReferralDeadlineDependencies {
  em: EntityManager;
  policy: Pick<PolicyService, 'decide'>;
  clock: Clock;
  actorId: string;
}

export interface ReferralDeadlineResult {
  /** REFERRAL_DUE alerts raised (one per referral, ever). */
  due: number;
  /** Referrals expired (their held requests let go). */
  expired: number;
}

/** The referral pass: warns about open referrals coming due and expires those past their due day. */
export async function reviewReferralDeadlines(deps: ReferralDeadlineDependencies, asOf: string, batchSize = 2000): Promise<ReferralDeadlineResult> {
  const result: ReferralDeadlineResult = { due: 0, expired: 0 };
  let afterId: string | null = null;
  for (;;) {
    const claimed: string[] = await deps.em.fork().transactional(async (tx) => {
      const ids = (await claimBatch(tx, tx.getKnex().select('r.id').from('referral as r').where('r.state', ReferralState.OPEN), 'r', afterId, batchSize)).map((row) => String(row.id));
      if (ids.length > 0) await reviewBatch(deps, tx, ids, asOf, result);
      return ids;
    });
    if (claimed.length < batchSize) return result;
    afterId = claimed[claimed.length - 1];
  }
}

async function reviewBatch(deps: ReferralDeadlineDependencies, tx: EntityManager, ids: string[], asOf: string, result: ReferralDeadlineResult): Promise<void> {
  const referrals = await tx.find(Referral, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
  const reviewed: Array<{ referral: Referral; decision: Decision; expire: boolean; warn: boolean }> = [];
  for (const referral of referrals) {
    const facts = { referredMutation: referral.mutation, daysToDue: daysBetween(asOf, referral.dueAt.toISOString().slice(0, 10)) };
    const decision = await deps.policy.decide('reviewReferral', facts, asOf);
    const expire = eventsOfType(decision, 'expire-referral').length > 0;
    // An expiry says it all: no due warning for a referral that expires in the same cycle.
    const warn = !expire && referral.dueAlertedAt === null && eventsOfType(decision, 'warn-referral-due').length > 0;
    if (expire || warn) reviewed.push({ referral, decision, expire, warn });
  }
  if (reviewed.length === 0) return;

  const now = deps.clock.now();
  const knex = tx.getKnex();
  const ofKind = (kind: 'expire' | 'warn') => reviewed.filter((item) => item[kind]).map((item) => item.referral.id);
  const expiry = {
    state: ReferralState.EXPIRED,
    resolvedBy: deps.actorId,
    resolvedAt: now,
    resolutionNote: `Nobody decided it by its due time: expired by the collections cycle of ${asOf} (rules/credit-authority.json)`,
    version: knex.raw('version + 1'),
    updatedAt: now,
  };
  // Only from OPEN and only from null: whoever else runs the cycle (or decides the referral) at the same time.
  const expired = new Set(await updateReturningIds(tx, Referral, ofKind('expire'), expiry, { state: ReferralState.OPEN }));
  const warned = new Set(await updateReturningIds(tx, Referral, ofKind('warn'), { dueAlertedAt: now, updatedAt: now }, { state: ReferralState.OPEN, dueAlertedAt: null }));

  const outbox = Outbox.bulk(deps, tx);
  for (const { referral, decision } of reviewed) {
    if (!expired.has(referral.id) && !warned.has(referral.id)) continue;
    const record: DecisionRecord = outbox.record(decision, `Referral ${referral.id}`);
    const about = { customerId: referral.customer?.id ?? null, invoiceId: referral.invoice?.id ?? null };
    const dueAt = referral.dueAt.toISOString();
    if (expired.has(referral.id)) {
      await referralApplierFor(referral.mutation)?.release(tx, referral, now);
      await outbox.alert(
        record,
        about,
        { alertSource: 'REFERRAL_EXPIRED', stage: ReferralState.EXPIRED },
        {
          staff: `${referral.subjectLabel}: nobody decided the referral by ${dueAt}; it expired and the held request was let go as declined`,
          partner: `${referral.subjectLabel}: the credit decision is taken (expired)`,
        },
        asOf,
        { data: { referralId: referral.id, dueAt } },
      );
      result.expired += 1;
    } else {
      await outbox.alert(
        record,
        about,
        { alertSource: 'REFERRAL_DUE' },
        {
          staff: `${referral.subjectLabel} waits for a ${referral.requiredLevel.toLowerCase().replace('_', ' ')}'s decision by ${dueAt}: approve or decline it before it expires`,
          partner: `${referral.subjectLabel} waits for a credit decision`,
        },
        asOf,
        { data: { referralId: referral.id, dueAt } },
      );
      result.due += 1;
    }
  }
  await outbox.write();
}
