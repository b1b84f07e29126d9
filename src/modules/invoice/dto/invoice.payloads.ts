import { Field, ObjectType } from 'type-graphql';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { Invoice } from '../invoice.entity';

@ObjectType()
export class IssueInvoicePayload {
  @Field(() => Invoice)
  invoice!: Invoice;

  @Field(() => DecisionRecord, { description: 'The policy decision: payment term and limit check.' })
  decision!: DecisionRecord;
}
