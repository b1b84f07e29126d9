import { IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../../app/pagination';
import { NotBlank } from '../../../shared/validation';
import { ReferralState } from '../referral.entity';

@InputType({ description: 'Which referrals to list; every field given must hold.' })
export class ReferralFilter {
  @Field(() => ReferralState, { nullable: true })
  state?: ReferralState | null;

  @Field(() => String, { nullable: true, description: 'The referred mutation, e.g. issueInvoice.' })
  @IsOptional()
  @Length(1, 64)
  @NotBlank()
  mutation?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only the OPEN referrals you may approve now (your role reaches the required level, you did not ask for it, you have not approved it yet); false: all the others.',
  })
  mayApprove?: boolean | null;
}

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ReferralFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ReferralFilter | null;
}

@ArgsType()
export class CustomerReferralsArgs extends PageArgs {
  @Field(() => ReferralState, { nullable: true })
  state?: ReferralState | null;
}
