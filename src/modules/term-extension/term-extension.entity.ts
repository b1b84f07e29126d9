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

/** Where a term-extension request stands. */
export enum TermExtensionStatus {
  GRANTED = 'GRANTED',
  /** Referred: held by its referral until a person decides it; the due date has not moved. */
  PENDING = 'PENDING',
  /** Its referral was declined, withdrawn or expired: the due date never moved. */
  DECLINED = 'DECLINED',
}
registerEnumType(TermExtensionStatus, { name: 'TermExtensionStatus', description: 'GRANTED moved the due date; PENDING waits for a referral; DECLINED never moved it.' });

/**
 * An extension of an invoice's due date, kept as history: a granted one, or a referred one held
 * PENDING until its referral is decided (rejected requests leave only their decision).
 */
@ObjectType({ description: 'A term extension of the due date of an invoice: granted, or referred and pending (then declined or granted).' })
@Entity()
export class TermExtension {
  [OptionalProps]?: 'note' | 'status' | 'createdAt';

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

  @Field(() => TermExtensionStatus)
  @Enum({ items: () => TermExtensionStatus, default: TermExtensionStatus.GRANTED })
  status: TermExtensionStatus = TermExtensionStatus.GRANTED;

  @Field(() => Int, { description: 'Days the customer asked for.' })
  @Property({ type: 'smallint' })
  requestedDays!: number;

  @Field(() => Int, { description: 'Days granted: the request, within the policy\'s maximum extension period (0 while PENDING or DECLINED).' })
  @Property({ type: 'smallint' })
  grantedDays!: number;

  @Field(() => LocalDateScalar)
  @DateColumn()
  previousDueDate!: string;

  @Field(() => LocalDateScalar, { description: 'The due date after the extension (previousDueDate while PENDING or DECLINED).' })
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
