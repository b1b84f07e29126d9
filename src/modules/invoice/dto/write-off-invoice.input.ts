import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { Invoice } from '../invoice.entity';
import { NotBlank } from '../../../shared/validation';

@InputType({ description: 'Writes off what is left of an invoice as bad debt.' })
export class WriteOffInvoiceInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field({ description: 'Why, for the audit trail (e.g. "buyer insolvent, no dividend expected").' })
  @Length(3, 500)
  @NotBlank()
  reason!: string;
}

@ObjectType()
export class WriteOffInvoicePayload {
  @Field(() => Invoice, { description: 'The invoice: WRITTEN_OFF, nothing outstanding, the amount in writtenOff.' })
  invoice!: Invoice;

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}
