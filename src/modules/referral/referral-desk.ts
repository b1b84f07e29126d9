/**
 * The referral desk the kernel's pipeline opens referrals through (src/app/referral-desk.ts): the
 * amount at stake in the base currency (the one rules/credit-authority.json counts in), converted
 * with the FX rate in force on the referred decision's business date, then openReferral.
 */
import type { ReferralDesk } from '../../app/referral-desk';
import { convertMinorUnits } from '../../shared/money';
import { ratesInForce } from '../fx';
import { ReferralSubjectType } from './referral.entity';
import { openReferral } from './referral.service';

export function createReferralDesk(options: { baseCurrency: string }): ReferralDesk {
  return {
    async open(ctx, em, outbox, { mutation, decision, record, opening }) {
      let amountBaseMinor = 0;
      if (opening.amount) {
        const { minor, currency } = opening.amount;
        // No rate in force is BAD_USER_INPUT naming the pair: the authority cannot be known without it.
        const rate = currency === options.baseCurrency ? null : (await ratesInForce(em, [currency], options.baseCurrency, decision.businessDate)).get(currency)!;
        amountBaseMinor = rate ? convertMinorUnits(minor, currency, options.baseCurrency, rate.rate) : minor;
      }
      return openReferral(ctx, em, outbox, {
        decisionRecord: record,
        decision,
        mutation,
        subject: { ...opening.subject, type: ReferralSubjectType[opening.subject.type] },
        customerId: opening.customerId,
        invoiceId: opening.invoiceId ?? null,
        amount: opening.amount,
        amountBaseMinor,
        heldRequest: opening.heldRequest,
      });
    },
  };
}
