import { IsOptional } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DecisionOutcome } from '../../../policy/decision';
import { DecimalScalar } from '../../../app/scalars';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { Invoice } from '../../invoice';
import { IdempotencyKeyField } from '../../../app/idempotency/idempotency';
import { Claim, ClaimCause } from '../claim.entity';
import { NotBlank } from '../../../shared/validation';

@InputType({ description: 'A claim to the credit insurer for unpaid invoices of one customer.' })
export class FileClaimInput {
  @Field(() => [ID])
  invoiceIds!: string[];

  @Field(() => ClaimCause)
  cause!: ClaimCause;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  note?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The claims policy’s answer: an eligible claim is FILED with its indemnity; a refused one is kept REJECTED with every reason.' })
export class FileClaimPayload {
  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field({ description: 'True when the claim is eligible and filed with the insurer.' })
  eligible!: boolean;

  @Field(() => [String], { description: 'Every reason of refusal, each naming its policy and rule (empty when eligible).' })
  reasons!: string[];

  @Field(() => Claim)
  claim!: Claim;

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}

export enum ClaimVerdict {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ClaimVerdict, { name: 'ClaimVerdict' });

@InputType()
export class ReviewClaimInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => ClaimVerdict)
  verdict!: ClaimVerdict;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  note?: string | null;
}

@InputType()
export class SettleClaimInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => DecimalScalar, { description: 'What the insurer pays, in the claim currency; at most the indemnity.' })
  amount!: string;
}

@ObjectType()
export class ClaimPayload {
  @Field(() => Claim)
  claim!: Claim;

  @Field(() => [Invoice], { description: 'The invoices of the claim after the change.' })
  invoices!: Invoice[];

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}
