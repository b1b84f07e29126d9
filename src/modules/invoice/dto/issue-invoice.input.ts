import { IsISO4217CurrencyCode, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { IdempotencyKeyField } from '../../../app/idempotency/idempotency';

@InputType({ description: 'A new invoice. Its payment term comes from the policy, never from the caller.' })
export class IssueInvoiceInput {
  @Field(() => ID)
  customerId!: string;

  @Field({ description: 'Your invoice number; unique.' })
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9./_-]*$/, { message: 'number may contain letters, digits, dots, slashes, underscores and dashes' })
  number!: string;

  @Field(() => DecimalScalar, { description: 'Positive amount, e.g. "1250.00".' })
  amount!: string;

  @Field({ description: "ISO 4217; must be the customer's account currency." })
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as EUR or USD' })
  currency!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Today (the business date) when omitted.' })
  issueDate?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
