/**
 * Recoveries: money received on a written-off invoice (recordPayment on a WRITTEN_OFF invoice).
 *  - The buyer still owes what was written off and what the insurer indemnified: a recovery is
 *    accepted up to that (indemnified + written off - recovered so far), never more.
 *  - The invoice stays WRITTEN_OFF with nothing outstanding; `recovered` grows, `writtenOff` keeps what
 *    was written off. The portfolio's written-off figure is net of the seller's share of recoveries.
 *  - After a claim payout (a PAID claim covered the invoice), rules/claims.json says how the recovery is
 *    shared (share-recovery): the insurer's share is computed on the claim's recoveries so far, rounded
 *    DOWN to the minor unit and capped at the payout (cumulative, so several recoveries never drift from
 *    one), recorded on the claim (owedToInsurer) and the invoice, and alerted (RECOVERY_OWED_TO_INSURER)
 *    so someone passes it on. Without a paid claim the recovery is all the seller's.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { forUpdate } from '../../db/locking';
import { eventsOfType, type Decision } from '../../policy/decision';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { RequestContext } from '../../app/context';
import { daysBetween } from '../../shared/dates';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { findByIdOrFail } from '../../shared/ids';
import { formatMoney, PPM } from '../../shared/money';
import { forEveryone } from '../../app/outbox/outbox';
import { Invoice, InvoiceStatus } from '../invoice';
import { type RecordPaymentInput, Payment } from '../payment';
import { Claim, ClaimLine, ClaimStatus } from './claim.entity';


export async function recordRecovery(ctx: RequestContext, input: RecordPaymentInput, receivedOn: string, amountMinor: number) {
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'recordRecovery',
    idempotencyOperation: 'recordPayment',
    idempotent: input,
    businessDate: receivedOn,
    subject: `Recovery on invoice ${input.invoiceId}`,
    gatherFacts: async (em) => {
      const invoice = await findByIdOrFail(em, Invoice, input.invoiceId, forUpdate(em));
      if (invoice.status !== InvoiceStatus.WRITTEN_OFF) throw new ConflictError(`Invoice ${invoice.number} changed meanwhile (now ${invoice.status}); send the payment again`, { field: 'invoiceId' });
      if (input.currency !== invoice.currency) {
        throw new BadUserInputError(`currency ${input.currency} differs from invoice ${invoice.number}'s currency ${invoice.currency}`, { field: 'currency' });
      }
      const recoverableMinor = invoice.indemnifiedMinor + invoice.writtenOffMinor - invoice.recoveredMinor;
      if (amountMinor > recoverableMinor) {
        throw new BadUserInputError(
          `Recovery of ${formatMoney(amountMinor, input.currency)} exceeds what the buyer still owes on written-off invoice ${invoice.number} (${formatMoney(recoverableMinor, input.currency)})`,
          { field: 'amount' },
        );
      }
      const claim = await paidClaimOf(em, invoice.id);
      await em.populate(invoice, ['customer']);
      const facts = {
        recoveryMinor: amountMinor,
        recoverableMinor,
        claimPaid: claim !== null,
        indemnityPercent: claim?.indemnityPercent ?? 0,
        payoutMinor: claim?.paidMinor ?? 0,
        owedToInsurerMinor: claim?.owedToInsurerMinor ?? 0,
        daysSinceWriteOff: invoice.writtenOffOn ? daysBetween(invoice.writtenOffOn, receivedOn) : 0,
      };
      return { facts, read: { invoice, claim } };
    },
    apply: async (decision, em, record, { invoice, claim }, outbox) => {
      const insurerMinor = claim ? insurerShare(decision, claim, amountMinor) : 0;
      const payment = em.create(Payment, { invoice, currency: input.currency, amountMinor, receivedOn, reference: input.reference ?? null, decision: record, createdAt: ctx.clock.now() });
      invoice.recoveredMinor += amountMinor;
      invoice.recoveredForInsurerMinor += insurerMinor;
      if (claim) {
        claim.recoveredMinor += amountMinor;
        claim.owedToInsurerMinor += insurerMinor;
      }
      if (claim && insurerMinor > 0) {
        await outbox.alert(
          record,
          { customerId: invoice.customer.id, invoiceId: invoice.id },
          { alertSource: 'RECOVERY_OWED_TO_INSURER' },
          // Partners read the payment, and the claim's recovered and owedToInsurer.
          forEveryone(
            `Recovered ${formatMoney(amountMinor, invoice.currency)} on invoice ${invoice.number} after the claim payout: ${formatMoney(insurerMinor, invoice.currency)} is owed to the insurer (claim ${claim.id}; ${formatMoney(claim.owedToInsurerMinor, invoice.currency)} in all), the seller keeps ${formatMoney(amountMinor - insurerMinor, invoice.currency)}`,
          ),
          receivedOn,
        );
      }
      return { payment, invoice };
    },
  });
  return { ...result, decision };
}

/** The settled claim that covered the invoice (locked: recoveries of one claim are shared one at a time), or null. */
async function paidClaimOf(em: EntityManager, invoiceId: string): Promise<Claim | null> {
  const line = await em.findOne(ClaimLine, { invoice: invoiceId, claim: { status: ClaimStatus.PAID } }, { fields: ['claim'] });
  return line ? em.findOne(Claim, { id: line.claim.id }, forUpdate(em) as object) : null;
}

/**
 * The insurer's share of this recovery: its share of all the claim's recoveries so far (the basis of
 * rules/claims.json; INSURER_FIRST wins over INDEMNITY_PERCENT), rounded down and capped at the payout,
 * less what it already got. No share-recovery event: nothing is the insurer's.
 */
function insurerShare(decision: Decision, claim: Claim, amountMinor: number): number {
  const bases = eventsOfType(decision, 'share-recovery').map((params) => String(params.basis));
  if (bases.length === 0) return 0;
  const recovered = BigInt(claim.recoveredMinor + amountMinor);
  const due = bases.includes('INSURER_FIRST') ? recovered : (recovered * BigInt(claim.indemnityPpm)) / PPM;
  const cumulative = Math.min(Number(due), claim.paidMinor);
  return Math.max(0, cumulative - claim.owedToInsurerMinor);
}
