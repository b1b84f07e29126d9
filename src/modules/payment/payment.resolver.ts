import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { OPERATORS } from '../../app/roles';
import { Invoice, getInvoice } from '../invoice';
import { RecordPaymentInput } from './dto/record-payment.input';
import { RecordPaymentPayload } from './dto/record-payment.payload';
import { Payment } from './payment.entity';
import { recordPayment } from './payment.service';

@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized(...OPERATORS)
  @Mutation(() => RecordPaymentPayload, { description: 'Records money received against an invoice (partial or full).' })
  recordPayment(@Arg('input') input: RecordPaymentInput, @Ctx() ctx: RequestContext) {
    return recordPayment(ctx, input);
  }

  @FieldResolver(() => Invoice)
  invoice(@Root() payment: Payment, @Ctx() ctx: RequestContext) {
    return getInvoice(ctx, payment.invoice.id);
  }
}
