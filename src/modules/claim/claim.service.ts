/** Reading insurance claims. Filing and deciding claims arrive with the credit-insurance issue. */
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../server/context';
import { connectionFromCursor, toPage } from '../../shared/pagination';
import { assertFilterId, findByIdOrFail } from '../../shared/ids';
import { assertVisible, customerCondition } from '../partner/partner-scope';
import { Claim } from './claim.entity';
import type { ClaimsArgs } from './dto/claims.args';

export async function getClaim(ctx: RequestContext, id: string): Promise<Claim> {
  const claim = await findByIdOrFail(ctx.em, Claim, id);
  await assertVisible(ctx, claim.customer.id, 'Claim', id);
  return claim;
}

export async function listClaims(ctx: RequestContext, args: ClaimsArgs) {
  const page = toPage(args);
  const filter = args.filter ?? {};
  const where: FilterQuery<Claim> = {};
  const customer = await customerCondition(ctx, filter.customerId ? assertFilterId(filter.customerId, 'filter.customerId') : null);
  if (customer) where.customer = customer;
  if (filter.status) where.status = filter.status;
  if (filter.cause) where.cause = filter.cause;
  const cursor = await ctx.em.findByCursor(Claim, where, {
    first: page.first,
    after: page.after ?? undefined,
    orderBy: [{ filedOn: 'desc' }, { id: 'desc' }],
    includeCount: true,
  });
  return connectionFromCursor(cursor, page);
}
