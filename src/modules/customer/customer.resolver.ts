import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { OPERATORS, READERS, READERS_AND_PARTNERS } from '../../app/roles';
import { PageArgs, toPage } from '../../app/pagination';
import { ClaimConnection } from '../claim';
import { InvoiceConnection, CustomerInvoicesArgs, invoicesOfCustomer } from '../invoice';
import { ExposureView } from '../exposure';
import { CustomerConnection } from './dto/customer.connection';
import { Customer } from './customer.entity';
import { createCustomer, getCustomer, getGradeHistory, listCustomers, updateCustomer, updateCustomerFinancials } from './customer.service';
import { CreateCustomerInput } from './dto/create-customer.input';
import { CreateCustomerPayload, GradeChangeConnection, UpdateCustomerPayload } from './dto/customer.payloads';
import { UpdateCustomerFinancialsInput } from './dto/financials.input';
import { CustomersArgs } from './dto/customers.args';
import { UpdateCustomerInput } from './dto/update-customer.input';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => Customer)
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getCustomer(ctx, id);
  }

  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => CustomerConnection)
  customers(@Args() args: CustomersArgs, @Ctx() ctx: RequestContext) {
    return listCustomers(ctx, args);
  }

  @Authorized(...OPERATORS)
  @Mutation(() => CreateCustomerPayload, {
    description: 'Onboards a buyer: the scorecard grades it from its credit report, the policy assigns its risk tier and first credit line.',
  })
  createCustomer(@Arg('input') input: CreateCustomerInput, @Ctx() ctx: RequestContext) {
    return createCustomer(ctx, input);
  }

  @Authorized(...OPERATORS)
  @Mutation(() => UpdateCustomerPayload, { description: 'Changes a customer; a change of country, industry or monthly sales re-grades it.' })
  updateCustomer(@Arg('input') input: UpdateCustomerInput, @Ctx() ctx: RequestContext) {
    return updateCustomer(ctx, input);
  }

  @Authorized(...OPERATORS)
  @Mutation(() => UpdateCustomerPayload, {
    description: "Stores new figures from the customer's credit report and re-grades it; a downgrade raises a GRADE_DOWNGRADE alert.",
  })
  updateCustomerFinancials(@Arg('input') input: UpdateCustomerFinancialsInput, @Ctx() ctx: RequestContext) {
    return updateCustomerFinancials(ctx, input);
  }

  @Authorized(...READERS) // staff only: partners do not see it
  @FieldResolver(() => GradeChangeConnection, { description: 'Every grading of the customer by the scorecard, newest first.' })
  gradeHistory(@Root() customer: Customer, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return getGradeHistory(ctx, customer.id, args);
  }

  @FieldResolver(() => ExposureView)
  async exposure(@Root() customer: Customer, @Ctx() ctx: RequestContext): Promise<ExposureView> {
    const figures = await ctx.loaders.exposureFigures.load(customer.id);
    if (!figures) throw new Error(`Customer ${customer.id} has no exposure row`);
    return new ExposureView(figures);
  }

  @FieldResolver(() => InvoiceConnection, { description: 'Invoices, newest first.' })
  invoices(@Root() customer: Customer, @Args() args: CustomerInvoicesArgs, @Ctx() ctx: RequestContext) {
    return invoicesOfCustomer(ctx, customer.id, toPage(args), args.status);
  }

  @FieldResolver(() => ClaimConnection, { description: 'Insurance claims, newest first.' })
  claims(@Root() customer: Customer, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.loaders.claimsOfCustomer.load({ parentId: customer.id, page: toPage(args) });
  }
}
