/**
 * The outbox writer: the one way a decision record and the risk alerts it raises are written, by
 * request mutations (the policy pipeline) and batch jobs (the collections cycle, the deadline and
 * country-grade passes, reviews) alike. Every record and every alert gets one shape here, and every
 * alert is the one rules/alerts.json names for what happened (the `raiseAlert` decision): no
 * matching rule, no alert.
 *
 * Both are written on the caller's transaction, so they exist exactly when the change that caused
 * them was committed; the alert feed publishes them after commit (src/modules/alert/).
 *
 * Two ways to write, one shape:
 *  - `Outbox.forTransaction(deps, tx)`: rows join the entity manager's unit of work and are flushed
 *    with the entities they belong to (a request writes a handful of rows, in foreign-key order);
 *  - `Outbox.bulk(deps, tx)`: rows are queued and `write()` inserts them in multi-row statements with
 *    bound parameters (a batch job writes thousands).
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { type Decision, eventsOfType } from '../../policy/decision';
import type { FactsOf } from '../../policy/fact-catalogue';
import type { PolicyService } from '../../policy/policy.service';
import type { Clock } from '../../shared/clock';
import { insertRows } from '../bound-sql';
import { lockAlertSequence } from './alert-sequence';
import { DecisionRecord, LABEL_LENGTH } from './decision-record.entity';
import { AlertSeverity, RiskAlert } from './risk-alert.entity';

export interface OutboxDependencies {
  /** The live policy service, or a given policy set (a refused change is reported under the set that keeps serving). */
  policy: Pick<PolicyService, 'decide'>;
  clock: Clock;
  /** Who caused the decisions: a token subject, `api-key:<id>` or `system:<process>`. */
  actorId: string;
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

/**
 * The alert sources partners never receive, whatever rules/alerts.json names for them: a referral is
 * the seller's internal business (who must approve a request, by when, how it ended); a partner
 * portal sees the outcome (an invoice issued, a limit decided), never the held request.
 */
export const STAFF_ONLY_ALERT_SOURCES: ReadonlySet<string> = new Set(['REFERRAL_OPENED', 'REFERRAL_DUE', 'REFERRAL_EXPIRED', 'REFERRAL_RESOLVED']);

/** What happened; facts a source does not have default to their neutral values (0, ""). */
export type AlertSource = Pick<FactsOf<'raiseAlert'>, 'alertSource'> & Partial<FactsOf<'raiseAlert'>>;

/** What an alert is about. */
export interface AlertAbout {
  customerId: string | null;
  invoiceId?: string | null;
}

export interface AlertOptions {
  /** Raise only the alerts this lets through (e.g. the ones a threshold crossing newly calls for). */
  only?(alert: { type: string; severity: AlertSeverity }): boolean;
  /** Facts kept with the alert beside the source's (e.g. the deadline a warning is about). */
  data?: Record<string, unknown>;
}

/** The alerts (type and severity) rules/alerts.json names for what happened. */
export async function alertsFor(policy: OutboxDependencies['policy'], source: AlertSource, asOf: string): Promise<Array<{ type: string; severity: AlertSeverity }>> {
  const facts: FactsOf<'raiseAlert'> = { gradeStepsDown: 0, utilization: 0, stage: '', ...source };
  const alerting = await policy.decide('raiseAlert', facts, asOf);
  return eventsOfType(alerting, 'raise-alert').map((params) => ({ type: String(params.alertType), severity: params.severity as AlertSeverity }));
}

type DecisionRow = ReturnType<typeof decisionRow>;
type AlertRow = ReturnType<typeof alertRow>;

export class Outbox {
  private readonly queuedDecisions: DecisionRow[] = [];
  private readonly queuedAlerts: AlertRow[] = [];
  private sequenceLocked = false;
  private alertCount = 0;

  private constructor(
    private readonly deps: OutboxDependencies,
    private readonly tx: EntityManager,
    private readonly mode: 'unit-of-work' | 'bulk',
  ) {}

  /** Rows join `tx`'s unit of work: flushed with the entities of the same transaction. */
  static forTransaction(deps: OutboxDependencies, tx: EntityManager): Outbox {
    return new Outbox(deps, tx, 'unit-of-work');
  }

