import { IsEnum, IsInt, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { CreditOutlook } from '../customer.entity';

/** The customer's financial data from its third-party credit report: what the scorecard reads besides our own records. */
@InputType({ description: "Figures from the customer's credit report; the scorecard (rules/scorecard.json) grades them." })
export class CustomerFinancialsInput {
  @Field(() => Float, { description: 'Equity / total assets, e.g. 0.35 (negative for negative equity).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-10)
  @Max(1)
  equityRatio!: number;

  @Field(() => DecimalScalar, { description: 'Registered capital, in the customer currency.' })
  registeredCapital!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the company was founded; omit when unknown (scores as a new company).' })
  foundedOn?: string | null;

  @Field(() => Int, { description: 'Open litigation cases against the customer.' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  openLitigations!: number;

  @Field(() => CreditOutlook)
  @IsEnum(CreditOutlook)
  outlook!: CreditOutlook;
}

@InputType({ description: "New figures from a customer's credit report: the customer is re-graded." })
export class UpdateCustomerFinancialsInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT.' })
  @IsInt()
  expectedVersion!: number;

  @Field(() => CustomerFinancialsInput)
  @ValidateNested()
  financials!: CustomerFinancialsInput;
}
