/** The referral module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { Referral, ReferralState, ReferralSubjectType } from './referral.entity';
export { openReferral } from './referral.service';
export { createReferralDesk } from './referral-desk';
export type { OpenReferralInput, ReferralDeps } from './referral.service';
export { registerReferralApplier } from './referral-appliers';
export type { ReferralApplier, ReferralApplyResult, ReferralApproved, ReferralModification } from './referral-appliers';
export { referralLoaders } from './referral.loaders';
export { reviewReferralDeadlines } from './referral-deadlines.service';
export type { ReferralDeadlineDependencies, ReferralDeadlineResult } from './referral-deadlines.service';
