/**
 * Recording money received: allocated to one invoice, reducing its outstanding. A full payment ends
 * the invoice's collections ladder. The policy sees every payment (rules may apply to recordPayment).
 * Money received on a written-off invoice is a recovery, decided as recordRecovery (src/modules/claim/recovery.service.ts).
 */
import { forUpdate } from '../../db/locking';
import { runPolicyMutation } from '../../app/policy-pipeline';
import { eventsOfType } from '../../policy/decision';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { daysBetween, pastOrToday } from '../../shared/dates';
import { formatMoney, positiveMinorUnits } from '../../shared/money';
import { findByIdOrFail } from '../../shared/ids';
import { InputProblems, parseAll } from '../../shared/validation';
import { recordRecovery } from '../claim';
import { CollectionStage, Invoice, InvoiceStatus, OPEN_INVOICE_STATUSES } from '../invoice';
import type { RecordPaymentInput } from './dto/record-payment.input';
import { Payment } from './payment.entity';

/** Read in recordPayment's transaction: the invoice is written off, so the money is a recovery. */
class WrittenOffInvoice extends Error {}

export async function recordPayment(ctx: RequestContext, input: RecordPaymentInput) {
  const today = businessDate(ctx.clock);
  const { receivedOn, amountMinor } = parseAll({
    receivedOn: () => pastOrToday(input.receivedOn, 'receivedOn', today),
    amountMinor: () => positiveMinorUnits(input.amount, input.currency),
  });
  try {
    return await recordOnOpenInvoice(ctx, input, receivedOn, amountMinor);
  } catch (error) {
    if (!(error instanceof WrittenOffInvoice)) throw error;
    return recordRecovery(ctx, input, receivedOn, amountMinor);
  }
}

async function recordOnOpenInvoice(ctx: RequestContext, input: RecordPaymentInput, receivedOn: string, amountMinor: number) {
  const { result, decision } = await runPolicyMutation(ctx, {
    mutation: 'recordPayment',
    businessDate: receivedOn,
    subject: `Payment on invoice ${input.invoiceId}`,
    idempotent: input,
    gatherFacts: async (em) => {
      const invoice = await findByIdOrFail(em, Invoice, input.invoiceId, { populate: ['customer'] as never, ...forUpdate(em) });
      if (invoice.status === InvoiceStatus.WRITTEN_OFF) throw new WrittenOffInvoice();
      assertPayable(invoice, amountMinor, input.currency, receivedOn);
      const facts = {
        riskTier: invoice.customer.riskTier,
        paymentAmountMinor: amountMinor,
        invoiceOutstandingMinor: invoice.outstandingMinor,
        daysPastDue: daysBetween(invoice.dueDate, receivedOn),
        settlesInvoice: amountMinor === invoice.outstandingMinor,
      };
      return { facts, read: invoice };
    },
    apply: async (decision, em, record, invoice) => {
      const payment = em.create(Payment, {
        invoice,
        currency: input.currency,
        amountMinor,
        receivedOn,
        reference: input.reference ?? null,
        decision: record,
        createdAt: ctx.clock.now(),
      });
      invoice.outstandingMinor -= amountMinor;
      if (invoice.outstandingMinor === 0) {
        invoice.status = InvoiceStatus.PAID;
        invoice.collectionStage = CollectionStage.NONE;
        invoice.ladderAnchorDate = null;
      } else if (invoice.status === InvoiceStatus.OPEN) {
        invoice.status = InvoiceStatus.PARTLY_PAID;
      }
      if (invoice.outstandingMinor > 0 && eventsOfType(decision, 're-anchor-ladder').length > 0) {
        // Payments may be recorded out of order: the ladder counts from the latest one.
        invoice.ladderAnchorDate = [invoice.ladderAnchorDate ?? receivedOn, receivedOn].sort().at(-1)!;
      }
      return { payment, invoice };
    },
  });
  return { ...result, decision };
}

/** Whether the invoice takes this payment; every field that does not fit it is named at once. */
function assertPayable(invoice: Invoice, amountMinor: number, currency: string, receivedOn: string): void {
  const problems = new InputProblems();
  const open = problems.check(
    OPEN_INVOICE_STATUSES.includes(invoice.status),
    'invoiceId',
    `Invoice ${invoice.number} is ${invoice.status.toLowerCase().replace('_', ' ')}; it takes no more payments`,
  );
  const sameCurrency = problems.check(currency === invoice.currency, 'currency', `currency ${currency} differs from invoice ${invoice.number}'s currency ${invoice.currency}`);
  problems.check(receivedOn >= invoice.issueDate, 'receivedOn', `receivedOn ${receivedOn} is before invoice ${invoice.number} was issued (${invoice.issueDate})`);
  // An amount compares with the outstanding only on an open invoice and in its currency.
  if (open && sameCurrency) {
    problems.check(
      amountMinor <= invoice.outstandingMinor,
      'amount',
      `Payment of ${formatMoney(amountMinor, currency)} exceeds the outstanding ${formatMoney(invoice.outstandingMinor, currency)} of invoice ${invoice.number}`,
    );
  }
  problems.throwIfAny();
}
