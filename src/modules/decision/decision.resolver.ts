import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../server/context';
import { READERS } from '../../server/auth-checker';
import { findByIdOrFail } from '../../shared/ids';
import { DecisionRecord } from './decision-record.entity';
import { FiredRuleView, PolicyVersionView } from './decision.types';

@Resolver(() => DecisionRecord)
export class DecisionResolver {
  @Authorized(...READERS)
  @Query(() => DecisionRecord, { description: 'A stored policy decision, with its reasons.' })
  async decision(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DecisionRecord> {
    return findByIdOrFail(ctx.em, DecisionRecord, id);
  }

  @FieldResolver(() => [FiredRuleView])
  firedRules(@Root() decision: DecisionRecord): FiredRuleView[] {
    return decision.firedRules.map((fired) => ({
      policy: fired.policy,
      rule: fired.rule,
      description: fired.description,
      event: fired.event.type,
      params: fired.event.params,
      because: fired.because,
    }));
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
