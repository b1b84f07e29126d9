import { OptionalProps, Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Authorized, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { READERS } from '../../app/roles';
import { DateColumn, MoneyColumn, TimestampColumn } from '../../shared/columns';
import { fromMinorUnits, PPM_PER_PERCENT } from '../../shared/money';
import { DecimalScalar, LocalDateScalar } from '../../app/scalars';
import type { Customer } from '../customer';
import type { InsurancePolicy } from '../insurance';
import type { Invoice } from '../invoice';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';

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
  [OptionalProps]?:
    | 'amount'
    | 'status'
    | 'invoice'
    | 'note'
    | 'decision'
    | 'version'
    | 'createdAt'
    | 'insurancePolicy'
    | 'indemnityPpm'
    | 'indemnityMinor'
    | 'indemnity'
    | 'refusalReasons'
    | 'reviewedOn'
    | 'reviewNote'
    | 'paidMinor'
    | 'paid'
    | 'paidOn'
    | 'writtenOffMinor'
    | 'writtenOff'
    | 'indemnityPercent'
    | 'recoveredMinor'
    | 'recovered'
    | 'owedToInsurerMinor'
    | 'owedToInsurer'
    | 'lines';

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

  /** The insurance policy the claim is made under (null: none covered the invoices). */
  @ManyToOne({ entity: 'InsurancePolicy', nullable: true })
  insurancePolicy: Rel<InsurancePolicy> | null = null;

  /** Indemnity percentage applied, parts per million (900,000 = 90%). */
  @Property({ type: 'integer', default: 0 })
  indemnityPpm = 0;

  @Field(() => Float, { description: 'Indemnity percentage of the insurance policy applied to the insured loss (with or without a named limit).' })
  get indemnityPercent(): number {
    return this.indemnityPpm / PPM_PER_PERCENT;
  }

  @MoneyColumn({ default: 0 })
  indemnityMinor = 0;

  @Field(() => DecimalScalar, { description: 'Insured loss × indemnity percentage, rounded down to the minor unit; 0 when refused.' })
  get indemnity(): string {
    return fromMinorUnits(this.indemnityMinor, this.currency);
  }

  @Field(() => [String], { description: 'Every reason the claims policy refused the claim (empty when eligible).' })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  refusalReasons: string[] = [];

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  reviewedOn: string | null = null;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => String, { nullable: true, description: "The insurer's note on its review." })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @MoneyColumn({ default: 0 })
  paidMinor = 0;

  @Field(() => DecimalScalar, { description: 'Paid out by the insurer (settleClaim).' })
  get paid(): string {
    return fromMinorUnits(this.paidMinor, this.currency);
  }

  @Field(() => LocalDateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  paidOn: string | null = null;

  @MoneyColumn({ default: 0 })
  writtenOffMinor = 0;

  @Field(() => DecimalScalar, { description: 'The unrecovered remainder of the claimed invoices, written off at settlement.' })
  get writtenOff(): string {
    return fromMinorUnits(this.writtenOffMinor, this.currency);
  }

  /** Received on the claimed invoices after the payout (recoveries), in total. */
  @MoneyColumn({ default: 0 })
  recoveredMinor = 0;

  @Field(() => DecimalScalar, { description: 'Recovered from the buyer on the claimed invoices after the payout.' })
  get recovered(): string {
    return fromMinorUnits(this.recoveredMinor, this.currency);
  }

  /** The insurer's share of the recoveries (rules/claims.json, share-recovery), at most what it paid. */
  @MoneyColumn({ default: 0 })
  owedToInsurerMinor = 0;

  @Field(() => DecimalScalar, { description: "The insurer's share of the recoveries (rules/claims.json), at most the payout: to be passed on to the insurer." })
  get owedToInsurer(): string {
    return fromMinorUnits(this.owedToInsurerMinor, this.currency);
  }

  @OneToMany(() => ClaimLine, (line) => line.claim)
  lines = new Collection<ClaimLine>(this);

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
  createdAt!: Date;
}

/** One invoice of a claim, with its insured loss on the filing date. */
@ObjectType({ description: 'An invoice claimed for, with its insured loss.' })
@Entity()
@Unique({ properties: ['claim', 'invoice'] })
export class ClaimLine {
  [OptionalProps]?: 'insuredLoss';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Claim', deleteRule: 'cascade' })
  claim!: Rel<Claim>;

  @ManyToOne({ entity: 'Invoice', index: true })
  invoice!: Rel<Invoice>;

  @Field()
  @Property({ length: 3 })
  currency!: string;

  @MoneyColumn()
  insuredLossMinor!: number;

  @Field(() => DecimalScalar, { description: 'Insured outstanding of the invoice on the filing date.' })
  get insuredLoss(): string {
    return fromMinorUnits(this.insuredLossMinor, this.currency);
  }
}
