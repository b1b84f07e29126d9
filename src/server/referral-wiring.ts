/**
 * Composition root of referrals: which module carries out the held request of each mutation the
 * policy can refer (the appliers), and the desk the pipeline opens referrals through.
 */
import type { ReferralDesk } from '../app/referral-desk';
import { DEFAULT_BASE_CURRENCY } from '../config/config';
import { heldCustomerChangeApplier } from '../modules/customer';
import { heldInvoiceApplier } from '../modules/invoice';
import { createReferralDesk, registerReferralApplier } from '../modules/referral';

export function wireReferrals(baseCurrency: string = DEFAULT_BASE_CURRENCY): ReferralDesk {
  registerReferralApplier('issueInvoice', heldInvoiceApplier);
  registerReferralApplier('updateCustomer', heldCustomerChangeApplier);
  return createReferralDesk({ baseCurrency });
}
