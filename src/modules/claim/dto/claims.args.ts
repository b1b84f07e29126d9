import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../../app/pagination';
import { ClaimCause, ClaimStatus } from '../claim.entity';

@InputType()
export class ClaimFilter {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ClaimStatus, { nullable: true })
  status?: ClaimStatus | null;

  @Field(() => ClaimCause, { nullable: true })
  cause?: ClaimCause | null;
}

@ArgsType()
export class ClaimsArgs extends PageArgs {
  @Field(() => ClaimFilter, { nullable: true })
  filter?: ClaimFilter | null;
}
