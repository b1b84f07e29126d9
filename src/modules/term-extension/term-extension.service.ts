/**
 * A customer asks to move the due date of an invoice (rules/term-extensions.json):
 *   LIQUIDITY            granted, against a guarantee;
 *   OPERATING_DIFFICULTY referred, and the customer re-graded on its latest data (scorecard), with
 *                        the alert rules/alerts.json names, written with the referral's record;
 *   DISPUTE, OTHER       referred to a risk officer.
 * However many extensions, the due date never moves further than the policy's maximum extension
 * period past the ORIGINAL due date: the shipped policy rejects such a request outright; should a
 * policy approve one anyway, only the days up to the cap are granted (grantedDays says so).
 * The collections ladder and late interest read dueDate, so both run from the extended date.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { forUpdate } from '../../db/locking';
import { eventsOfType, type Decision } from '../../policy/decision';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { addDays, daysBetween } from '../../shared/dates';
import { BadUserInputError, ConflictError } from '../../shared/errors';
import { findByIdOrFail } from '../../shared/ids';
import { regradeCustomer } from '../customer';
import { Invoice, OPEN_INVOICE_STATUSES } from '../invoice';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import type { Outbox } from '../../app/outbox/outbox';
import type { FactsOf } from '../../policy/fact-catalogue';
import type { RequestTermExtensionInput } from './dto/request-term-extension.input';
import { TermExtension, TermExtensionReason, TermExtensionStatus } from './term-extension.entity';

/** A term-extension request as received: what a pending one holds until its referral is decided. */
interface ExtensionRequest {
  reason: TermExtensionReason;
  days: number;
  note: string | null;
}

export async function requestTermExtension(ctx: RequestContext, input: RequestTermExtensionInput) {
  const today = businessDate(ctx.clock);
  const request: ExtensionRequest = { reason: input.reason, days: input.days, note: input.note?.trim() || null };
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'requestTermExtension',
    businessDate: today,
    subject: `Term extension of invoice ${input.invoiceId}`,
    gatherFacts: (em) => extensionFacts(em, input.invoiceId, request, today),
    apply: (decision, em, record, invoice) => grantExtension(ctx, em, decision, record, invoice, request, today),
    // Rejected (beyond the maximum extension period): nothing moves; operating difficulty still re-grades.
    onRefused: (_decision, em, record, invoice, outbox) => regradeOnOperatingDifficulty(ctx, em, outbox, record, invoice, request, today),
    // Referred: the request is held as a PENDING extension (the due date stays) with its referral.
    hold: async (_decision, em, record, read, outbox) => {
      await regradeOnOperatingDifficulty(ctx, em, outbox, record, read, request, today);
      const invoice = await em.findOneOrFail(Invoice, read.id, { populate: ['customer'] });
      const extension = em.create(TermExtension, {
        invoice,
        reason: request.reason,
        note: request.note,
        status: TermExtensionStatus.PENDING,
        requestedDays: request.days,
        grantedDays: 0,
        previousDueDate: invoice.dueDate,
        newDueDate: invoice.dueDate,
        guaranteeRequired: false,
        requestedOn: today,
        decision: record,
        createdAt: ctx.clock.now(),
      });
      return {
        result: { invoice, extension, guaranteeRequired: false },
        referral: {
          subject: { type: 'INVOICE', id: invoice.id, label: `Term extension of invoice ${invoice.number}` },
          customerId: invoice.customer.id,
          invoiceId: invoice.id,
          // What is at stake is what the invoice still owes (the credit authority depends on it).
          amount: { minor: invoice.outstandingMinor, currency: invoice.currency },
          heldRequest: { invoiceId: invoice.id, extensionId: extension.id, reason: request.reason, days: request.days, note: request.note },
        },
      };
    },
  });
  return { ...result, decision };
}

/** What requestTermExtension decides on, on `asOf` (the invoice locked): it must still have a due date to move. */
async function extensionFacts(em: EntityManager, invoiceId: string, request: ExtensionRequest, asOf: string) {
  const invoice = await findByIdOrFail(em, Invoice, invoiceId, { populate: ['customer'] as never, ...forUpdate(em) });
  if (!OPEN_INVOICE_STATUSES.includes(invoice.status) || invoice.outstandingMinor === 0) {
    throw new BadUserInputError(`Invoice ${invoice.number} is ${invoice.status.toLowerCase().replace('_', ' ')}; there is no due date to move`, { field: 'invoiceId' });
  }
  const facts: FactsOf<'requestTermExtension'> = {
    reason: request.reason,
    requestedDays: request.days,
    daysBeyondOriginalDue: daysBetween(originalDueDate(invoice), addDays(invoice.dueDate, request.days)),
    riskTier: invoice.customer.riskTier,
    grade: invoice.customer.grade,
    daysPastDue: daysBetween(invoice.dueDate, asOf),
  };
  return { facts, read: invoice };
}

/**
 * Operating difficulty: the customer is re-graded on its latest data before anything is granted; a
 * person then decides the referred request with the new grade in front of them.
 */
