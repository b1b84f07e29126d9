import { ArgsType, Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../../app/pagination';
import { LocalDateScalar } from '../../../app/scalars';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { PolicyEvent } from '../policy-event.entity';

@ObjectType('PolicyRule', { description: 'A rule of a live policy.' })
export class PolicyRuleView {
  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'The event the rule raises, e.g. set-payment-term.' })
  event!: string;
}

@ObjectType('Policy', { description: 'A policy file version the server is serving.' })
export class PolicyView {
  @Field()
  name!: string;

  @Field()
  version!: string;

  @Field()
  description!: string;

  @Field({ description: 'SHA-256 of the file: decisions name the hashes they were taken under.' })
  hash!: string;

  @Field({ description: 'The file it was read from.' })
  file!: string;

  @Field({ description: 'When this server first served this version.' })
  loadedAt!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null: in force from the beginning.' })
  effectiveFrom!: string | null;

  @Field({ description: 'Whether this is the version in force today (a later-dated version waits for its date).' })
  inForce!: boolean;

  @Field(() => [String], { description: 'Mutations the policy takes part in.' })
  appliesTo!: string[];

  @Field(() => [PolicyRuleView])
  rules!: PolicyRuleView[];
}

export const PolicyEventConnection = Connection(PolicyEvent, 'PolicyEvent');

@ObjectType({ description: 'What reading the rules folder did: the policies that went live, or why the change was refused.' })
export class ReloadPoliciesPayload {
  @Field({ description: 'False: the folder was refused and the previous policies keep serving.' })
  applied!: boolean;

  @Field(() => [String], { description: 'Names of the policies with a version that went live (empty when nothing changed).' })
  newlyLive!: string[];

  @Field(() => [String], { description: 'Why the folder was refused: file, line, JSON path and reason per problem.' })
  problems!: string[];

  @Field(() => DecisionRecord, { description: 'The reloadPolicies decision: who asked, and when.' })
  decision!: DecisionRecord;
}

@ArgsType()
export class EvaluatePolicyArgs {
  @Field({ description: 'The mutation to decide, e.g. issueInvoice.' })
  mutation!: string;

  @Field(() => GraphQLJSONObject, { description: "The facts, complete for the mutation (see rules/README.md). Money facts in minor units." })
  facts!: Record<string, unknown>;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Business date that selects policy versions; today when omitted.' })
  businessDate?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'A draft policy file body: checked like a file in rules/, then used in place of the live version with the same name and effectiveFrom.',
  })
  draft?: Record<string, unknown> | null;
}
