import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocalDateScalar } from '../../../app/scalars';

@ArgsType()
export class BacktestPolicyArgs {
  @Field(() => [GraphQLJSONObject], { description: 'Draft policy file bodies; each replaces the live version with its name and effectiveFrom.' })
  drafts!: Record<string, unknown>[];

  @Field(() => LocalDateScalar, { description: 'First business date of the decisions to replay.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last business date of the decisions to replay.' })
  to!: string;
}

@ObjectType()
export class BacktestOutcomeChange {
  @Field()
  mutation!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How often a rule fired among the decisions that change, before and under the draft.' })
export class BacktestRuleChange {
  @Field()
  policy!: string;

  @Field()
  rule!: string;

  @Field(() => GraphQLJSONObject, { description: 'The event with its params, e.g. { "type": "set-payment-term", "params": { "days": 30 } }.' })
  event!: Record<string, unknown>;

  @Field(() => Int)
  firedBefore!: number;

  @Field(() => Int)
  firedAfter!: number;
}

@ObjectType()
export class BacktestTier {
  @Field()
  riskTier!: string;

  @Field(() => Int)
  decisions!: number;

  @Field(() => Int)
  changed!: number;
}

@ObjectType({ description: 'What a draft policy would have changed in stored decisions.' })
export class BacktestReportView {
  @Field(() => Int)
  decisions!: number;

  @Field(() => Int)
  changed!: number;

  @Field(() => [BacktestOutcomeChange])
  outcomeChanges!: BacktestOutcomeChange[];

  @Field(() => [BacktestRuleChange])
  ruleChanges!: BacktestRuleChange[];

  @Field(() => [BacktestTier])
  tiers!: BacktestTier[];

  @Field({ description: 'Change in credit granted (first lines, invoices allowed on credit), in minor units of the decisions’ currencies, as an integer string.' })
  creditGrantedDeltaMinor!: string;

  @Field(() => Int, { description: 'Invoices that would get a different payment term.' })
  invoicesWithNewTerm!: number;

  @Field({ description: 'Sum of (new term − old term) × invoice amount, in minor-unit days, as an integer string.' })
  termDayAmountDelta!: string;

  @Field(() => [String], { description: 'Ids of some changed decisions, to open with decision(id).' })
  sampleChangedDecisionIds!: string[];
}
