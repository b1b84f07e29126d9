import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { OPERATORS } from '../../app/roles';
import { businessDate } from '../../shared/clock';
import { pastOrToday } from '../../shared/dates';
import { LocalDateScalar } from '../../app/scalars';
import { runCollectionCycle } from './collections.service';
import { CollectionCycleResultView } from './dto/collection-cycle.result';

@Resolver()
export class CollectionsResolver {
  @Authorized(...OPERATORS)
  @Mutation(() => CollectionCycleResultView, {
    description: 'Moves every open invoice along the collections ladder (rules/collections.json) as of a business date. Running it again for the same date changes nothing.',
  })
  runCollectionCycle(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Today when omitted; never in the future.' }) asOf?: string | null,
  ): Promise<CollectionCycleResultView> {
    const date = pastOrToday(asOf, 'asOf', businessDate(ctx.clock));
    return runCollectionCycle({ em: ctx.em, policy: ctx.policy, clock: ctx.clock, actorId: ctx.actor.id }, date);
  }
}
