import { IsISO4217CurrencyCode, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { CustomerFinancialsInput } from './financials.input';
import { CountryField, IndustryField, LanguageField, NameField } from './customer-fields';

@InputType({ description: 'A new buyer, with the figures of its third-party credit report.' })
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

  @Field(() => CustomerFinancialsInput, { description: 'Figures from the credit report; the scorecard grades the customer from them and our own records.' })
  @ValidateNested()
  financials!: CustomerFinancialsInput;
}
