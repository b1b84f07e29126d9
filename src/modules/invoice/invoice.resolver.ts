import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { OPERATORS, READERS_AND_PARTNERS, RISK_OFFICERS } from '../../app/roles';
import { businessDate } from '../../shared/clock';
import { assertIsoDate } from '../../shared/dates';
import { LocalDateScalar } from '../../app/scalars';
import { Customer, getCustomer } from '../customer';
import { Payment } from '../payment';
import { InvoiceConnection } from './dto/invoice.connection';
import { IssueInvoicePayload } from './dto/invoice.payloads';
import { InvoicesArgs } from './dto/invoices.args';
import { IssueInvoiceInput } from './dto/issue-invoice.input';
import { Invoice } from './invoice.entity';
import { daysPastDue, getInvoice, issueInvoice, listInvoices, writeOffInvoice } from './invoice.service';
import { WriteOffInvoiceInput, WriteOffInvoicePayload } from './dto/write-off-invoice.input';
import { LateInterest, lateInterestView } from './dto/late-interest.types';
import { lateInterestOf } from './late-interest.service';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => Invoice)
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getInvoice(ctx, id);
  }

  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => InvoiceConnection, { description: 'Invoices, newest first; with overdueAsOf, the longest overdue first.' })
  invoices(@Args() args: InvoicesArgs, @Ctx() ctx: RequestContext) {
    return listInvoices(ctx, args);
  }

  @Authorized(...OPERATORS)
  @Mutation(() => IssueInvoicePayload, {
    description: 'Issues an invoice on credit. The policy sets the payment term and may refuse it (POLICY_REJECTED).',
  })
  issueInvoice(@Arg('input') input: IssueInvoiceInput, @Ctx() ctx: RequestContext) {
    return issueInvoice(ctx, input);
  }

  @Authorized(...RISK_OFFICERS)
  @Mutation(() => WriteOffInvoicePayload, { description: 'Writes off what is left of an invoice as bad debt; rules/write-offs.json may refer it.' })
  writeOffInvoice(@Arg('input') input: WriteOffInvoiceInput, @Ctx() ctx: RequestContext) {
    return writeOffInvoice(ctx, input);
  }

  @FieldResolver(() => Customer)
  customer(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return getCustomer(ctx, invoice.customer.id);
  }

  @FieldResolver(() => [Payment], { description: 'Payments received, oldest first.' })
  payments(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return ctx.loaders.payments.load(invoice.id);
  }

  @FieldResolver(() => Int, { name: 'daysPastDue', description: 'Days past the due date on asOf (today when omitted); 0 when paid or not yet due.' })
  daysPastDueOn(
    @Root() invoice: Invoice,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: string | null,
  ): number {
    return daysPastDue(invoice, asOf ? assertIsoDate(asOf, 'asOf') : businessDate(ctx.clock));
  }

  @FieldResolver(() => LateInterest, {
    description: 'Late-payment interest up to asOf (today when omitted), recomputed on what was unpaid after each payment; zeros until the day after the due date.',
  })
  async lateInterest(
    @Root() invoice: Invoice,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: string | null,
  ): Promise<LateInterest> {
    const on = asOf ? assertIsoDate(asOf, 'asOf') : businessDate(ctx.clock);
    const payments = await ctx.loaders.payments.load(invoice.id);
    return lateInterestView(await lateInterestOf(ctx.policy.current(), invoice, payments, on));
  }
}
