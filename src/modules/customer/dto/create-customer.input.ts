import { IsIn, IsISO31661Alpha2, IsISO4217CurrencyCode, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../shared/scalars';

export const LETTER_LANGUAGES = ['en', 'zh', 'de', 'fr', 'es'];

@InputType({ description: 'A new buyer, with the grade from its third-party credit report.' })
export class CreateCustomerInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, { message: 'registrationNumber may contain letters, digits, spaces, dots, slashes and dashes' })
  registrationNumber!: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as DE or CN' })
  country!: string;

  @Field({ description: 'ISO 4217, e.g. EUR.' })
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as EUR or USD' })
  currency!: string;

  @Field({ nullable: true, description: 'Language for letters; en when omitted.' })
  @IsOptional()
  @IsIn(LETTER_LANGUAGES, { message: `language must be one of ${LETTER_LANGUAGES.join(', ')}` })
  language?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  industry?: string | null;

  @Field(() => DecimalScalar, { description: 'Monthly sales volume with us, in the customer currency.' })
  monthlySales!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the relationship started; today when omitted.' })
  relationshipStart?: string | null;

  @Field(() => Int, { description: 'Grade from the credit report: 1 (exceptional) to 10 (high risk of failure).' })
  @IsInt()
  @Min(1)
  @Max(10)
  grade!: number;
}
