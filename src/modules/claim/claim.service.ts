/** Reading insurance claims. Filing and deciding claims arrive with the credit-insurance issue. */
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../server/context';
import { connectionFromCursor, toPage } from '../../shared/pagination';
import { assertFilterId, findByIdOrFail } from '../../shared/ids';
import { Claim } from './claim.entity';
import type { ClaimsArgs } from './dto/claims.args';

export async function getClaim(ctx: RequestContext, id: string): Promise<Claim> {
  return findByIdOrFail(ctx.em, Claim, id);
}

export async function listClaims(ctx: RequestContext, args: ClaimsArgs) {
  const page = toPage(args);
  const filter = args.filter ?? {};
  const where: FilterQuery<Claim> = {};
  if (filter.customerId) where.customer = assertFilterId(filter.customerId, 'filter.customerId');
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
