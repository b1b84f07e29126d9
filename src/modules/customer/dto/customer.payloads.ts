import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../../app/pagination';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { Customer } from '../customer.entity';
import { GradeChange } from '../grade-change.entity';

export const GradeChangeConnection = Connection(GradeChange, 'GradeChange');

@ObjectType()
export class CreateCustomerPayload {
  @Field(() => Customer)
  customer!: Customer;

  @Field(() => DecisionRecord, { description: 'The createCustomer decision: risk tier of the grade and first credit line (gradeHistory links the score and grade decisions).' })
  decision!: DecisionRecord;
}

@ObjectType()
export class UpdateCustomerPayload {
  @Field(() => Customer)
  customer!: Customer;

  @Field(() => DecisionRecord, { description: 'The updateCustomer decision: the risk tier of the (new) grade.' })
  decision!: DecisionRecord;
}
