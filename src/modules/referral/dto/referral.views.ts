import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../../app/actor';
import { ReferralState, ReferralSubjectType } from '../referral.entity';

@ObjectType({ description: 'What a referred request is about.' })
export class ReferralSubject {
  @Field(() => ReferralSubjectType)
  type!: ReferralSubjectType;

  @Field(() => ID, { nullable: true, description: "The subject's id; null while it does not exist (a held invoice, a rate not yet set)." })
  id!: string | null;

  @Field({ description: 'e.g. "Invoice INV-1", as the referred decision names it.' })
  label!: string;
}

@ObjectType({ description: 'Who must approve a referral and by when (rules/credit-authority.json).' })
export class RequiredAuthority {
  @Field(() => Role, { description: 'The lowest role that may approve; a higher one may too (RISK_OFFICER < CREDIT_MANAGER < ADMIN).' })
  level!: Role;

  @Field(() => Int, { description: 'How many different people of at least that level must approve; the requester never counts.' })
  approvals!: number;

  @Field(() => Int, { description: 'Business days (Monday to Friday) from the referred request to dueAt.' })
  dueInBusinessDays!: number;

  @Field(() => String, { nullable: true, description: 'Set when the credit-authority policy had no rule for this referral: it then went to the highest level, due the same day.' })
  policyGap!: string | null;

  @Field(() => [ID], { description: 'The authorizeReferral decisions that gave this answer (decision(id) explains and replays each).' })
  decisionIds!: string[];
}

@ObjectType({ description: 'How a referral ended.' })
export class ReferralResolution {
  @Field(() => ReferralState)
  state!: ReferralState;

  @Field({ description: 'Who made it final: the last approver, the decliner, or the requester who withdrew.' })
  by!: string;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true, description: "The decliner's reason, or the last approver's or requester's note." })
  note!: string | null;

  @Field({ description: 'True once the held request was carried out; false when it was not (declined, withdrawn, or approved while nothing carries out this kind of request yet).' })
  applied!: boolean;

  @Field(() => Date, { nullable: true })
  appliedAt!: Date | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What carrying it out created or changed (ids).' })
  applyResult!: Record<string, unknown> | null;
}
