import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateColumn, TimestampColumn } from '../../shared/columns';
import { LocalDateScalar } from '../../app/scalars';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { type Customer, RiskTier } from './customer.entity';

/** Points one dimension of the scorecard gave. */
@ObjectType({ description: 'Points one dimension of the scorecard contributed to a score.' })
export class ScorePoints {
  @Field()
  dimension!: string;

  @Field(() => Int)
  points!: number;
}

/**
 * One entry of a customer's grade history: the score, grade and tier the scorecard gave, with the
 * three decisions behind them (score, grade, tier), each stored and replayable.
 */
@ObjectType({ description: "One (re-)grading of a customer by the scorecard: score, grade, tier and why." })
@Entity()
@Unique({ properties: ['customer', 'sequence'] })
export class GradeChange {
  [OptionalProps]?: 'previousGrade' | 'previousRiskTier' | 'createdAt' | 'decisionId' | 'scoreDecisionId' | 'gradeDecisionId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Customer', deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  /** 1, 2, 3 ... per customer: the history's order (newest first is the highest). */
  @Field(() => Int, { description: '1 for the first grading of the customer, then 2, 3, ...' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  score!: number;

  @Field(() => [ScorePoints], { description: 'The points of each dimension, as the scorecard gave them.' })
  @Property({ type: 'json' })
  points!: ScorePoints[];

  @Field(() => Int)
  @Property({ type: 'smallint' })
  grade!: number;

  @Field(() => RiskTier)
  @Enum({ items: () => RiskTier })
  riskTier!: RiskTier;

  @Field(() => Int, { nullable: true, description: 'Grade before this grading; null for the first one.' })
  @Property({ type: 'smallint', nullable: true })
  previousGrade: number | null = null;

  @Field(() => RiskTier, { nullable: true })
  @Enum({ items: () => RiskTier, nullable: true })
  previousRiskTier: RiskTier | null = null;

  @Field({ description: 'Why the customer was graded, e.g. "onboarding" or "financials updated".' })
  @Property({ length: 500 })
  reason!: string;

  @ManyToOne({ entity: 'DecisionRecord' })
  decision!: Rel<DecisionRecord>;

  @ManyToOne({ entity: 'DecisionRecord' })
  scoreDecision!: Rel<DecisionRecord>;

  @ManyToOne({ entity: 'DecisionRecord' })
  gradeDecision!: Rel<DecisionRecord>;

  @Field(() => ID, { description: 'The decision that assigned the risk tier (createCustomer or updateCustomer).' })
  get decisionId(): string {
    return this.decision.id;
  }

  @Field(() => ID, { description: 'The scoreCustomer decision: the points of each dimension.' })
  get scoreDecisionId(): string {
    return this.scoreDecision.id;
  }

  @Field(() => ID, { description: 'The gradeCustomer decision: score to grade.' })
  get gradeDecisionId(): string {
    return this.gradeDecision.id;
  }

  @Field(() => LocalDateScalar, { description: 'Business date of the grading.' })
  @DateColumn()
  asOf!: string;

  @Field()
  @TimestampColumn()
  createdAt!: Date;
}
