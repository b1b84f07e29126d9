import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../../app/pagination';
import { LocalDateScalar } from '../../../app/scalars';
import { InvoiceStatus } from '../invoice.entity';

@InputType()
export class InvoiceFilter {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => InvoiceStatus, { nullable: true })
  status?: InvoiceStatus | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only invoices still unpaid after their due date on this day.' })
  overdueAsOf?: string | null;
}

@ArgsType()
export class InvoicesArgs extends PageArgs {
  @Field(() => InvoiceFilter, { nullable: true })
  filter?: InvoiceFilter | null;
}

@ArgsType()
export class CustomerInvoicesArgs extends PageArgs {
  @Field(() => InvoiceStatus, { nullable: true })
  status?: InvoiceStatus | null;
}
