import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: 'A policy rule that fired for a decision.' })
export class FiredRuleView {
  @Field({ description: 'Policy name, e.g. payment-terms.' })
  policy!: string;

  @Field({ description: 'Rule name within the policy.' })
  rule!: string;

  @Field()
  description!: string;

  @Field({ description: 'Event type the rule raised, e.g. set-payment-term.' })
  event!: string;

  @Field(() => GraphQLJSONObject, { description: 'The event params, e.g. { "days": 30 }.' })
  params!: Record<string, unknown>;

  @Field(() => [String], { description: 'The conditions that held, e.g. "riskTier = B".' })
  because!: string[];
}

@ObjectType({ description: 'A policy file version a decision was taken under.' })
export class PolicyVersionView {
  @Field()
  name!: string;

  @Field()
  version!: string;

  @Field({ description: 'SHA-256 of the policy file.' })
  hash!: string;
}
