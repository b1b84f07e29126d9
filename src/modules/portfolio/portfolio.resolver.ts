import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { READERS } from '../../app/roles';
import { Portfolio, PortfolioArgs } from './dto/portfolio.types';
import { portfolio } from './portfolio.service';

@Resolver(() => Portfolio)
export class PortfolioResolver {
  @Authorized(...READERS)
  @Query(() => Portfolio, {
    description: 'Aging, expected credit loss, DSO, bad-debt rate and cash forecast of all open receivables on asOf, in one reporting currency.',
  })
  portfolio(@Args() args: PortfolioArgs, @Ctx() ctx: RequestContext) {
    return portfolio(ctx, args);
  }
}
