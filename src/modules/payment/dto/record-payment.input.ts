import { IsISO4217CurrencyCode, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { IdempotencyKeyField } from '../../../app/idempotency/idempotency';
import { NotBlank } from '../../../shared/validation';

@InputType({ description: 'Money received against one invoice. Partial payments are fine; more than the outstanding is refused.' })
export class RecordPaymentInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => DecimalScalar, { description: 'Positive amount, e.g. "400.00".' })
  amount!: string;

  @Field({ description: "ISO 4217; must be the invoice's currency." })
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as EUR or USD' })
  currency!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Today (the business date) when omitted.' })
  receivedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 140)
  @NotBlank()
  reference?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
