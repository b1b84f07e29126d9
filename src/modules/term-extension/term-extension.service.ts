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
import type { RequestTermExtensionInput } from './dto/request-term-extension.input';
import { TermExtension, TermExtensionReason } from './term-extension.entity';

export async function requestTermExtension(ctx: RequestContext, input: RequestTermExtensionInput) {
  const today = businessDate(ctx.clock);
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'requestTermExtension',
    businessDate: today,
    subject: `Term extension of invoice ${input.invoiceId}`,
    gatherFacts: async (em) => {
      const invoice = await findByIdOrFail(em, Invoice, input.invoiceId, { populate: ['customer'] as never, ...forUpdate(em) });
      if (!OPEN_INVOICE_STATUSES.includes(invoice.status) || invoice.outstandingMinor === 0) {
        throw new BadUserInputError(`Invoice ${invoice.number} is ${invoice.status.toLowerCase().replace('_', ' ')}; there is no due date to move`, { field: 'invoiceId' });
      }
      const facts = {
        reason: input.reason,
        requestedDays: input.days,
        daysBeyondOriginalDue: daysBetween(originalDueDate(invoice), addDays(invoice.dueDate, input.days)),
        riskTier: invoice.customer.riskTier,
        grade: invoice.customer.grade,
        daysPastDue: daysBetween(invoice.dueDate, today),
      };
      return { facts, read: invoice };
    },
    apply: (decision, em, record, invoice) => grantExtension(ctx, em, decision, record, invoice, input, today),
    onRefused: async (_decision, em, record, invoice, outbox) => {
      if (input.reason !== TermExtensionReason.OPERATING_DIFFICULTY) return;
      // Operating difficulty: the customer is re-graded on its latest data before anything is
      // granted; a person then decides the referred request with the new grade in front of them.
      const about = { customerId: invoice.customer.id, invoiceId: invoice.id, number: invoice.number };
      const regrade = await regradeCustomer(ctx, em, about.customerId, today, `term extension requested for operating difficulty (invoice ${about.number})`);
      await outbox.alert(
        record,
        { customerId: about.customerId, invoiceId: about.invoiceId },
        { alertSource: 'TERM_EXTENSION_OPERATING_DIFFICULTY' },
        {
          staff: `Invoice ${about.number}: the customer asks for ${input.days} more days because of operating difficulty; re-graded to grade ${regrade.grade} (tier ${regrade.riskTier}, was grade ${regrade.previousGrade}); the request waits for a person's decision.`,
          // The request's days and reason and the grades are staff-only (extension notes, grade history).
          partner: `Invoice ${about.number}: a term extension request waits for a person's decision`,
        },
        today,
      );
    },
  });
  return { ...result, decision };
}

async function grantExtension(
  ctx: RequestContext,
  em: EntityManager,
  decision: Decision,
  record: DecisionRecord,
  invoice: Invoice,
  input: RequestTermExtensionInput,
  today: string,
) {
  const grants = eventsOfType(decision, 'grant-extension');
  const original = originalDueDate(invoice);
  // The strictest of each: the fewest days, the nearest cap. (decide() refers a request no rule grants.)
  const maxDays = Math.min(...grants.map((params) => Number(params.maxDays)));
  const caps = eventsOfType(decision, 'cap-extension').map((params) => Number(params.maxDaysBeyondOriginalDue));
  const leftUnderCap = caps.length > 0 ? daysBetween(invoice.dueDate, addDays(original, Math.min(...caps))) : input.days;
  const grantedDays = Math.min(input.days, maxDays, leftUnderCap);
  if (grantedDays <= 0) {
    throw new ConflictError(`Invoice ${invoice.number}: the maximum extension period is used up (due ${invoice.dueDate}, originally ${original})`, { field: 'days' });
  }
  const guaranteeRequired = grants.some((params) => params.requiresGuarantee === true);
  const extension = em.create(TermExtension, {
    invoice,
    reason: input.reason,
    note: input.note?.trim() || null,
    requestedDays: input.days,
    grantedDays,
    previousDueDate: invoice.dueDate,
    newDueDate: addDays(invoice.dueDate, grantedDays),
    guaranteeRequired,
    requestedOn: today,
    decision: record,
    createdAt: ctx.clock.now(),
  });
  invoice.originalDueDate = original;
  invoice.dueDate = extension.newDueDate;
  return { invoice, extension, guaranteeRequired };
}

/** The due date before any extension. */
export function originalDueDate(invoice: Invoice): string {
  return invoice.originalDueDate ?? invoice.dueDate;
}
