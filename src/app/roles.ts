/**
 * Who may call what: every query, mutation, subscription and sensitive field names one of these
 * groups with @Authorized (test/server/authorization-walk.test.ts fails on one without).
 * ADMIN may do everything. PARTNER reads only through the groups that include it, and then only
 * its organisation's customers (src/modules/partner/partner-scope.ts).
 */
import { Role } from './actor';

/** The seller's own staff: read the whole portfolio. */
export const READERS = [Role.VIEWER, Role.OPERATOR, Role.RISK_OFFICER, Role.INSURER, Role.ADMIN];
/** Staff plus partner portals; partners see their organisation's customers only. */
export const READERS_AND_PARTNERS = [...READERS, Role.PARTNER];
/** Day-to-day operations: customers, invoices, payments, the collections run. */
export const OPERATORS = [Role.OPERATOR, Role.ADMIN];
/** Credit decisions: limits, reviews, term extensions, write-offs, FX rates, policy dry-run and back-test. */
export const RISK_OFFICERS = [Role.RISK_OFFICER, Role.ADMIN];
/** Whoever acts on risk alerts (acknowledges them). */
export const ALERT_HANDLERS = [Role.OPERATOR, Role.RISK_OFFICER, Role.ADMIN];
/** The credit insurer: decides claims. */
export const INSURERS = [Role.INSURER, Role.ADMIN];
export const ADMINS = [Role.ADMIN];
