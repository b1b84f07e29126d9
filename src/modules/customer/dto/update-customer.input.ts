import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../../shared/scalars';
import { CountryField, IndustryField, LanguageField, NameField } from './customer-fields';

@InputType({ description: 'Changes to a customer; omitted fields stay as they are.' })
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

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  grade?: number;
}
