import { IsISO4217CurrencyCode, IsInt, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../shared/scalars';
import { CountryField, IndustryField, LanguageField, NameField } from './customer-fields';

@InputType({ description: 'A new buyer, with the grade from its third-party credit report.' })
export class CreateCustomerInput {
  @NameField({ optional: false })
  name!: string;

  @Field()
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./-]*$/, { message: 'registrationNumber may contain letters, digits, spaces, dots, slashes and dashes' })
  registrationNumber!: string;

  @CountryField({ optional: false })
  country!: string;

  @Field({ description: 'ISO 4217, e.g. EUR.' })
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as EUR or USD' })
  currency!: string;

  @LanguageField()
  language?: string;

  @IndustryField()
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
