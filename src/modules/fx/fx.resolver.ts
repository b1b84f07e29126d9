import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { RISK_OFFICERS, READERS } from '../../app/roles';
import { FxRatesArgs, SetFxRateInput, SetFxRatePayload } from './dto/set-fx-rate.input';
import { FxRate } from './fx-rate.entity';
import { listFxRates, setFxRate } from './fx.service';

@Resolver(() => FxRate)
export class FxRateResolver {
  @Authorized(...READERS)
  @Query(() => [FxRate], { description: 'Exchange rates by pair, newest first; with asOf, the rate of each pair in force that day.' })
  fxRates(@Args() args: FxRatesArgs, @Ctx() ctx: RequestContext) {
    return listFxRates(ctx, args);
  }

  @Authorized(...RISK_OFFICERS)
  @Mutation(() => SetFxRatePayload, {
    description: 'Sets the exchange rate of a pair from a date on; rules/fx-rates.json refers a large move against the previous rate: the rate is then held by a referral (fxRate null) and stored once another person approves it.',
  })
  setFxRate(@Arg('input') input: SetFxRateInput, @Ctx() ctx: RequestContext) {
    return setFxRate(ctx, input);
  }
}
