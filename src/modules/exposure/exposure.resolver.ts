import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../server/context';
import { LimitDecision } from './exposure.entity';
import { ExposureView } from './exposure.view';

@Resolver(() => ExposureView)
export class ExposureResolver {
  @FieldResolver(() => [LimitDecision])
  limitHistory(@Root() exposure: ExposureView, @Ctx() ctx: RequestContext): Promise<LimitDecision[]> {
    return ctx.loaders.limitHistory.load(exposure.exposureId);
  }
}
