/**
 * Risk alerts for people and partner portals: the history (a paginated query), acknowledging one,
 * and the live stream (a graphql-ws subscription fed by alert-feed.ts).
 */
import type { FilterQuery } from '@mikro-orm/core';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { ConflictError } from '../../shared/errors';
import { InputProblems } from '../../shared/validation';
import { type Actor, Role } from '../../app/actor';
import { customerCondition, partnerOrganisation } from '../partner';
import { findByIdOrFail } from '../../shared/ids';
import { findPage, toPage } from '../../app/pagination';
import type { AlertStream } from './alert-feed';
import { DEFAULT_ALERT_BATCH, MAX_ALERT_BATCH, MAX_FILTER_CUSTOMERS, MAX_FILTER_TYPES, type RiskAlertFilter, type RiskAlertsArgs } from './dto/risk-alerts.args';
import { RiskAlertView, SEVERITY_ORDER } from './dto/risk-alert.view';
import { RiskAlert } from '../../app/outbox/risk-alert.entity';

export async function listAlerts(ctx: RequestContext, args: RiskAlertsArgs) {
  const page = toPage(args);
  const filter = args.filter ?? {};
  const where: FilterQuery<RiskAlert> = {};
  const customer = await customerCondition(ctx, filter.customerIds?.length ? filter.customerIds : null);
  if (customer) where.customer = customer;
  // Staff-only alerts (referrals) are no partner's, whichever customers it may see.
  if (ctx.actor.role === Role.PARTNER) where.staffOnly = false;
  if (filter.types?.length) where.type = { $in: filter.types };
  if (filter.minSeverity) where.severity = { $in: SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(filter.minSeverity)) };
  const connection = await findPage(ctx.em, RiskAlert, where, page, [{ sequence: 'desc' }]);
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: RiskAlertView.of(edge.node) })) };
}

/**
 * The facts of an alert's data a partner may read: what happened and when, nothing staff-only (no
 * grade steps or grades, which give away the grade history). A fact not listed here stays with staff.
 */
export const PARTNER_ALERT_DATA: readonly string[] = ['asOf', 'alertSource', 'stage', 'deadline', 'country', 'effectiveFrom', 'utilization'];

/** The words of an alert for this actor: partners get the partner-safe ones (a generic line on alerts stored before there were any). */
export function alertMessageFor(actor: Actor, alert: RiskAlertView): string {
  if (actor.role !== Role.PARTNER) return alert.message;
  return alert.partnerMessage ?? `A ${alert.type.toLowerCase().replace(/_/g, ' ')} alert was raised`;
}

/** The data of an alert for this actor: partners get only PARTNER_ALERT_DATA. */
export function alertDataFor(actor: Actor, alert: RiskAlertView): Record<string, unknown> {
  if (actor.role !== Role.PARTNER) return alert.data;
  return Object.fromEntries(Object.entries(alert.data).filter(([fact]) => PARTNER_ALERT_DATA.includes(fact)));
}

/** Someone has seen the alert and acts on it; recorded with who and when (through the policy, like every mutation). */
export async function acknowledgeAlert(ctx: RequestContext, id: string) {
  const today = businessDate(ctx.clock);
  const { result } = await runPolicyMutation(ctx, {
    mutation: 'acknowledgeAlert',
    businessDate: today,
    subject: `Risk alert ${id}`,
    gatherFacts: async (em) => {
      const alert = await findByIdOrFail(em, RiskAlert, id);
      if (alert.acknowledgedAt) {
        throw new ConflictError(`Risk alert ${id} was already acknowledged by ${alert.acknowledgedBy ?? 'someone'} at ${alert.acknowledgedAt.toISOString()}`, {
          acknowledgedBy: alert.acknowledgedBy,
        });
      }
      return { facts: { alertType: alert.type, severity: alert.severity }, read: alert };
    },
    apply: async (_decision, _em, _record, alert) => {
      alert.acknowledgedAt = ctx.clock.now();
      alert.acknowledgedBy = ctx.actor.id;
      return alert;
    },
  });
  return RiskAlertView.of(result);
}

