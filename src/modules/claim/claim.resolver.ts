import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../server/context';
import { READERS_AND_PARTNERS } from '../../server/auth-checker';
import { Customer } from '../customer/customer.entity';
import { ClaimConnection } from '../connections';
import { getCustomer } from '../customer/customer.service';
import { Invoice } from '../invoice/invoice.entity';
import { getInvoice } from '../invoice/invoice.service';
import { Claim } from './claim.entity';
import { getClaim, listClaims } from './claim.service';
import { ClaimsArgs } from './dto/claims.args';

@Resolver(() => Claim)
export class ClaimResolver {
  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => Claim)
  claim(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getClaim(ctx, id);
  }

  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => ClaimConnection, { description: 'Insurance claims, newest first.' })
  claims(@Args() args: ClaimsArgs, @Ctx() ctx: RequestContext) {
    return listClaims(ctx, args);
  }

  @FieldResolver(() => Customer)
  customer(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return getCustomer(ctx, claim.customer.id);
  }

  @FieldResolver(() => Invoice, { nullable: true })
  invoice(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return claim.invoice ? getInvoice(ctx, claim.invoice.id) : null;
  }
}
