import { OptionalProps, Collection, Entity, Enum, Index, OneToMany, OneToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Authorized, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { READERS } from '../../app/roles';
import { DateColumn, MoneyColumn, TimestampColumn } from '../../shared/columns';
import { fromMinorUnits } from '../../shared/money';
import { DecimalScalar, LocalDateScalar } from '../../app/scalars';
import type { Exposure } from '../exposure';
import type { Invoice } from '../invoice';

export enum CustomerStatus {
  ACTIVE = 'ACTIVE',
  /** No new invoices on credit (collections ladder, or a risk officer's decision). */
  SUPPLY_SUSPENDED = 'SUPPLY_SUSPENDED',
}
registerEnumType(CustomerStatus, { name: 'CustomerStatus' });

export enum RiskTier {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(RiskTier, { name: 'RiskTier', description: 'Policy group of grades (the bands live in rules/scorecard.json).' });

export enum CreditOutlook {
  POSITIVE = 'POSITIVE',
  STABLE = 'STABLE',
  NEGATIVE = 'NEGATIVE',
}
registerEnumType(CreditOutlook, { name: 'CreditOutlook', description: 'Outlook of the credit report.' });

/** The customer's financial data from its credit report, as the scorecard reads it. */
@ObjectType({ description: "The customer's financial data from its credit report: what the scorecard reads besides our own records." })
export class CustomerFinancials {
  @Field(() => Float, { description: 'Equity / total assets, e.g. 0.35.' })
  equityRatio!: number;

  @Field(() => DecimalScalar, { description: 'Registered capital, in the customer currency.' })
  registeredCapital!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the company was founded; null when unknown.' })
  foundedOn!: string | null;

  @Field(() => Int, { description: 'Open litigation cases against the customer.' })
  openLitigations!: number;

  @Field(() => CreditOutlook)
  outlook!: CreditOutlook;
}

/** The buyer who receives goods on credit. */
@ObjectType({ description: 'A buyer who receives goods on credit.' })
@Entity()
export class Customer {
  [OptionalProps]?:
    | 'monthlySales'
    | 'status'
    | 'version'
    | 'language'
    | 'industry'
    | 'createdAt'
    | 'updatedAt'
    | 'financials'
    | 'score'
    | 'equityRatio'
    | 'registeredCapitalMinor'
    | 'foundedOn'
    | 'openLitigations'
    | 'outlook';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field({ description: 'Company registration number; unique.' })
  @Property({ length: 64, unique: true })
  registrationNumber!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Property({ length: 2 })
  country!: string;

  @Field({ description: 'ISO 4217 code of the customer account; exposure and invoices are in it.' })
  @Property({ length: 3 })
  currency!: string;

  @Field({ description: 'Preferred language for letters (BCP 47, e.g. en, de, zh).' })
  @Property({ length: 16 })
  language: string = 'en';

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  industry: string | null = null;

  @MoneyColumn()
  monthlySalesMinor!: number;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => DecimalScalar, { description: 'Monthly sales volume with us, in the customer currency.' })
  get monthlySales(): string {
    return fromMinorUnits(this.monthlySalesMinor, this.currency);
  }

  @Field(() => LocalDateScalar, { description: 'When the trading relationship started.' })
  @DateColumn()
  relationshipStart!: string;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => Int, { description: 'Scorecard score 0 (worst) to 100 (best): the weighted dimensions of rules/scorecard.json.' })
  @Property({ type: 'smallint', default: 0 })
  score = 0;

  @Field(() => Int, { description: 'Insurer convention: 1 = exceptional, 5 = average, 10 = high risk of failure; from the score (rules/scorecard.json).' })
  @Property({ type: 'smallint' })
  grade!: number;

  @Field(() => RiskTier)
  @Enum({ items: () => RiskTier })
  riskTier!: RiskTier;

  @Field(() => CustomerStatus)
  @Enum({ items: () => CustomerStatus })
  status: CustomerStatus = CustomerStatus.ACTIVE;

  // The credit report's figures are kept so that a re-grade can run the scorecard again without new input.
  @Property({ type: 'double', runtimeType: 'number', default: 0 })
  equityRatio = 0;

  @MoneyColumn({ default: 0 })
  registeredCapitalMinor = 0;

  @DateColumn({ nullable: true })
  foundedOn: string | null = null;

  @Property({ type: 'integer', default: 0 })
  openLitigations = 0;

  @Enum({ items: () => CreditOutlook, default: CreditOutlook.STABLE })
  outlook: CreditOutlook = CreditOutlook.STABLE;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => CustomerFinancials)
  get financials(): CustomerFinancials {
    return Object.assign(new CustomerFinancials(), {
      equityRatio: this.equityRatio,
      registeredCapital: fromMinorUnits(this.registeredCapitalMinor, this.currency),
      foundedOn: this.foundedOn,
      openLitigations: this.openLitigations,
      outlook: this.outlook,
    });
  }

  @OneToOne({ entity: 'Exposure', mappedBy: 'customer' })
  exposure?: Rel<Exposure>;

  @OneToMany({ entity: 'Invoice', mappedBy: 'customer' })
  invoices = new Collection<Invoice>(this);

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateCustomer.' })
  @Property({ version: true })
  version!: number;

  @Field()
  @TimestampColumn()
  @Index()
  createdAt!: Date;

  @Field()
  @TimestampColumn()
  updatedAt!: Date;
}
