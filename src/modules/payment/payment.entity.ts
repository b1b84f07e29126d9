import { OptionalProps, Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { READERS } from '../../app/roles';
import { DateColumn, MoneyColumn, TimestampColumn } from '../../shared/columns';
import { fromMinorUnits } from '../../shared/money';
import { DecimalScalar, LocalDateScalar } from '../../app/scalars';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { Invoice } from '../invoice';

@ObjectType({ description: 'Money received and allocated to an invoice. Partial payments are normal.' })
@Entity()
export class Payment {
  [OptionalProps]?: 'amount' | 'reference' | 'decision' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Invoice', index: true })
  invoice!: Rel<Invoice>;

  @Field()
  @Property({ length: 3 })
  currency!: string;

  @MoneyColumn()
  amountMinor!: number;

  @Field(() => DecimalScalar)
  get amount(): string {
    return fromMinorUnits(this.amountMinor, this.currency);
  }

  @Field(() => LocalDateScalar)
  @DateColumn()
  receivedOn!: string;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => String, { nullable: true, description: "The payer's reference, e.g. a bank transfer id." })
  @Property({ type: 'string', length: 140, nullable: true })
  reference: string | null = null;

  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @Field()
  @TimestampColumn()
  createdAt!: Date;
}
