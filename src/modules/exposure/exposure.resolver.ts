import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { RISK_OFFICERS, READERS } from '../../app/roles';
import { businessDate } from '../../shared/clock';
import { pastOrToday } from '../../shared/dates';
import { PageArgs, toPage } from '../../app/pagination';
import { LocalDateScalar } from '../../app/scalars';
import { requestCreditLimit, reviewCreditLimits } from './credit-limit.service';
import { CreditLimitReviewResult, LimitDecisionConnection, RequestCreditLimitInput, RequestCreditLimitPayload } from './dto/credit-limit.types';
import { ExposureView } from './exposure.view';

@Resolver(() => ExposureView)
export class ExposureResolver {
  @Authorized(...RISK_OFFICERS)
  @Mutation(() => RequestCreditLimitPayload, {
    description:
      'Asks for a credit limit: APPROVED, PARTIAL (the cap of rules/credit-limits.json is granted), REFERRED or REJECTED. Every answer is kept in the limit history.',
  })
  requestCreditLimit(@Arg('input') input: RequestCreditLimitInput, @Ctx() ctx: RequestContext) {
    return requestCreditLimit(ctx, input);
  }

  @Authorized(...RISK_OFFICERS)
  @Mutation(() => CreditLimitReviewResult, {
    description: 'The periodic review of every credit limit: reduced above its cap, stepped up when on-time payments earned it. Running it again for the same date changes nothing.',
  })
  reviewCreditLimits(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Today when omitted; never in the future.' }) asOf?: string | null,
  ) {
    const date = pastOrToday(asOf, 'asOf', businessDate(ctx.clock));
    return reviewCreditLimits(ctx, date);
  }

  @Authorized(...READERS) // staff only: partners do not see it
  @FieldResolver(() => LimitDecisionConnection, { description: 'Decisions on the credit limit, newest first.' })
  limitHistory(@Root() exposure: ExposureView, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.loaders.limitHistory.load({ parentId: exposure.exposureId, page: toPage(args) });
  }
}
