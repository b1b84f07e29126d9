import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../app/actor';
import type { RequestContext } from '../../app/context';
import { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { toPage } from '../../app/pagination';
import { READERS, REFERRAL_DECIDERS, REFERRAL_REQUESTERS } from '../../app/roles';
import { DecimalScalar } from '../../app/scalars';
import { fromMinorUnits } from '../../shared/money';
import { Customer } from '../customer';
import { FiredRuleView, toFiredRuleViews } from '../decision';
import { Invoice } from '../invoice';
import { ApproveReferralArgs, ApproveReferralPayload, DeclineReferralArgs, ReferralNoteArgs, ReferralPayload } from './dto/decide-referral.args';
import { ReferralConnection } from './dto/referral.connection';
import { ReferralResolution, ReferralSubject, RequiredAuthority } from './dto/referral.views';
import { CustomerReferralsArgs, ReferralsArgs } from './dto/referrals.args';
import { Referral, ReferralApproval, ReferralState } from './referral.entity';
import { approveReferral, declineReferral, getReferral, listReferrals, mayApprove, withdrawReferral } from './referral.service';

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized(...READERS) // staff only: partners see no referral
  @Query(() => ReferralConnection, { description: 'The referral inbox, soonest due first (then by id).' })
  referrals(@Args() args: ReferralsArgs, @Ctx() ctx: RequestContext) {
    return listReferrals(ctx, args);
  }

  @Authorized(...READERS)
  @Query(() => Referral)
  referral(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getReferral(ctx, id);
  }

  @Authorized(...REFERRAL_DECIDERS)
  @Mutation(() => ApproveReferralPayload, {
    description:
      'Approves a referral: FORBIDDEN for the requester (four eyes) and for a role below the required level, CONFLICT when you approved it already or it is not OPEN. With the approvals rules/credit-authority.json asks for it is APPROVED (MODIFIED when the last approval lowers the request with `modify`: BAD_USER_INPUT naming the field unless lower than asked and of this kind of request).',
  })
  approveReferral(@Args() args: ApproveReferralArgs, @Ctx() ctx: RequestContext) {
    return approveReferral(ctx, args);
  }

  @Authorized(...REFERRAL_DECIDERS)
  @Mutation(() => ReferralPayload, { description: 'Declines a referral with a reason, by someone who could approve it (never the requester: withdraw instead). CONFLICT when it is not OPEN.' })
  declineReferral(@Args() args: DeclineReferralArgs, @Ctx() ctx: RequestContext) {
    return declineReferral(ctx, args);
  }

  @Authorized(...REFERRAL_REQUESTERS)
  @Mutation(() => ReferralPayload, { description: 'The requester takes a referred request back (FORBIDDEN for anyone else; CONFLICT when it is not OPEN).' })
  withdrawReferral(@Args() args: ReferralNoteArgs, @Ctx() ctx: RequestContext) {
    return withdrawReferral(ctx, args);
  }

  @FieldResolver(() => ReferralSubject)
  subject(@Root() referral: Referral): ReferralSubject {
    return { type: referral.subjectType, id: referral.subjectId, label: referral.subjectLabel };
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The customer the request is about (null for an exchange rate).' })
  customerId(@Root() referral: Referral): string | null {
    return referral.customer?.id ?? null;
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() referral: Referral, @Ctx() ctx: RequestContext) {
    return referral.customer ? ctx.loaders.customer.load(referral.customer.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  invoiceId(@Root() referral: Referral): string | null {
    return referral.invoice?.id ?? null;
  }

  @FieldResolver(() => [FiredRuleView], { description: 'The refer rules that fired, with their params (the reason in words).' })
  reasons(@Root() referral: Referral): FiredRuleView[] {
    return toFiredRuleViews(referral.reasons);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The facts the referred decision saw. Money facts are integer minor units.' })
  facts(@Root() referral: Referral): Record<string, unknown> {
    return referral.facts;
  }

  @FieldResolver(() => DecisionRecord, { description: 'The referred decision (outcome REFERRED).' })
  async decision(@Root() referral: Referral, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.referralDecision.load(referral.decision.id))!;
  }

  @FieldResolver(() => RequiredAuthority)
  requiredAuthority(@Root() referral: Referral): RequiredAuthority {
    return {
      level: Role[referral.requiredLevel],
      approvals: referral.requiredApprovals,
      dueInBusinessDays: referral.dueInBusinessDays,
      policyGap: referral.policyGap,
      decisionIds: referral.authorityDecisionIds,
    };
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: "The request's amount in the customer's currency (null when it has none)." })
  amount(@Root() referral: Referral): string | null {
    return referral.amountMinor === null || referral.currency === null ? null : fromMinorUnits(referral.amountMinor, referral.currency);
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO 4217 currency of amount.' })
  currency(@Root() referral: Referral): string | null {
    return referral.currency;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The held request, as the referred mutation received it.' })
  heldRequest(@Root() referral: Referral): Record<string, unknown> {
    return referral.heldRequest;
  }

  @FieldResolver(() => [ReferralApproval], { description: 'Approvals so far, oldest first.' })
  approvals(@Root() referral: Referral, @Ctx() ctx: RequestContext) {
    return ctx.loaders.referralApprovals.load(referral.id);
  }

  @FieldResolver(() => Int, { description: 'Approvals still needed from other people (0 once it is no longer OPEN).' })
  async approvalsMissing(@Root() referral: Referral, @Ctx() ctx: RequestContext): Promise<number> {
    if (referral.state !== ReferralState.OPEN) return 0;
    return Math.max(referral.requiredApprovals - (await ctx.loaders.referralApprovals.load(referral.id)).length, 0);
  }

  @FieldResolver(() => Boolean, { description: 'True when you may approve it now: OPEN, your role reaches the required level, you did not ask for it and have not approved it yet.' })
  async mayApprove(@Root() referral: Referral, @Ctx() ctx: RequestContext): Promise<boolean> {
    return mayApprove(referral, await ctx.loaders.referralApprovals.load(referral.id), ctx.actor);
  }

  @FieldResolver(() => ReferralResolution, { nullable: true, description: 'How it ended; null while OPEN.' })
  resolution(@Root() referral: Referral): ReferralResolution | null {
    if (referral.state === ReferralState.OPEN || !referral.resolvedBy || !referral.resolvedAt) return null;
    return {
      state: referral.state,
      by: referral.resolvedBy,
      at: referral.resolvedAt,
      note: referral.resolutionNote,
      applied: referral.appliedAt !== null,
      appliedAt: referral.appliedAt,
      applyResult: referral.applyResult,
    };
  }
}

@Resolver(() => Customer)
export class CustomerReferralsResolver {
  @Authorized(...READERS) // staff only: partners do not see it
  @FieldResolver(() => ReferralConnection, { description: "The customer's referrals, soonest due first." })
  referrals(@Root() customer: Customer, @Args() args: CustomerReferralsArgs, @Ctx() ctx: RequestContext) {
    return ctx.loaders.referralsOfCustomer.load({ parentId: customer.id, page: toPage(args), status: args.state });
  }
}

@Resolver(() => Invoice)
export class InvoiceReferralResolver {
  @Authorized(...READERS) // staff only: partners do not see it
  @FieldResolver(() => Referral, { nullable: true, description: "The invoice's referral: the OPEN one, else the latest; null when it was never referred." })
  referral(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return ctx.loaders.referralOfInvoice.load(invoice.id);
  }
}

@Resolver(() => DecisionRecord)
export class DecisionReferralResolver {
  @Authorized(...READERS) // staff only: partners do not see it
  @FieldResolver(() => Referral, {
    nullable: true,
    description: 'The referral holding the request this REFERRED decision was about, for a person to decide (approveReferral); null for other decisions.',
  })
  referral(@Root() decision: DecisionRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.referralOfDecision.load(decision.id);
  }
}
