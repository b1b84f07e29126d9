import { IsInt } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { CountryField, IndustryField, LanguageField, NameField } from './customer-fields';

@InputType({ description: 'Changes to a customer; omitted fields stay as they are. A change of country, industry or monthly sales re-grades it; a change rules/master-data.json asks a second person to check is held for a referral.' })
export class UpdateCustomerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT, so no one overwrites a change unseen.' })
  @IsInt()
  expectedVersion!: number;

  @NameField({ optional: true })
  name?: string;

  @CountryField({ optional: true })
  country?: string;

  @LanguageField()
  language?: string;

  @IndustryField()
  industry?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  monthlySales?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the relationship started (never in the future); moving it changes relationshipYears, which terms and limits depend on.' })
  relationshipStart?: string | null;
}
