import { OptionalProps, Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { DateColumn, TimestampColumn } from '../../shared/columns';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';

/**
 * A drop of a country's grade in rules/country-risk/country-grades.json that the collections cycle has
 * alerted on: one row per (country, new grade, effective date), so each drop is raised exactly once,
 * whichever instance runs the cycle and however often.
 */
@Entity()
@Unique({ properties: ['country', 'grade', 'effectiveFrom'] })
export class CountryGradeDrop {
  [OptionalProps]?: 'decision' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 2 })
  country!: string;

  @Property({ type: 'smallint' })
  previousGrade!: number;

  @Property({ type: 'smallint' })
  grade!: number;

  /** The `from` date of the table row that brought the new grade. */
  @DateColumn()
  effectiveFrom!: string;

  /** Business date of the collections cycle that raised the alerts. */
  @DateColumn()
  raisedOn!: string;

  /** Alerts raised: one per customer in the country, as rules/alerts.json says (0 when no rule fires). */
  @Property({ type: 'integer' })
  alertCount!: number;

  /** The raiseAlert decision the alerts follow. */
  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @TimestampColumn()
  createdAt!: Date;
}
