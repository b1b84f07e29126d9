/**
 * Raising a risk alert. Which alert, at which severity, is policy (rules/alerts.json): the source
 * describes what happened, the `raiseAlert` decision names the alert(s); no matching rule, no alert.
 * Alerts are written on the caller's transaction (an outbox), so they exist exactly when the change
 * that caused them was committed.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { eventsOfType } from '../../policy/decision';
import type { FactsOf } from '../../policy/fact-catalogue';
import type { PolicyService } from '../../policy/policy.service';
import type { Clock } from '../../shared/clock';
import { Customer } from '../customer';
import { Invoice } from '../invoice';
import type { DecisionRecord } from '../../app/decision-record.entity';
import { lockAlertSequence } from './alert-sequence';
import { AlertSeverity, RiskAlert } from './risk-alert.entity';

export interface AlertDependencies {
  /** The live policy service, or a given policy set (a refused change is reported under the set that keeps serving). */
  policy: Pick<PolicyService, 'decide'>;
  clock: Clock;
}

/**
 * An alert's words: for staff, and for the partner portals entitled to the customer. The partner's
 * carries nothing partners may not see (README "Who may do what": no score, no grade history or
 * previous grade, no requested or past limits, no extension notes, no insurance contract terms, ...).
 */
export interface AlertMessage {
  staff: string;
  partner: string;
}

/** Words with no staff-only figure in them: staff and partners read the same. */
export function forEveryone(text: string): AlertMessage {
  return { staff: text, partner: text };
}

/** The columns of an alert's message (for the code that inserts alert rows itself). */
export function messageColumns(message: AlertMessage): { message: string; partnerMessage: string } {
  return { message: message.staff, partnerMessage: message.partner };
}

/** What happened; facts a source does not have default to their neutral values (0, ""). */
export type AlertSource = Pick<FactsOf<'raiseAlert'>, 'alertSource'> & Partial<FactsOf<'raiseAlert'>>;

/** The alerts (type and severity) rules/alerts.json names for what happened. */
export async function alertsFor(policy: AlertDependencies['policy'], source: AlertSource, asOf: string): Promise<Array<{ type: string; severity: AlertSeverity }>> {
  const facts: FactsOf<'raiseAlert'> = { gradeStepsDown: 0, utilization: 0, stage: '', ...source };
  const alerting = await policy.decide('raiseAlert', facts, asOf);
  return eventsOfType(alerting, 'raise-alert').map((params) => ({ type: String(params.alertType), severity: params.severity as AlertSeverity }));
}

export async function raiseAlert(
  deps: AlertDependencies,
  tx: EntityManager,
  record: DecisionRecord | null,
  about: { customerId: string | null; invoiceId?: string | null },
  source: AlertSource,
  message: AlertMessage,
  asOf: string,
  /** Raise only the alerts this lets through (e.g. the ones a threshold crossing newly calls for). */
  only: (alert: { type: string; severity: AlertSeverity }) => boolean = () => true,
): Promise<RiskAlert[]> {
  const alerts = (await alertsFor(deps.policy, source, asOf)).filter(only);
  if (alerts.length > 0) await lockAlertSequence(tx);
  return alerts.map(({ type, severity }) =>
    tx.create(RiskAlert, {
      type,
      severity,
      customer: about.customerId ? tx.getReference(Customer, about.customerId) : null,
      invoice: about.invoiceId ? tx.getReference(Invoice, about.invoiceId) : null,
      ...messageColumns(message),
      data: { asOf, ...source },
      decision: record,
      createdAt: deps.clock.now(),
    }),
  );
}
