/**
 * The seam between deciding a referral and carrying out the request it held. Each module whose
 * mutation can be referred registers one applier for it (issueInvoice by the invoice module,
 * requestCreditLimit by the exposure module, ...); approveReferral calls it, in the approval's
 * transaction, once the last approval needed is in. A mutation without an applier is approved
 * honestly: APPROVED with `applied: false`, nothing changed, and the approver is told so.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestContext } from '../../app/context';
import type { MutationName } from '../../policy/fact-catalogue';
import type { Referral } from './referral.entity';

/** What an applier reports: ids of what it created or changed, for Referral.resolution.applyResult. */
export type ReferralApplyResult = Record<string, unknown>;

/**
 * Carries out the held request of an approved referral (`referral.heldRequest`) on `em`, inside the
 * approval's transaction; a domain error thrown here leaves the referral OPEN and the approval unsaved.
 */
export type ReferralApplier = (ctx: RequestContext, em: EntityManager, referral: Referral) => Promise<ReferralApplyResult>;

const appliers = new Map<string, ReferralApplier>();

/** Registers the applier of a referred mutation (once per mutation: a second one is a wiring mistake). */
export function registerReferralApplier(mutation: MutationName, applier: ReferralApplier): void {
  if (appliers.has(mutation)) throw new Error(`a referral applier for ${mutation} is already registered`);
  appliers.set(mutation, applier);
}

/** The applier of a mutation, or null while none is registered. */
export function referralApplierFor(mutation: string): ReferralApplier | null {
  return appliers.get(mutation) ?? null;
}

/** For tests: removes a registered applier. */
export function unregisterReferralApplier(mutation: MutationName): void {
  appliers.delete(mutation);
}
