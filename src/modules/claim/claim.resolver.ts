import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { INSURERS, READERS, READERS_AND_PARTNERS, RISK_OFFICERS } from '../../app/roles';
import { Customer, getCustomer } from '../customer';
import { Invoice, getInvoice } from '../invoice';
import { InsurancePolicy } from '../insurance';
import { ClaimConnection } from './dto/claim.connection';
import { Claim, ClaimLine } from './claim.entity';
import { fileClaim, getClaim, listClaims, reviewClaim, settleClaim } from './claim.service';
import { ClaimPayload, FileClaimInput, FileClaimPayload, ReviewClaimInput, SettleClaimInput } from './dto/claim.types';
import { ClaimsArgs } from './dto/claims.args';

@Resolver(() => Claim)
export class ClaimResolver {
  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => Claim)
  claim(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getClaim(ctx, id);
  }

  @Authorized(...READERS_AND_PARTNERS)
  @Query(() => ClaimConnection, { description: 'Insurance claims, newest first.' })
  claims(@Args() args: ClaimsArgs, @Ctx() ctx: RequestContext) {
    return listClaims(ctx, args);
  }

  @Authorized(...RISK_OFFICERS)
  @Mutation(() => FileClaimPayload, {
    description: 'Files a claim with the credit insurer (rules/claims.json): an eligible claim is FILED with its indemnity; a refused one is kept REJECTED with every reason.',
  })
  fileClaim(@Arg('input') input: FileClaimInput, @Ctx() ctx: RequestContext) {
    return fileClaim(ctx, input);
  }

  @Authorized(...INSURERS)
  @Mutation(() => ClaimPayload, { description: 'The insurer approves or rejects a filed claim.' })
  reviewClaim(@Arg('input') input: ReviewClaimInput, @Ctx() ctx: RequestContext) {
    return reviewClaim(ctx, input);
  }

  @Authorized(...INSURERS)
  @Mutation(() => ClaimPayload, { description: 'The insurer pays an approved claim (at most its indemnity); the unrecovered remainder of its invoices is written off.' })
  settleClaim(@Arg('input') input: SettleClaimInput, @Ctx() ctx: RequestContext) {
    return settleClaim(ctx, input);
  }

  @FieldResolver(() => [ClaimLine], { description: 'The invoices claimed for, with their insured loss.' })
  lines(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return ctx.loaders.claimLines.load(claim.id);
  }

  @Authorized(...READERS) // staff only: partners do not see it
  @FieldResolver(() => InsurancePolicy, { nullable: true })
  insurancePolicy(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return claim.insurancePolicy ? ctx.loaders.insurancePolicy.load(claim.insurancePolicy.id) : null;
  }

  @FieldResolver(() => Customer)
  customer(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return getCustomer(ctx, claim.customer.id);
  }

  @FieldResolver(() => Invoice, { nullable: true })
  invoice(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return claim.invoice ? getInvoice(ctx, claim.invoice.id) : null;
  }
}

@Resolver(() => ClaimLine)
export class ClaimLineResolver {
  @FieldResolver(() => Invoice)
  invoice(@Root() line: ClaimLine, @Ctx() ctx: RequestContext) {
    return getInvoice(ctx, line.invoice.id);
  }
}
