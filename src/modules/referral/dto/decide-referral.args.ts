import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
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
