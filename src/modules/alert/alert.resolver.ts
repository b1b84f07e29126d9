import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ALERT_HANDLERS, READERS_AND_PARTNERS } from '../../app/roles';
import type { RequestContext } from '../../app/context';
import { RiskAlertConnection } from './dto/risk-alert.connection';
import { acknowledgeAlert, alertDataFor, alertMessageFor, listAlerts, streamAlertBatches, streamAlerts } from './alert.service';
import { RiskAlertView } from './dto/risk-alert.view';
import { RiskAlertBatchSubscriptionArgs, RiskAlertsArgs, RiskAlertSubscriptionArgs } from './dto/risk-alerts.args';

@Resolver(() => RiskAlertView)
export class AlertResolver {
  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => RiskAlertConnection, { name: 'riskAlerts', description: 'Stored risk alerts, newest first.' })
  alertHistory(@Args() args: RiskAlertsArgs, @Ctx() ctx: RequestContext) {
    return listAlerts(ctx, args);
  }

  @Authorized(...ALERT_HANDLERS)
  @Mutation(() => RiskAlertView, { description: 'Marks an alert as seen and acted on (who and when are kept).' })
  acknowledgeAlert(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return acknowledgeAlert(ctx, id);
  }

  @FieldResolver(() => String, { description: 'What happened. Partners get words with nothing staff-only in them (no score, previous grade, amounts asked, ...).' })
  message(@Root() alert: RiskAlertView, @Ctx() ctx: RequestContext): string {
    return alertMessageFor(ctx.actor, alert);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description: 'What raised it: the alert source and its facts, the business date. Partners get only asOf, alertSource, stage, deadline, country, effectiveFrom and utilization.',
  })
  data(@Root() alert: RiskAlertView, @Ctx() ctx: RequestContext): Record<string, unknown> {
    return alertDataFor(ctx.actor, alert);
  }

  @Authorized(...READERS_AND_PARTNERS)
  @Subscription(() => RiskAlertView, {
    name: 'riskAlerts',
    description: 'Risk alerts as they are committed (graphql-ws on /graphql). With afterSequence, the stored ones after it first.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, RiskAlertSubscriptionArgs, RequestContext>) =>
      streamAlerts(context, args.filter, args.afterSequence),
  })
  // The arguments are checked once, when subscribing (streamAlerts), not again for every alert.
  alertStream(@Root() alert: RiskAlertView, @Args({ validate: false }) _args: RiskAlertSubscriptionArgs): RiskAlertView {
    return alert;
  }

  @Authorized(...READERS_AND_PARTNERS)
  @Subscription(() => [RiskAlertView], {
    name: 'riskAlertBatches',
    description:
      'The riskAlerts stream in batches, for portals that take bursts: each message carries every alert waiting for you ' +
      '(at most maxBatchSize), so the alerts of one commit arrive in one message. Same filter, replay and exactly-once guarantees.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, RiskAlertBatchSubscriptionArgs, RequestContext>) =>
      streamAlertBatches(context, args.filter, args.afterSequence, args.maxBatchSize ?? undefined),
  })
  alertBatchStream(@Root() alerts: RiskAlertView[], @Args({ validate: false }) _args: RiskAlertBatchSubscriptionArgs): RiskAlertView[] {
    return alerts;
  }
}
