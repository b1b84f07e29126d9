import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TimestampColumn } from '../../shared/columns';
import type { DecisionRecord } from './decision-record.entity';

export enum AlertSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  CRITICAL = 'CRITICAL',
}

/**
 * What an alert is about: a customer or an invoice row. The kernel names their entities by name
 * only (it knows no module); MikroORM resolves `entity: 'Customer'` at discovery.
 */
export interface AlertSubject {
  id: string;
}

/**
 * An event someone must act on, written in the same transaction as the change that caused it
 * (the outbox, written by outbox.ts only): subscribers get it once it is committed, read from here
 * in sequence order (src/modules/alert/alert-feed.ts).
 */
@Entity()
export class RiskAlert {
  [OptionalProps]?: 'sequence' | 'id' | 'customer' | 'invoice' | 'partnerMessage' | 'staffOnly' | 'data' | 'decision' | 'createdAt' | 'acknowledgedAt' | 'acknowledgedBy';

  /** Monotonic position in the alert stream; subscribers resume from it. */
  @PrimaryKey({ autoincrement: true })
  sequence!: number;

  @Property({ type: 'uuid', unique: true })
  id: string = randomUUID();

  @Property({ length: 64 })
  type!: string;

  @Enum({ items: () => AlertSeverity })
  severity!: AlertSeverity;

  @ManyToOne({ entity: 'Customer', nullable: true, index: true })
  customer: Rel<AlertSubject> | null = null;

  @ManyToOne({ entity: 'Invoice', nullable: true })
  invoice: Rel<AlertSubject> | null = null;

  /** What happened, for staff: may carry staff-only figures (score, grades, requested amounts, ...). */
  @Property({ type: 'text' })
  message!: string;

  /**
   * The same event in words a partner may read: only what partners may see of the customer
   * (README "Who may do what"). Null on alerts raised before partners had their own wording.
   */
  @Property({ type: 'text', nullable: true })
  partnerMessage: string | null = null;

  /**
   * For staff only, whoever the customer's partners are: no partner reads it in riskAlerts or either
   * subscription (referrals are the seller's internal business; see STAFF_ONLY_ALERT_SOURCES, outbox.ts).
   */
  @Property({ type: 'boolean', default: false })
  staffOnly: boolean = false;

  @Property({ type: 'json' })
  data: Record<string, unknown> = {};

  @ManyToOne({ entity: 'DecisionRecord', nullable: true })
  decision: Rel<DecisionRecord> | null = null;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn({ nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  acknowledgedBy: string | null = null;
}
