import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../../app/pagination';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { IdempotencyKeyField } from '../../../app/idempotency/idempotency';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { LimitDecision } from '../exposure.entity';
import { ExposureView } from '../exposure.view';

export const LimitDecisionConnection = Connection(LimitDecision, 'LimitDecision');

export enum CreditLimitOutcome {
  APPROVED = 'APPROVED',
  /** Less than asked: the most the caps of rules/credit-limits.json allow. */
  PARTIAL = 'PARTIAL',
  REFERRED = 'REFERRED',
  REJECTED = 'REJECTED',
}
registerEnumType(CreditLimitOutcome, { name: 'CreditLimitOutcome' });

@InputType({ description: 'A credit limit asked for a customer, in its account currency.' })
export class RequestCreditLimitInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DecimalScalar, { description: 'The limit asked for (the whole limit, not an increase).' })
  amount!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The answer to a credit-limit request. A referral or a rejection is an answer too: it changes no limit but is kept in the limit history.' })
export class RequestCreditLimitPayload {
  @Field(() => CreditLimitOutcome)
  outcome!: CreditLimitOutcome;

  @Field(() => DecimalScalar, { nullable: true, description: 'The limit granted (APPROVED, PARTIAL); null when referred or rejected.' })
  granted!: string | null;

  @Field(() => ExposureView, { description: 'The exposure after the decision.' })
  exposure!: ExposureView;

  @Field(() => LimitDecision, { description: 'The entry this request added to the limit history.' })
  limitDecision!: LimitDecision;

  @Field(() => DecisionRecord, { description: 'The policy decision: caps, explanation and fired rules.' })
  decision!: DecisionRecord;
}

@ObjectType({ description: 'What one periodic review of every credit limit did.' })
export class CreditLimitReviewResult {
  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field(() => Int, { description: 'Limits looked at.' })
  examined!: number;

  @Field(() => Int, { description: 'Limits reduced to their cap (REDUCED in the history).' })
  reduced!: number;

  @Field(() => Int, { description: 'Limits stepped up for a record of on-time payment.' })
  steppedUp!: number;
}
