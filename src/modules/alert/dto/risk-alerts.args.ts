import { ArrayMaxSize, IsOptional, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../../app/pagination';
import { AlertSeverity } from '../../../app/outbox/risk-alert.entity';
import { NotBlank } from '../../../shared/validation';

export const MAX_FILTER_CUSTOMERS = 1000;
export const MAX_FILTER_TYPES = 100;
/** Alerts per batch message: the most a subscriber may ask for, and what it gets when it does not say. */
export const MAX_ALERT_BATCH = 500;
export const DEFAULT_ALERT_BATCH = 100;

@InputType({ description: 'Every given field must match; an empty filter matches every alert you may see.' })
export class RiskAlertFilter {
  @Field(() => [ID], { nullable: true, description: 'Only alerts about these customers.' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_CUSTOMERS)
  customerIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these alert types, e.g. ["SUPPLY_SUSPENDED"].' })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_TYPES)
  @NotBlank({ each: true })
  types?: string[] | null;

  @Field(() => AlertSeverity, { nullable: true, description: 'This severity or a more urgent one.' })
  minSeverity?: AlertSeverity | null;
}

@ArgsType()
export class RiskAlertsArgs extends PageArgs {
  @Field(() => RiskAlertFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: RiskAlertFilter | null;
}

@ArgsType()
export class RiskAlertSubscriptionArgs {
  @Field(() => RiskAlertFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: RiskAlertFilter | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Replay the stored alerts after this sequence first, then stream live ones (no gap, no duplicate). Omit it to start from now.',
  })
  @IsOptional()
  @Min(0)
  afterSequence?: number | null;
}

@ArgsType()
export class RiskAlertBatchSubscriptionArgs extends RiskAlertSubscriptionArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_ALERT_BATCH,
    description: `At most this many alerts per message, 1 to ${MAX_ALERT_BATCH} (${DEFAULT_ALERT_BATCH} when omitted or null).`,
  })
  maxBatchSize?: number | null;
}
