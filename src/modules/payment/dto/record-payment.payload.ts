import { Field, ObjectType } from 'type-graphql';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { Invoice } from '../../invoice';
import { Payment } from '../payment.entity';

@ObjectType()
export class RecordPaymentPayload {
  @Field(() => Payment)
  payment!: Payment;

  @Field(() => Invoice, { description: 'The invoice after the payment: outstanding and status updated.' })
  invoice!: Invoice;

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}
