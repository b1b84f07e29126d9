import { IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../app/scalars';
import { NotBlank } from '../../../shared/validation';
import { IdempotencyKeyField } from '../../../app/idempotency/idempotency';
import { Referral } from '../referral.entity';

/** approveReferral and withdrawReferral: the referral, and why, for the record. */
@ArgsType()
export class ReferralNoteArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why you approve or withdraw it, for the record.' })
  @IsOptional()
  @Length(1, 500)
  @NotBlank()
  note?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

/** A technical bound on days (a century), not a policy one; the policy decides the modified request again. */
const MAX_MODIFIED_DAYS = 36_500;

@InputType({ description: 'Approve with less than was asked: only lower than the held request, and only what its kind of request has (a credit limit an amount, a term extension days).' })
export class ReferralModificationInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'A lower amount, in the currency of the referral (requestCreditLimit: the limit granted).' })
  @IsOptional()
  amount?: string | null;

  @Field(() => Int, { nullable: true, description: 'Fewer days (requestTermExtension: the days the due date moves).' })
  @IsOptional()
  @Min(1, { message: 'modify.days must be at least 1' })
  @Max(MAX_MODIFIED_DAYS, { message: `modify.days must be at most ${MAX_MODIFIED_DAYS}` })
  days?: number | null;
}

/** approveReferral: the note, and optionally the held request modified (the referral is then MODIFIED). */
@ArgsType()
export class ApproveReferralArgs extends ReferralNoteArgs {
  @Field(() => ReferralModificationInput, { nullable: true, description: 'Approve less than was asked (with the last approval): the referral is then MODIFIED, and the modified request is decided again and carried out.' })
  @IsOptional()
  @ValidateNested()
  modify?: ReferralModificationInput | null;
}

@ArgsType()
export class DeclineReferralArgs {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Why the request is declined: the requester reads it.' })
  @Length(1, 500)
  @NotBlank()
  reason!: string;
}

@ObjectType()
export class ApproveReferralPayload {
  @Field(() => Referral)
  referral!: Referral;

  @Field(() => Int, { description: 'Approvals still needed from other people (0: the referral is APPROVED).' })
  approvalsMissing!: number;

  @Field({
    description:
      'True when the held request was carried out with the approval. False while approvals are missing, and when nothing carries out this kind of request yet: it is then APPROVED but unchanged, and must be made again by hand.',
  })
  applied!: boolean;
}

@ObjectType()
export class ReferralPayload {
  @Field(() => Referral)
  referral!: Referral;
}
