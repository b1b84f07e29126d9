import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateColumn, TimestampColumn } from '../../shared/columns';
import { DecimalScalar, LocalDateScalar } from '../../app/scalars';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';

/**
 * An exchange rate set by a risk officer (setFxRate), in force from its effective date until the
 * next rate of the pair. The rate is kept as its exact decimal text: a numeric column would be a
 * float under SQLite's type affinity, and a rate must convert amounts without drift.
 */
@ObjectType({ description: 'An exchange rate: units of `to` for one unit of `from`, in force from effectiveDate until the next rate of the pair.' })
@Entity()
@Unique({ properties: ['fromCurrency', 'toCurrency', 'effectiveDate'] })
@Index({ properties: ['effectiveDate'] })
export class FxRate {
  [OptionalProps]?: 'decision' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ name: 'from', description: 'ISO 4217 currency converted from.' })
  @Property({ length: 3 })
  fromCurrency!: string;

  @Field({ name: 'to', description: 'ISO 4217 currency converted into.' })
  @Property({ length: 3 })
  toCurrency!: string;

  @Field(() => DecimalScalar, { description: 'Units of `to` for one unit of `from`, exact (at most 10 decimals).' })
  @Property({ length: 32 })
  rate!: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  effectiveDate!: string;

  @Field({ description: 'The actor who set (or last corrected) the rate.' })
  @Property({ length: 100 })
  setBy!: string;

  /** The setFxRate decision that accepted this rate. */
  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @Field(() => ID, { nullable: true, description: 'The policy decision (rules/fx-rates.json) that accepted the rate.' })
  get decisionId(): string | null {
    return this.decision?.id ?? null;
  }

  @Field()
  @TimestampColumn()
  createdAt!: Date;

  @Field()
  @TimestampColumn()
  updatedAt!: Date;
}
