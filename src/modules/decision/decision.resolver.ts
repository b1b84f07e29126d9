import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { READERS } from '../../app/roles';
import { findByIdOrFail } from '../../shared/ids';
import { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { replayDecision } from './decision-replay.service';
import { DecisionReplay, FailedRuleView, FiredRuleView, PolicyVersionView, toFiredRuleViews } from './decision.types';

@Resolver(() => DecisionRecord)
export class DecisionResolver {
  @Authorized(...READERS)
  @Query(() => DecisionRecord, { description: 'A stored policy decision, with its reasons.' })
  async decision(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DecisionRecord> {
    return findByIdOrFail(ctx.em, DecisionRecord, id);
  }

  @FieldResolver(() => [FiredRuleView])
  firedRules(@Root() decision: DecisionRecord): FiredRuleView[] {
    return toFiredRuleViews(decision.firedRules);
  }

  @FieldResolver(() => [FailedRuleView], { description: 'Rules evaluated that did not fire.' })
  failedRules(@Root() decision: DecisionRecord): FailedRuleView[] {
    return decision.failedRules;
  }

  @FieldResolver(() => DecisionReplay, { description: 'Re-evaluates the stored facts under the stored policy versions; must match.' })
  replay(@Root() decision: DecisionRecord, @Ctx() ctx: RequestContext): Promise<DecisionReplay> {
    return replayDecision(ctx.em, decision);
  }

  @FieldResolver(() => [PolicyVersionView])
  policyVersions(@Root() decision: DecisionRecord): PolicyVersionView[] {
    return decision.policyVersions;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The facts the rules saw. Money facts are integer minor units.' })
  facts(@Root() decision: DecisionRecord): Record<string, unknown> {
    return decision.facts;
  }
}
