/**
 * Who may call what: every query, mutation, subscription and sensitive field names one of these
 * groups with @Authorized (test/server/authorization-walk.test.ts fails on one without).
 * ADMIN may do everything. PARTNER reads only through the groups that include it, and then only
 * its organisation's customers (src/modules/partner/partner-scope.ts). A CREDIT_MANAGER may do
 * everything a RISK_OFFICER may; the two differ in how large a referral they may decide
 * (rules/credit-authority.json).
 */
import { APPROVAL_LEVELS, type ApprovalLevel } from '../policy/event-types';
import { Role } from './actor';

/** The seller's own staff: read the whole portfolio. */
export const READERS = [Role.VIEWER, Role.OPERATOR, Role.RISK_OFFICER, Role.CREDIT_MANAGER, Role.INSURER, Role.ADMIN];
/** Staff plus partner portals; partners see their organisation's customers only. */
export const READERS_AND_PARTNERS = [...READERS, Role.PARTNER];
/** Day-to-day operations: customers, invoices, payments, the collections run. */
export const OPERATORS = [Role.OPERATOR, Role.ADMIN];
/** Credit decisions: limits, reviews, term extensions, write-offs, FX rates, policy dry-run and back-test. */
export const RISK_OFFICERS = [Role.RISK_OFFICER, Role.CREDIT_MANAGER, Role.ADMIN];
/** Whoever acts on risk alerts (acknowledges them). */
export const ALERT_HANDLERS = [Role.OPERATOR, Role.RISK_OFFICER, Role.CREDIT_MANAGER, Role.ADMIN];
/** The credit insurer: decides claims. */
export const INSURERS = [Role.INSURER, Role.ADMIN];
export const ADMINS = [Role.ADMIN];

/**
 * Who may approve or decline a referral, lowest authority first: the levels rules/credit-authority.json
 * may require. Which referral each may decide is the policy's `require-authority` level (see coversLevel).
 */
export const REFERRAL_DECIDERS: Role[] = APPROVAL_LEVELS.map((level) => Role[level]);
/** Who may have asked for a referred request (and so withdraw it): whoever may call a mutation the policy refers. */
export const REFERRAL_REQUESTERS = [...new Set([...OPERATORS, ...RISK_OFFICERS])];

/** True when a role's credit authority reaches the level a referral requires (ADMIN reaches every level). */
export function coversLevel(role: Role, level: ApprovalLevel): boolean {
  const rank = APPROVAL_LEVELS.indexOf(role as string as ApprovalLevel);
  return rank >= 0 && rank >= APPROVAL_LEVELS.indexOf(level);
}

/** The levels a role's authority reaches, lowest first (none for a role that decides no referral). */
export function levelsCoveredBy(role: Role): ApprovalLevel[] {
  return APPROVAL_LEVELS.filter((level) => coversLevel(role, level));
}
