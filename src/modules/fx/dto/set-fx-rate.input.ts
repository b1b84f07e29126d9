import { IsISO4217CurrencyCode, IsOptional } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { FxRate } from '../fx-rate.entity';
import { NotBlank } from '../../../shared/validation';

@InputType({ description: 'The rate of a currency pair from a date on; setting the same pair and date again corrects it.' })
export class SetFxRateInput {
  @Field({ description: 'ISO 4217 currency converted from, e.g. USD.' })
  @IsISO4217CurrencyCode({ message: 'from must be an ISO 4217 code such as USD' })
  from!: string;

  @Field({ description: 'ISO 4217 currency converted into, e.g. EUR.' })
  @IsISO4217CurrencyCode({ message: 'to must be an ISO 4217 code such as EUR' })
  to!: string;

  @Field(() => DecimalScalar, { description: 'Units of `to` for one unit of `from`, e.g. "0.92"; positive, at most 10 decimals.' })
  rate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day the rate is used; today (the business date) when omitted.' })
  effectiveDate?: string | null;
}

@ObjectType()
export class SetFxRatePayload {
  @Field(() => FxRate, { nullable: true, description: 'The rate as stored; null when the policy referred it (held by the referral on decision.referral, stored once approved).' })
  fxRate!: FxRate | null;

  @Field(() => DecisionRecord, { description: 'The policy decision (rules/fx-rates.json).' })
  decision!: DecisionRecord;
}

@ArgsType()
export class FxRatesArgs {
  @Field(() => String, { nullable: true, description: 'Only rates from this currency.' })
  @IsOptional()
  @NotBlank()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only rates into this currency.' })
  @IsOptional()
  @NotBlank()
  to?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only the rate of each pair in force on this day (latest effectiveDate not after it); every rate when omitted.' })
  asOf?: string | null;
}
