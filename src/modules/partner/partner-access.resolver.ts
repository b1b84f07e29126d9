import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ADMINS } from '../../app/roles';
import type { RequestContext } from '../../app/context';
import { PartnerAccessInput } from './dto/partner-access.input';
import { grantPartnerAccess, revokePartnerAccess } from './partner-access.service';

@Resolver()
export class PartnerAccessResolver {
  @Authorized(...ADMINS)
  @Mutation(() => Boolean, { description: "Lets a partner organisation see a customer's risk alerts." })
  grantPartnerAccess(@Arg('input') input: PartnerAccessInput, @Ctx() ctx: RequestContext) {
    return grantPartnerAccess(ctx, input);
  }

  @Authorized(...ADMINS)
  @Mutation(() => Boolean, { description: 'Ends it: from the next alert on, the partner sees nothing more of the customer.' })
  revokePartnerAccess(@Arg('input') input: PartnerAccessInput, @Ctx() ctx: RequestContext) {
    return revokePartnerAccess(ctx, input);
  }
}
