import { IsIn, IsInt, IsISO31661Alpha2, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../../shared/scalars';
import { LETTER_LANGUAGES } from './create-customer.input';

@InputType({ description: 'Changes to a customer; omitted fields stay as they are.' })
export class UpdateCustomerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT, so no one overwrites a change unseen.' })
  @IsInt()
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as DE or CN' })
  country?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(LETTER_LANGUAGES, { message: `language must be one of ${LETTER_LANGUAGES.join(', ')}` })
  language?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  industry?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  monthlySales?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  grade?: number;
}
