import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { READERS } from '../../server/auth-checker';
import { DateColumn, MoneyColumn, TimestampColumn } from '../../shared/columns';
import { fromMinorUnits } from '../../shared/money';
import { DecimalScalar, LocalDateScalar } from '../../shared/scalars';
import type { Customer } from '../customer/customer.entity';
import type { DecisionRecord } from '../decision/decision-record.entity';
import type { Invoice } from '../invoice/invoice.entity';

export enum ClaimCause {
  INSOLVENCY = 'INSOLVENCY',
  PROTRACTED_DEFAULT = 'PROTRACTED_DEFAULT',
  POLITICAL = 'POLITICAL',
}
registerEnumType(ClaimCause, { name: 'ClaimCause' });

export enum ClaimStatus {
  FILED = 'FILED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}
registerEnumType(ClaimStatus, { name: 'ClaimStatus' });

@ObjectType({ description: 'A request to the credit insurer to be indemnified for an unpaid receivable.' })
@Entity()
export class Claim {
  [OptionalProps]?: 'amount' | 'status' | 'invoice' | 'note' | 'decision' | 'version' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Customer', index: true })
  customer!: Rel<Customer>;

  @ManyToOne({ entity: 'Invoice', nullable: true })
  invoice: Rel<Invoice> | null = null;

  @Field(() => ClaimCause)
  @Enum({ items: () => ClaimCause })
  cause!: ClaimCause;

  @Field(() => ClaimStatus)
  @Enum({ items: () => ClaimStatus })
  status: ClaimStatus = ClaimStatus.FILED;

  @Field()
  @Property({ length: 3 })
  currency!: string;

  @MoneyColumn()
  amountMinor!: number;

  @Field(() => DecimalScalar, { description: 'Insured loss claimed.' })
  get amount(): string {
    return fromMinorUnits(this.amountMinor, this.currency);
  }

  @Field(() => LocalDateScalar)
  @DateColumn()
  filedOn!: string;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field()
  @TimestampColumn()
  createdAt: Date = new Date();
}
