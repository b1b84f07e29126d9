import { ArrayMaxSize, IsOptional, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../../shared/pagination';
import { AlertSeverity } from '../risk-alert.entity';

export const MAX_FILTER_CUSTOMERS = 1000;
export const MAX_FILTER_TYPES = 100;

@InputType({ description: 'Every given field must match; an empty filter matches every alert you may see.' })
export class RiskAlertFilter {
  @Field(() => [ID], { nullable: true, description: 'Only alerts about these customers.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_CUSTOMERS)
  customerIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these alert types, e.g. ["SUPPLY_SUSPENDED"].' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_TYPES)
  types?: string[] | null;

  @Field(() => AlertSeverity, { nullable: true, description: 'This severity or a more urgent one.' })
  minSeverity?: AlertSeverity | null;
}

@ArgsType()
export class RiskAlertsArgs extends PageArgs {
  @Field(() => RiskAlertFilter, { nullable: true })
  filter?: RiskAlertFilter | null;
}

@ArgsType()
export class RiskAlertSubscriptionArgs {
  @Field(() => RiskAlertFilter, { nullable: true })
  filter?: RiskAlertFilter | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Replay the stored alerts after this sequence first, then stream live ones (no gap, no duplicate). Omit it to start from now.',
  })
  @IsOptional()
  @Min(0)
  afterSequence?: number | null;
}
