import { OptionalProps, Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateColumn, MoneyColumn, TimestampColumn } from '../../shared/columns';
import { PPM_PER_PERCENT, fromMinorUnits } from '../../shared/money';
import { DecimalScalar, LocalDateScalar } from '../../app/scalars';
import type { Customer } from '../customer';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';

/** The risks a credit-insurance policy may cover. */
export enum InsuredRisk {
  INSOLVENCY = 'INSOLVENCY',
  PROTRACTED_DEFAULT = 'PROTRACTED_DEFAULT',
  POLITICAL = 'POLITICAL',
  /** Due dates the seller agreed to extend (up to the maximum extension period). */
  EXTENDED_TERMS = 'EXTENDED_TERMS',
}
registerEnumType(InsuredRisk, { name: 'InsuredRisk' });


/**
 * A credit-insurance policy: the insurer's contract. It keeps the terms it was recorded with (the
 * defaults of rules/claims.json at the time, or what the risk officer gave), as a signed contract does.
 */
@ObjectType({ description: 'A credit-insurance policy: insurer, period, covered risks and terms.' })
@Entity()
export class InsurancePolicy {
  [OptionalProps]?: 'decision' | 'version' | 'createdAt' | 'indemnityPercentWithNamedLimit' | 'indemnityPercentWithoutNamedLimit' | 'premiumRatePercent';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ length: 200 })
  insurer!: string;

  @Field({ description: 'Policy number; unique.' })
  @Property({ length: 64, unique: true })
  number!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 home country: a buyer elsewhere is cross-border (political risk).' })
  @Property({ length: 2 })
  country!: string;

  @Field(() => LocalDateScalar)
  @DateColumn()
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of cover (included).' })
  @DateColumn()
  periodEnd!: string;

  @Field(() => [InsuredRisk])
  @Property({ type: 'json' })
  coveredRisks!: InsuredRisk[];

  @Property({ type: 'integer' })
  indemnityPpmWithNamedLimit!: number;

  @Property({ type: 'integer' })
  indemnityPpmWithoutNamedLimit!: number;

  @Field(() => Float, { description: 'Indemnity for a buyer with a named limit, percent of the insured loss.' })
  get indemnityPercentWithNamedLimit(): number {
    return this.indemnityPpmWithNamedLimit / PPM_PER_PERCENT;
  }

  @Field(() => Float, { description: 'Indemnity for a buyer covered without a named limit, percent of the insured loss.' })
  get indemnityPercentWithoutNamedLimit(): number {
    return this.indemnityPpmWithoutNamedLimit / PPM_PER_PERCENT;
  }

  @Field(() => Int, { description: 'Longest payment term insured; an invoice with a longer one is uninsured at issue.' })
  @Property({ type: 'smallint' })
  maxCreditTermDays!: number;

  @Field(() => Int, { description: 'Longest due-date extension (past the original due date) the cover follows.' })
  @Property({ type: 'smallint' })
  maxExtensionDays!: number;

  @Field(() => Int, { description: 'Days after the due date before non-payment is presumed a protracted default.' })
  @Property({ type: 'smallint' })
  protractedDefaultWaitingDays!: number;

  @Field(() => Int, { description: 'An overdue invoice must be declared within this many days of its due date.' })
  @Property({ type: 'smallint' })
  declarationDeadlineDays!: number;

  @Field(() => Int, { description: 'A claim must be filed within this many days of the due date.' })
  @Property({ type: 'smallint' })
  claimFilingDeadlineDays!: number;

  @Property({ type: 'integer' })
  premiumRatePpm!: number;

  @Field(() => Float, { description: 'Premium, percent of the insured turnover.' })
  get premiumRatePercent(): number {
    return this.premiumRatePpm / PPM_PER_PERCENT;
  }

  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field()
  @TimestampColumn()
  createdAt!: Date;

  covers(risk: InsuredRisk): boolean {
    return this.coveredRisks.includes(risk);
  }

  inForceOn(date: string): boolean {
    return this.periodStart <= date && date <= this.periodEnd;
  }
}

/** Cover on one customer under one insurance policy: the insured limit, named by the insurer or not. */
@ObjectType({ description: 'Cover on a customer under an insurance policy: its insured limit.' })
@Entity()
@Unique({ properties: ['policy', 'customer'] })
export class InsuranceCover {
  [OptionalProps]?: 'limit' | 'decision' | 'version' | 'updatedAt' | 'limitMinor' | 'named';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'InsurancePolicy' })
  policy!: Rel<InsurancePolicy>;

  @ManyToOne({ entity: 'Customer', index: true })
  customer!: Rel<Customer>;

  @Field()
  @Property({ length: 3 })
  currency!: string;

  @MoneyColumn()
  limitMinor = 0;

  @Field(() => DecimalScalar, { description: 'Insured limit: the most insured outstanding at any time.' })
  get limit(): string {
    return fromMinorUnits(this.limitMinor, this.currency);
  }

  @Field({ description: 'True: a limit the insurer named (the higher indemnity); false: cover without a named limit.' })
  @Property({ default: false })
  named: boolean = false;

  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field()
  @TimestampColumn()
  updatedAt!: Date;
}