  /** Rows are queued for `write()`, which inserts them set-based on `tx`'s transaction. */
  static bulk(deps: OutboxDependencies, tx: EntityManager): Outbox {
    return new Outbox(deps, tx, 'bulk');
  }

  /** How many alerts this outbox has raised. */
  get alertsRaised(): number {
    return this.alertCount;
  }

  /** The record of a decision about `subject` ("Invoice INV-1"), stamped with the actor and the clock. */
  record(decision: Decision, subject: string): DecisionRecord {
    const row = decisionRow(decision, subject, this.deps.actorId, this.deps.clock.now());
    if (this.mode === 'unit-of-work') return this.tx.create(DecisionRecord, row);
    this.queuedDecisions.push(row);
    // The queued row itself, with every field of the entity (not managed by the entity manager).
    const standIn: DecisionRecord = row;
    return standIn;
  }

  /** Raises the alerts rules/alerts.json names for `source`, following `record`; returns how many. */
  async alert(record: DecisionRecord | null, about: AlertAbout, source: AlertSource, message: AlertMessage, asOf: string, options: AlertOptions = {}): Promise<number> {
    const alerts = (await alertsFor(this.deps.policy, source, asOf)).filter((alert) => options.only?.(alert) ?? true);
    const now = this.deps.clock.now();
    for (const { type, severity } of alerts) {
      const row = alertRow(type, severity, about, message, { asOf, ...options.data, ...source }, record?.id ?? null, now);
      if (this.mode === 'bulk') {
        this.queuedAlerts.push(row);
        continue;
      }
      await this.lockSequence();
      // Relations by primary key: the entity manager links them to the rows of its unit of work.
      this.tx.create(RiskAlert, row);
    }
    this.alertCount += alerts.length;
    return alerts.length;
  }

  /**
   * Writes what is queued (bulk mode; in unit-of-work mode the transaction's flush writes it):
   * decision records first, then the entities of the unit of work that point at them, then the
   * alerts, which point at both. May be called again for rows queued later; `decisionsOnly` keeps
   * the alerts queued (for rows the caller must write in between).
   */
  async write(options: { decisionsOnly?: boolean } = {}): Promise<void> {
    if (this.mode === 'unit-of-work') return;
    await insertRows(this.tx, DecisionRecord, this.queuedDecisions.splice(0));
    if (options.decisionsOnly || this.queuedAlerts.length === 0) return;
    await this.tx.flush();
    await this.lockSequence();
    await insertRows(this.tx, RiskAlert, this.queuedAlerts.splice(0));
  }

  /** Alert-writing transactions commit in sequence order (alert-sequence.ts); once per transaction. */
  private async lockSequence(): Promise<void> {
    if (this.sequenceLocked) return;
    await lockAlertSequence(this.tx);
    this.sequenceLocked = true;
  }
}

/** The record of a decision, as every writer of one stores it. */
function decisionRow(decision: Decision, subject: string, actorId: string, createdAt: Date) {
  return {
    id: randomUUID(),
    mutation: decision.mutation,
    outcome: decision.outcome,
    businessDate: decision.businessDate,
    facts: decision.facts,
    firedRules: decision.firedRules,
    failedRules: decision.failedRules,
    policyVersions: decision.policyVersions,
    explanation: decision.explanation,
    subject: label(subject),
    actorId: label(actorId),
    createdAt,
  };
}

/** An alert row: relations as primary keys, words for staff and for partners. */
function alertRow(type: string, severity: AlertSeverity, about: AlertAbout, message: AlertMessage, data: Record<string, unknown>, decisionId: string | null, createdAt: Date) {
  return {
    id: randomUUID(),
    type,
    severity,
    customer: about.customerId,
    invoice: about.invoiceId ?? null,
    message: message.staff,
    partnerMessage: message.partner,
    staffOnly: STAFF_ONLY_ALERT_SOURCES.has(String(data.alertSource)),
    data,
    decision: decisionId,
    createdAt,
  };
}

/**
 * A subject or actor id longer than its column is cut (with an ellipsis) rather than failing the
 * mutation: it is a label for people; the facts keep every input in full.
 */
function label(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1)}…`;
}
