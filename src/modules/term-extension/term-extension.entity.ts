import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateColumn, TimestampColumn } from '../../shared/columns';
import { LocalDateScalar } from '../../app/scalars';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { Invoice } from '../invoice';

/** Why a customer asks for more time; rules/term-extensions.json decides by it. */
export enum TermExtensionReason {
  LIQUIDITY = 'LIQUIDITY',
  OPERATING_DIFFICULTY = 'OPERATING_DIFFICULTY',
  DISPUTE = 'DISPUTE',
  OTHER = 'OTHER',
}
registerEnumType(TermExtensionReason, {
  name: 'TermExtensionReason',
  description: 'LIQUIDITY: a short-term cash problem; OPERATING_DIFFICULTY: the business itself is in trouble (re-grade first); DISPUTE; OTHER.',
});

/** A granted extension of an invoice's due date, kept as history (refused requests leave only their decision). */
@ObjectType({ description: 'A granted extension of the due date of an invoice.' })
@Entity()
export class TermExtension {
  [OptionalProps]?: 'note' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Invoice', index: true })
  invoice!: Rel<Invoice>;

  @Field(() => TermExtensionReason)
  @Enum({ items: () => TermExtensionReason })
  reason!: TermExtensionReason;

  @Field(() => String, { nullable: true, description: "The customer's explanation, as recorded." })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Int, { description: 'Days the customer asked for.' })
  @Property({ type: 'smallint' })
  requestedDays!: number;

  @Field(() => Int, { description: 'Days granted: the request, within the policy\'s maximum extension period.' })
  @Property({ type: 'smallint' })
  grantedDays!: number;

  @Field(() => LocalDateScalar)
  @DateColumn()
  previousDueDate!: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  newDueDate!: string;

  @Field({ description: 'Granted only against additional security (a guarantee).' })
  @Property()
  guaranteeRequired!: boolean;

  @Field(() => LocalDateScalar, { description: 'Business date of the request.' })
  @DateColumn()
  requestedOn!: string;

  @ManyToOne({ entity: 'DecisionRecord' })
  decision!: Rel<DecisionRecord>;

  @Field()
  @TimestampColumn()
  createdAt!: Date;
}
