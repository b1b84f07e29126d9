import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { Invoice } from '../../invoice';
import { TermExtension, TermExtensionReason } from '../term-extension.entity';
import { NotBlank } from '../../../shared/validation';

/**
 * A technical bound (a century), not a policy one: it keeps the new due date a calendar date.
 * How far a due date may really move is rules/term-extensions.json's maximum extension period.
 */
export const MAX_EXTENSION_DAYS_ACCEPTED = 36_500;

@InputType({ description: 'A customer asks to move the due date of an invoice; rules/term-extensions.json decides.' })
export class RequestTermExtensionInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => Int, { description: 'Days to add to the current due date.' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(MAX_EXTENSION_DAYS_ACCEPTED, { message: `days must be at most ${MAX_EXTENSION_DAYS_ACCEPTED}` })
  days!: number;

  @Field(() => TermExtensionReason)
  reason!: TermExtensionReason;

  @Field(() => String, { nullable: true, description: "The customer's explanation, for the record." })
  @IsOptional()
  @Length(1, 500)
  @NotBlank()
  note?: string | null;
}

@ObjectType()
export class RequestTermExtensionPayload {
  @Field(() => Invoice, { description: 'The invoice with its new due date (originalDueDate keeps the first one).' })
  invoice!: Invoice;

  @Field(() => TermExtension)
  extension!: TermExtension;

  @Field({ description: 'True when the extension holds only against a guarantee: obtain it before relying on the new date.' })
  guaranteeRequired!: boolean;

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}
