import { IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../../app/pagination';
import { CustomerStatus, RiskTier } from '../customer.entity';
import { NotBlank } from '../../../shared/validation';

export enum CustomerOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  GRADE_DESC = 'GRADE_DESC',
}
registerEnumType(CustomerOrder, { name: 'CustomerOrder', description: 'GRADE_DESC lists the riskiest customers first.' });

@InputType()
export class CustomerFilter {
  @Field(() => [RiskTier], { nullable: true })
  riskTiers?: RiskTier[] | null;

  @Field(() => CustomerStatus, { nullable: true })
  status?: CustomerStatus | null;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @NotBlank()
  country?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @Length(1, 100)
  @NotBlank()
  nameContains?: string;
}

@ArgsType()
export class CustomersArgs extends PageArgs {
  @Field(() => CustomerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CustomerFilter | null;

  @Field(() => CustomerOrder, { nullable: true, defaultValue: CustomerOrder.NAME_ASC })
  orderBy?: CustomerOrder;
}