/** The live stream of one subscriber: the alerts its filter (and, per event, its role) lets through. */
export function streamAlerts(ctx: RequestContext, filter: RiskAlertFilter | null | undefined, afterSequence: number | null | undefined): AlertStream {
  checkSubscription(filter, afterSequence);
  return openStream(ctx, filter, afterSequence);
}

function openStream(ctx: RequestContext, filter: RiskAlertFilter | null | undefined, afterSequence: number | null | undefined): AlertStream {
  const feed = ctx.alerts;
  if (!feed) throw new Error('the alert feed is not running on this server');
  const wanted = matching(filter ?? {});
  // A partner's alerts are checked against its organisation's customers for every single alert, and
  // staff-only alerts (referrals) are never a partner's.
  const organisation = ctx.actor.role === Role.PARTNER ? partnerOrganisation(ctx) : null;
  const visible = organisation === null ? wanted : (alert: RiskAlertView) => !alert.staffOnly && wanted(alert) && feed.partners.maySee(organisation, alert.customerId);
  return feed.subscribe(visible, afterSequence ?? null, (resumeAfter) =>
    ctx.closeConnection?.(SLOW_CONSUMER_CLOSE_CODE, `Too many unread alerts: subscribe again with afterSequence ${resumeAfter}`),
  );
}

/**
 * The same stream in batches: one message per group of alerts (those committed together, up to
 * `maxBatchSize`). A burst of alerts then costs a portal, and the server, one message instead of one per alert.
 */
export function streamAlertBatches(
  ctx: RequestContext,
  filter: RiskAlertFilter | null | undefined,
  afterSequence: number | null | undefined,
  maxBatchSize: number = DEFAULT_ALERT_BATCH,
) {
  checkSubscription(filter, afterSequence, maxBatchSize);
  const stream = openStream(ctx, filter, afterSequence);
  return stream.batches(Math.min(maxBatchSize, stream.bufferLimit));
}

/**
 * The subscription's arguments, checked once and all together (type-graphql does not validate a
 * subscribe function's args); maxBatchSize only for the batch stream.
 */
function checkSubscription(filter: RiskAlertFilter | null | undefined, afterSequence: number | null | undefined, maxBatchSize?: number): void {
  const problems = new InputProblems();
  if (afterSequence != null) {
    problems.check(Number.isInteger(afterSequence) && afterSequence >= 0, 'afterSequence', `afterSequence must be a whole number >= 0 (got ${afterSequence})`);
  }
  problems.check((filter?.customerIds?.length ?? 0) <= MAX_FILTER_CUSTOMERS, 'filter.customerIds', `filter.customerIds may name at most ${MAX_FILTER_CUSTOMERS} customers`);
  problems.check((filter?.types?.length ?? 0) <= MAX_FILTER_TYPES, 'filter.types', `filter.types may name at most ${MAX_FILTER_TYPES} alert types`);
  if (maxBatchSize !== undefined) {
    problems.check(
      Number.isInteger(maxBatchSize) && maxBatchSize >= 1 && maxBatchSize <= MAX_ALERT_BATCH,
      'maxBatchSize',
      `maxBatchSize must be a whole number from 1 to ${MAX_ALERT_BATCH} (got ${maxBatchSize})`,
    );
  }
  problems.throwIfAny();
}

/** WebSocket close code for a subscriber that fell too far behind (4000-4999: application codes). */
export const SLOW_CONSUMER_CLOSE_CODE = 4429;

function matching(filter: RiskAlertFilter): (alert: RiskAlertView) => boolean {
  const customers = filter.customerIds?.length ? new Set(filter.customerIds) : null;
  const types = filter.types?.length ? new Set(filter.types) : null;
  const minimum = filter.minSeverity ? SEVERITY_ORDER.indexOf(filter.minSeverity) : 0;
  return (alert) =>
    (!customers || (alert.customerId !== null && customers.has(alert.customerId))) &&
    (!types || types.has(alert.type)) &&
    SEVERITY_ORDER.indexOf(alert.severity) >= minimum;
}
