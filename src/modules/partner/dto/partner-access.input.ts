import { Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotBlank } from '../../../shared/validation';

@InputType()
export class PartnerAccessInput {
  @Field(() => ID)
  customerId!: string;

  @Field({ description: 'The partner organisation (the `org` claim of its tokens).' })
  @Length(1, 100)
  @NotBlank()
  organisationId!: string;
}
