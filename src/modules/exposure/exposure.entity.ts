import { OptionalProps, Collection, Entity, Enum, Index, ManyToOne, OneToMany, OneToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyColumn, TimestampColumn } from '../../shared/columns';
import { fromMinorUnits } from '../../shared/money';
import { DecimalScalar } from '../../app/scalars';
import type { Customer } from '../customer';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';

/**
 * What we stand to lose on a customer. The approved limit is stored; outstanding is derived from the
 * customer's open invoices (see ExposureFigures), so it can never drift from the ledger.
 */
@Entity()
export class Exposure {
  [OptionalProps]?: 'version' | 'creditLimitMinor' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: 'Customer', inversedBy: 'exposure', owner: true, unique: true, deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @MoneyColumn()
  creditLimitMinor = 0;

  @Property({ length: 3 })
  currency!: string;

  @OneToMany(() => LimitDecision, (decision) => decision.exposure, { orderBy: { decidedAt: 'desc' } })
  limitHistory = new Collection<LimitDecision>(this);

  /** Bumped whenever credit is drawn or the limit changes: concurrent draws cannot both pass the limit check. */
  @Property({ version: true })
  version!: number;

  @TimestampColumn()
  updatedAt!: Date;
}

export enum LimitDecisionKind {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  PARTLY_APPROVED = 'PARTLY_APPROVED',
  REJECTED = 'REJECTED',
  REFERRED = 'REFERRED',
  REDUCED = 'REDUCED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(LimitDecisionKind, { name: 'LimitDecisionKind' });

/** One entry of a credit limit's history: what was asked, what was granted, by which decision. */
@ObjectType({ description: 'One decision in the history of a credit limit.' })
@Entity()
@Index({ properties: ['exposure', 'sequence'] })
export class LimitDecision {
  [OptionalProps]?: 'requested' | 'previousLimit' | 'newLimit' | 'requestedMinor' | 'decision' | 'decisionId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Exposure', deleteRule: 'cascade', index: true })
  exposure!: Rel<Exposure>;

  /** 1, 2, 3 ... per exposure: the history's order (decisions on one exposure are serialised by its version). */
  @Field(() => Int, { description: '1 for the first decision on this limit, then 2, 3, ...' })
  @Property({ type: 'integer', default: 0 })
  sequence!: number;

  @Field(() => LimitDecisionKind)
  @Enum({ items: () => LimitDecisionKind })
  kind!: LimitDecisionKind;

  @MoneyColumn({ nullable: true })
  requestedMinor: number | null = null;

  @MoneyColumn()
  previousLimitMinor!: number;

  @MoneyColumn()
  newLimitMinor!: number;

  @Field()
  @Property({ length: 3 })
  currency!: string;

  @Field(() => DecimalScalar, { nullable: true })
  get requested(): string | null {
    return this.requestedMinor === null ? null : fromMinorUnits(this.requestedMinor, this.currency);
  }

  @Field(() => DecimalScalar)
  get previousLimit(): string {
    return fromMinorUnits(this.previousLimitMinor, this.currency);
  }

  @Field(() => DecimalScalar)
  get newLimit(): string {
    return fromMinorUnits(this.newLimitMinor, this.currency);
  }

  @Field()
  @Property({ length: 500 })
  reason!: string;

  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @Field(() => ID, { nullable: true, description: 'The policy decision behind this entry; decision(id) explains it.' })
  get decisionId(): string | null {
    return this.decision?.id ?? null;
  }

  @Field()
  @TimestampColumn()
  decidedAt!: Date;
}
