/**
 * Object-level isolation: what a partner organisation may see of the portfolio. The seller's staff see
 * every customer; a PARTNER sees only the customers linked to its organisation (PartnerAccess), and
 * through them their invoices, payments, claims and alerts. Every service that reads by id or lists
 * goes through here; something not visible is NOT_FOUND (a partner cannot even learn it exists).
 *
 * Held requests are the seller's internal business, never a partner's, even of a customer it may see:
 * no referral, no referral alert (REFERRAL_*, RiskAlert.staffOnly), no held invoice (ON_HOLD, or
 * CANCELLED after its referral ended: never issued), no held exposure. A partner portal (an insurer,
 * a bank) sees what was issued and decided, not what waits for a decision (seesHeldRequests).
 */
import type { RequestContext } from '../../app/context';
import { Role } from '../../app/actor';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { PartnerAccess } from './partner-access.entity';

/** Per request: the links are read once, however many objects the request touches. */
const linkedCustomers = new WeakMap<RequestContext, Promise<ReadonlySet<string>>>();

/** The customers this request may see, or null when it may see every customer. */
export function visibleCustomers(ctx: RequestContext): Promise<ReadonlySet<string>> | null {
  if (ctx.actor.role !== Role.PARTNER) return null;
  let linked = linkedCustomers.get(ctx);
  if (!linked) {
    const organisationId = partnerOrganisation(ctx);
    linked = ctx.em
      .find(PartnerAccess, { organisationId }, { fields: ['customer'] })
      .then((rows) => new Set(rows.map((access) => access.customer.id)));
    linkedCustomers.set(ctx, linked);
  }
  return linked;
}

/** False for partners: they see no held request, referral or staff-only alert (see the file comment). */
export function seesHeldRequests(ctx: Pick<RequestContext, 'actor'>): boolean {
  return ctx.actor.role !== Role.PARTNER;
}

/** Throws NOT_FOUND for an object of a customer this request may not see. */
export async function assertVisible(ctx: RequestContext, customerId: string, entity: string, id: string): Promise<void> {
  const visible = visibleCustomers(ctx);
  if (visible && !(await visible).has(customerId)) throw new NotFoundError(entity, id);
}

/**
 * The `customer` condition of a list query: the customers asked for (one, several or any), narrowed to
 * the visible ones. Undefined means "no condition".
 */
export async function customerCondition(ctx: RequestContext, requested?: string | readonly string[] | null): Promise<CustomerCondition | undefined> {
  const asked = requested == null ? null : typeof requested === 'string' ? [requested] : [...requested];
  const visible = visibleCustomers(ctx);
  if (!visible) return asked === null ? undefined : asked.length === 1 ? asked[0] : { $in: asked };
  const mine = await visible;
  return { $in: asked === null ? [...mine] : asked.filter((id) => mine.has(id)) };
}

export type CustomerCondition = string | { $in: string[] };

/** The organisation a partner acts for (the `org` claim); a partner token without one may see nothing. */
export function partnerOrganisation(ctx: RequestContext): string {
  if (!ctx.actor.organisationId) throw new ForbiddenError('A partner token must name its organisation (the org claim)');
  return ctx.actor.organisationId;
}
