/**
 * Linking customers to partner organisations (an administrator's decision, recorded like every
 * mutation). A partner sees the risk alerts of linked customers only.
 */
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { ConflictError, NotFoundError } from '../../shared/errors';
import { findByIdOrFail, isUuid } from '../../shared/ids';
import { runPolicyMutation } from '../../app/policy-pipeline';
import { Customer } from '../customer';
import type { PartnerAccessInput } from './dto/partner-access.input';
import { PartnerAccess } from './partner-access.entity';

export async function grantPartnerAccess(ctx: RequestContext, input: PartnerAccessInput): Promise<boolean> {
  await runPolicyMutation(ctx, {
    mutation: 'grantPartnerAccess',
    businessDate: businessDate(ctx.clock),
    subject: `Partner access of ${input.organisationId} to customer ${input.customerId}`,
    gatherFacts: async (em) => {
      const customer = await findByIdOrFail(em, Customer, input.customerId);
      if (await em.count(PartnerAccess, { organisationId: input.organisationId, customer: customer.id })) {
        throw new ConflictError(`${input.organisationId} already has access to customer ${customer.name}`);
      }
      return { facts: { organisationId: input.organisationId, riskTier: customer.riskTier }, read: customer };
    },
    apply: async (_decision, em, _record, customer) =>
      em.create(PartnerAccess, {
        organisationId: input.organisationId,
        customer,
        grantedBy: ctx.actor.id,
        grantedAt: ctx.clock.now(),
      }),
  });
  return true;
}

export async function revokePartnerAccess(ctx: RequestContext, input: PartnerAccessInput): Promise<boolean> {
  await runPolicyMutation(ctx, {
    mutation: 'revokePartnerAccess',
    businessDate: businessDate(ctx.clock),
    subject: `Partner access of ${input.organisationId} to customer ${input.customerId}`,
    gatherFacts: async (em) => {
      // A malformed id names no customer (and PostgreSQL would refuse it as a uuid).
      const access = isUuid(input.customerId)
        ? await em.findOne(PartnerAccess, { organisationId: input.organisationId, customer: input.customerId }, { populate: ['customer'] })
        : null;
      if (!access) throw new NotFoundError('PartnerAccess', `${input.organisationId}/${input.customerId}`);
      return { facts: { organisationId: input.organisationId, riskTier: access.customer.riskTier }, read: access };
    },
    apply: async (_decision, em, _record, access) => {
      em.remove(access);
      return true;
    },
  });
  return true;
}
