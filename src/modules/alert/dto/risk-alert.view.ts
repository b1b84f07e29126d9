import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { READERS } from '../../../app/roles';
import { AlertSeverity, type RiskAlert } from '../../../app/outbox/risk-alert.entity';

registerEnumType(AlertSeverity, { name: 'AlertSeverity', description: 'INFO < WARNING < CRITICAL.' });

/** Severities from the least to the most urgent (minSeverity filters on this order). */
export const SEVERITY_ORDER: readonly AlertSeverity[] = [AlertSeverity.INFO, AlertSeverity.WARNING, AlertSeverity.CRITICAL];

/** A risk alert as subscribers and queries see it (a plain copy: streams outlive any entity manager). */
@ObjectType('RiskAlert', { description: 'An event someone must act on. Which events raise which alert, at which severity, is rules/alerts.json.' })
export class RiskAlertView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Position in the alert stream, increasing in commit order: resume a subscription after the last one you saw.' })
  sequence!: number;

  @Field({ description: 'e.g. COLLECTION_STAGE, SUPPLY_SUSPENDED, GRADE_DOWNGRADE, LIMIT_DECISION, POLICY_REJECTED.' })
  type!: string;

  @Field(() => AlertSeverity)
  severity!: AlertSeverity;

  @Field(() => ID, { nullable: true })
  customerId!: string | null;

  @Field(() => ID, { nullable: true })
  invoiceId!: string | null;

  /** For staff (AlertResolver.message picks the words by role). */
  message!: string;

  /** For partners; null on alerts stored before partners had their own words. */
  partnerMessage!: string | null;

  /** Never shown to partners (RiskAlert.staffOnly); not a field. */
  staffOnly!: boolean;

  /** Every fact of the source (AlertResolver.data shows partners only PARTNER_ALERT_DATA). */
  data!: Record<string, unknown>;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => ID, { nullable: true, description: 'The decision that raised it: decision(id) explains it.' })
  decisionId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => String, { nullable: true, description: 'Who acknowledged it.' })
  acknowledgedBy!: string | null;

  static of(alert: RiskAlert): RiskAlertView {
    return Object.assign(new RiskAlertView(), {
      id: alert.id,
      sequence: alert.sequence,
      type: alert.type,
      severity: alert.severity,
      customerId: alert.customer?.id ?? null,
      invoiceId: alert.invoice?.id ?? null,
      message: alert.message,
      partnerMessage: alert.partnerMessage,
      staffOnly: alert.staffOnly,
      data: alert.data,
      decisionId: alert.decision?.id ?? null,
      createdAt: alert.createdAt,
      acknowledgedAt: alert.acknowledgedAt,
      acknowledgedBy: alert.acknowledgedBy,
    });
  }
}
