/**
 * Composition root of referrals: which module carries out the held request of each mutation the
 * policy can refer (the appliers), and the desk the pipeline opens referrals through.
 */
import type { ReferralDesk } from '../app/referral-desk';
import { DEFAULT_BASE_CURRENCY } from '../config/config';
import { heldCustomerChangeApplier } from '../modules/customer';
import { heldLimitApplier } from '../modules/exposure';
import { heldFxRateApplier } from '../modules/fx';
import { heldCoverApplier } from '../modules/insurance';
import { heldInvoiceApplier, heldWriteOffApplier } from '../modules/invoice';
import { heldExtensionApplier } from '../modules/term-extension';
import { createReferralDesk, registerReferralApplier } from '../modules/referral';

export function wireReferrals(baseCurrency: string = DEFAULT_BASE_CURRENCY): ReferralDesk {
  registerReferralApplier('issueInvoice', heldInvoiceApplier);
  registerReferralApplier('requestCreditLimit', heldLimitApplier);
  registerReferralApplier('writeOffInvoice', heldWriteOffApplier);
  registerReferralApplier('requestTermExtension', heldExtensionApplier);
  registerReferralApplier('requestInsuredLimit', heldCoverApplier);
  registerReferralApplier('setFxRate', heldFxRateApplier);
  registerReferralApplier('updateCustomer', heldCustomerChangeApplier);
  return createReferralDesk({ baseCurrency });
}
