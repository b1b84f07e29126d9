import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { READERS, RISK_OFFICERS } from '../../app/roles';
import type { RequestContext } from '../../app/context';
import { addDays } from '../../shared/dates';
import { findByIdOrFail } from '../../shared/ids';
import { fromMinorUnits } from '../../shared/money';
import { LocalDateScalar } from '../../app/scalars';
import { Invoice } from '../invoice';
import {
  CreateInsurancePolicyInput,
  CreateInsurancePolicyPayload,
  DeclareOverdueInput,
  DeclareOverduePayload,
  InsurancePoliciesArgs,
  InsurancePolicyConnection,
  InvoiceInsurance,
  PremiumLine,
  RequestInsuredLimitInput,
  RequestInsuredLimitPayload,
} from './dto/insurance.types';
import { declareOverdue } from './insurance-deadlines.service';
import { InsuranceCover, InsurancePolicy } from './insurance-policy.entity';
import { createInsurancePolicy, listInsurancePolicies, premium, requestInsuredLimit } from './insurance.service';

@Resolver()
export class InsuranceResolver {
  @Authorized(...RISK_OFFICERS)
  @Mutation(() => CreateInsurancePolicyPayload, { description: 'Records a credit-insurance policy; terms left out take the defaults of rules/claims.json.' })
  createInsurancePolicy(@Arg('input') input: CreateInsurancePolicyInput, @Ctx() ctx: RequestContext) {
    return createInsurancePolicy(ctx, input);
  }

  @Authorized(...RISK_OFFICERS)
  @Mutation(() => RequestInsuredLimitPayload, {
    description: 'Asks for cover on a customer (rules/insurance-cover.json): APPROVED, PARTIAL (the cap), REFERRED or REJECTED; the cap says whether the insurer names the limit.',
  })
  requestInsuredLimit(@Arg('input') input: RequestInsuredLimitInput, @Ctx() ctx: RequestContext) {
    return requestInsuredLimit(ctx, input);
  }

  @Authorized(...RISK_OFFICERS)
  @Mutation(() => DeclareOverduePayload, { description: 'Declares overdue insured invoices to the insurer (rules/claims.json); a late declaration is recorded, and a claim on it refused.' })
  declareOverdue(@Arg('input') input: DeclareOverdueInput, @Ctx() ctx: RequestContext) {
    return declareOverdue(ctx, input);
  }

  @Authorized(...READERS)
  @Query(() => InsurancePolicyConnection, { description: 'Credit-insurance policies, latest period first.' })
  insurancePolicies(@Args() args: InsurancePoliciesArgs, @Ctx() ctx: RequestContext) {
    return listInsurancePolicies(ctx, args);
  }

  @Authorized(...READERS)
  @Query(() => InsurancePolicy)
  insurancePolicy(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findByIdOrFail(ctx.em, InsurancePolicy, id);
  }

  @Authorized(...READERS)
  @Query(() => [InsuranceCover], { description: "A customer's covers, one per insurance policy." })
  insuranceCovers(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: RequestContext) {
    return ctx.em.find(InsuranceCover, { customer: customerId }, { orderBy: { updatedAt: 'desc', id: 'asc' } });
  }

  @Authorized(...READERS)
  @Query(() => [PremiumLine], { description: 'Premium per insurance policy and currency on the invoices issued from `from` to `to` (both included): insured turnover × premium rate.' })
  premium(@Arg('from', () => LocalDateScalar) from: string, @Arg('to', () => LocalDateScalar) to: string, @Ctx() ctx: RequestContext) {
    return premium(ctx, from, to);
  }
}

@Resolver(() => InsuranceCover)
export class InsuranceCoverResolver {
  @FieldResolver(() => InsurancePolicy)
  async policy(@Root() cover: InsuranceCover, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.insurancePolicy.load(cover.policy.id))!;
  }
}

@Resolver(() => Invoice)
export class InvoiceInsuranceResolver {
  @FieldResolver(() => InvoiceInsurance, { description: 'Credit insurance of the invoice: insured at issue, deadlines, declaration.' })
  async insurance(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<InvoiceInsurance> {
    const cover = invoice.insuranceCover ? await ctx.loaders.insuranceCover.load(invoice.insuranceCover.id) : null;
    const policy = cover?.policy ?? null;
    return {
      insured: fromMinorUnits(invoice.insuredMinor, invoice.currency),
      uninsured: fromMinorUnits(invoice.amountMinor - invoice.insuredMinor, invoice.currency),
      uninsuredReason: invoice.uninsuredReason,
      policy,
      declarationDeadline: policy && invoice.insuredMinor > 0 ? addDays(invoice.dueDate, policy.declarationDeadlineDays) : null,
      claimFilingDeadline: policy && invoice.insuredMinor > 0 ? addDays(invoice.dueDate, policy.claimFilingDeadlineDays) : null,
      declaredOn: invoice.declaredOverdueOn,
    };
  }
}
