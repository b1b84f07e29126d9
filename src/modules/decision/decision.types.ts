import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DecisionOutcome, type Decision, type FiredRule } from '../../policy/decision';

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

@ObjectType({ description: 'A policy rule that was evaluated for a decision and did not fire.' })
export class FailedRuleView {
  @Field()
  policy!: string;

  @Field()
  rule!: string;

  @Field()
  description!: string;
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

export function toFiredRuleViews(firedRules: FiredRule[]): FiredRuleView[] {
  return firedRules.map((fired) => ({
    policy: fired.policy,
    rule: fired.rule,
    description: fired.description,
    event: fired.event.type,
    params: fired.event.params,
    because: fired.because,
  }));
}

@ObjectType({ description: 'What the policy decides for given facts, computed without writing anything.' })
export class DecisionPreview {
  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field(() => [FiredRuleView])
  firedRules!: FiredRuleView[];

  @Field(() => [FailedRuleView])
  failedRules!: FailedRuleView[];

  @Field(() => [PolicyVersionView])
  policyVersions!: PolicyVersionView[];

  @Field()
  explanation!: string;

  static of(decision: Decision): DecisionPreview {
    return Object.assign(new DecisionPreview(), {
      outcome: decision.outcome,
      firedRules: toFiredRuleViews(decision.firedRules),
      failedRules: decision.failedRules,
      policyVersions: decision.policyVersions,
      explanation: decision.explanation,
    });
  }
}

@ObjectType({ description: 'A stored decision re-evaluated from its stored facts under its stored policy versions.' })
export class DecisionReplay extends DecisionPreview {
  @Field({ description: 'True when the replay gives the stored outcome and fires the same rules.' })
  matches!: boolean;
}