async function regradeOnOperatingDifficulty(ctx: RequestContext, em: EntityManager, outbox: Outbox, record: DecisionRecord, invoice: Invoice, request: ExtensionRequest, today: string): Promise<void> {
  if (request.reason !== TermExtensionReason.OPERATING_DIFFICULTY) return;
  const about = { customerId: invoice.customer.id, invoiceId: invoice.id, number: invoice.number };
  const regrade = await regradeCustomer(ctx, em, about.customerId, today, `term extension requested for operating difficulty (invoice ${about.number})`);
  await outbox.alert(
    record,
    { customerId: about.customerId, invoiceId: about.invoiceId },
    { alertSource: 'TERM_EXTENSION_OPERATING_DIFFICULTY' },
    {
      staff: `Invoice ${about.number}: the customer asks for ${request.days} more days because of operating difficulty; re-graded to grade ${regrade.grade} (tier ${regrade.riskTier}, was grade ${regrade.previousGrade}); the request waits for a person's decision.`,
      // The request's days and reason and the grades are staff-only (extension notes, grade history).
      partner: `Invoice ${about.number}: a term extension request waits for a person's decision`,
    },
    today,
  );
}

/**
 * Moves the due date as `decision` allows: a new extension, or the pending one a referral held.
 * The days granted: the fewest any grant rule allows (none when a person approved a referred
 * request), never past the nearest maximum extension period.
 */
async function grantExtension(ctx: RequestContext, em: EntityManager, decision: Decision, record: DecisionRecord, invoice: Invoice, request: ExtensionRequest, today: string, pending?: TermExtension) {
  const grants = eventsOfType(decision, 'grant-extension');
  const original = originalDueDate(invoice);
  const maxDays = Math.min(...grants.map((params) => Number(params.maxDays)));
  const caps = eventsOfType(decision, 'cap-extension').map((params) => Number(params.maxDaysBeyondOriginalDue));
  const leftUnderCap = caps.length > 0 ? daysBetween(invoice.dueDate, addDays(original, Math.min(...caps))) : request.days;
  const grantedDays = Math.min(request.days, maxDays, leftUnderCap);
  if (grantedDays <= 0) {
    throw new ConflictError(`Invoice ${invoice.number}: the maximum extension period is used up (due ${invoice.dueDate}, originally ${original})`, { field: 'days' });
  }
  const guaranteeRequired = grants.some((params) => params.requiresGuarantee === true);
  const granted = {
    status: TermExtensionStatus.GRANTED,
    grantedDays,
    previousDueDate: invoice.dueDate,
    newDueDate: addDays(invoice.dueDate, grantedDays),
    guaranteeRequired,
    decision: record,
  };
  const extension = pending
    ? Object.assign(pending, granted)
    : em.create(TermExtension, { invoice, reason: request.reason, note: request.note, requestedDays: request.days, requestedOn: today, createdAt: ctx.clock.now(), ...granted });
  invoice.originalDueDate = original;
  invoice.dueDate = extension.newDueDate;
  return { invoice, extension, guaranteeRequired };
}

/**
 * The referral seam of requestTermExtension (src/modules/referral/referral-appliers.ts): an approved
 * referral grants the PENDING extension as the policy allows on the day it is approved (within the
 * maximum extension period on that day's facts); a declined one is DECLINED, the due date unmoved.
 */
export const heldExtensionApplier = {
  // Fewer days than asked.
  modifiable: ['days'] as const,
  async gather(_ctx: RequestContext, em: EntityManager, referral: { heldRequest: Record<string, unknown> }, asOf: string, modification: { days?: number } | null) {
    const asked = referral.heldRequest as unknown as { invoiceId: string; extensionId: string } & ExtensionRequest;
    const held = { ...asked, days: modification?.days ?? asked.days };
    const { facts, read: invoice } = await extensionFacts(em, held.invoiceId, held, asOf);
    const pending = await em.findOneOrFail(TermExtension, { id: held.extensionId });
    if (pending.status !== TermExtensionStatus.PENDING) throw new ConflictError(`The term extension of invoice ${invoice.number} is ${pending.status}, no longer pending`, { state: pending.status });
    return { facts, read: { invoice, pending, request: { reason: held.reason, days: held.days, note: held.note }, asOf } };
  },
  async apply(ctx: RequestContext, em: EntityManager, _referral: unknown, decision: Decision, record: DecisionRecord, read: { invoice: Invoice; pending: TermExtension; request: ExtensionRequest; asOf: string }) {
    const { invoice, extension } = await grantExtension(ctx, em, decision, record, read.invoice, read.request, read.asOf, read.pending);
    return { invoiceId: invoice.id, extensionId: extension.id, grantedDays: extension.grantedDays, dueDate: invoice.dueDate };
  },
  async release(em: EntityManager, referral: { heldRequest: Record<string, unknown> }) {
    await em.nativeUpdate(TermExtension, { id: String(referral.heldRequest.extensionId), status: TermExtensionStatus.PENDING }, { status: TermExtensionStatus.DECLINED });
  },
};

/** The due date before any extension. */
export function originalDueDate(invoice: Invoice): string {
  return invoice.originalDueDate ?? invoice.dueDate;
}
