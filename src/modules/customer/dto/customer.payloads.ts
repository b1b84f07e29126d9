import { Field, ObjectType } from 'type-graphql';
import { DecisionRecord } from '../../decision/decision-record.entity';
import { Customer } from '../customer.entity';

@ObjectType()
export class CreateCustomerPayload {
  @Field(() => Customer)
  customer!: Customer;

  @Field(() => DecisionRecord, { description: 'The policy decision: risk tier and first credit line.' })
  decision!: DecisionRecord;
}

@ObjectType()
export class UpdateCustomerPayload {
  @Field(() => Customer)
  customer!: Customer;

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}
