/**
 * Onboarding and maintaining customers. The risk tier and the first credit line are the policy's
 * (rules/scorecard.json, rules/credit-limits.json); this service only gathers facts and applies.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { eventsOfType, type Decision } from '../../policy/decision';
import { runPolicyMutation } from '../../policy/policy-pipeline';
import type { RequestContext } from '../../server/context';
import { businessDate } from '../../shared/clock';
import { pastOrToday, yearsBetween } from '../../shared/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { applyRatioRoundingDown, toMinorUnits } from '../../shared/money';
import { connectionFromCursor, toPage } from '../../shared/pagination';
import { findByIdOrFail } from '../../shared/ids';
import { Exposure, LimitDecision, LimitDecisionKind } from '../exposure/exposure.entity';
import { Customer, RiskTier } from './customer.entity';
import type { CreateCustomerInput } from './dto/create-customer.input';
import { CustomerOrder, type CustomersArgs } from './dto/customers.args';
import type { UpdateCustomerInput } from './dto/update-customer.input';

const ORDER: Record<CustomerOrder, QueryOrderMap<Customer>[]> = {
  [CustomerOrder.NAME_ASC]: [{ name: 'asc' }, { id: 'asc' }],
  [CustomerOrder.NAME_DESC]: [{ name: 'desc' }, { id: 'desc' }],
  [CustomerOrder.CREATED_AT_DESC]: [{ createdAt: 'desc' }, { id: 'desc' }],
  [CustomerOrder.GRADE_DESC]: [{ grade: 'desc' }, { id: 'desc' }],
};

export async function getCustomer(ctx: RequestContext, id: string): Promise<Customer> {
  const customer = await ctx.loaders.customer.load(id);
  if (!customer) throw new NotFoundError('Customer', id);
  return customer;
}

export async function listCustomers(ctx: RequestContext, args: CustomersArgs) {
  const page = toPage(args);
  const where: FilterQuery<Customer> = {};
  const filter = args.filter ?? {};
  if (filter.riskTiers?.length) where.riskTier = { $in: filter.riskTiers };
  if (filter.status) where.status = filter.status;
  if (filter.country) where.country = filter.country.toUpperCase();
  if (filter.nameContains) where.name = { $like: `%${filter.nameContains.replace(/[%_\\]/g, '\\$&')}%` };
  const cursor = await ctx.em.findByCursor(Customer, where, {
    first: page.first,
    after: page.after ?? undefined,
    orderBy: ORDER[args.orderBy ?? CustomerOrder.NAME_ASC],
    includeCount: true,
  });
  return connectionFromCursor(cursor, page);
}

export async function createCustomer(ctx: RequestContext, input: CreateCustomerInput) {
  const today = businessDate(ctx.clock);
  const monthlySalesMinor = nonNegative(toMinorUnits(input.monthlySales, input.currency, 'monthlySales'), 'monthlySales');
  const relationshipStart = pastOrToday(input.relationshipStart, 'relationshipStart', today);

  const { result: customer, decision } = await runPolicyMutation(ctx, {
    mutation: 'createCustomer',
    businessDate: today,
    subject: `Customer ${input.registrationNumber}`,
    gatherFacts: async (em) => {
      await assertRegistrationNumberFree(em, input.registrationNumber);
      return {
        grade: input.grade,
        country: input.country,
        currency: input.currency,
        industry: input.industry ?? '',
        monthlySalesMinor,
        relationshipYears: yearsBetween(relationshipStart, today),
      };
    },
    apply: async (decision, em, record) => {
      const customer = em.create(Customer, {
        name: input.name.trim(),
        registrationNumber: input.registrationNumber.trim(),
        country: input.country,
        currency: input.currency,
        language: input.language ?? 'en',
        industry: input.industry ?? null,
        monthlySalesMinor,
        relationshipStart,
        grade: input.grade,
        riskTier: assignedTier(decision),
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      });
      const share = eventsOfType(decision, 'set-initial-credit-limit').map((params) => Number(params.shareOfMonthlySales));
      // Several matching rules: the most prudent line wins.
      const creditLimitMinor = share.length > 0 ? applyRatioRoundingDown(monthlySalesMinor, Math.min(...share)) : 0;
      const exposure = em.create(Exposure, { customer, currency: input.currency, creditLimitMinor, updatedAt: ctx.clock.now() });
      em.create(LimitDecision, {
        exposure,
        kind: LimitDecisionKind.APPROVED,
        requestedMinor: null,
        previousLimitMinor: 0,
        newLimitMinor: creditLimitMinor,
        currency: input.currency,
        reason: share.length > 0 ? `First credit line: ${Math.min(...share) * 100}% of monthly sales` : 'No first credit line in the policy',
        decision: record,
        decidedAt: ctx.clock.now(),
      });
      return customer;
    },
  });
  return { customer, decision };
}

export async function updateCustomer(ctx: RequestContext, input: UpdateCustomerInput) {
  const today = businessDate(ctx.clock);
  const { result: customer, decision } = await runPolicyMutation(ctx, {
    mutation: 'updateCustomer',
    businessDate: today,
    subject: `Customer ${input.id}`,
    gatherFacts: async (em) => {
      const customer = await findByIdOrFail(em, Customer, input.id);
      if (customer.version !== input.expectedVersion) {
        throw new ConflictError(
          `Customer ${customer.name} was changed by someone else (now version ${customer.version}, you sent ${input.expectedVersion}); reload it and apply your change again`,
          { currentVersion: customer.version },
        );
      }
      const monthlySalesMinor = input.monthlySales
        ? nonNegative(toMinorUnits(input.monthlySales, customer.currency, 'monthlySales'), 'monthlySales')
        : customer.monthlySalesMinor;
      return {
        grade: input.grade ?? customer.grade,
        country: input.country ?? customer.country,
        currency: customer.currency,
        industry: (input.industry === undefined ? customer.industry : input.industry) ?? '',
        monthlySalesMinor,
        relationshipYears: yearsBetween(customer.relationshipStart, today),
        previousGrade: customer.grade,
        previousRiskTier: customer.riskTier,
      };
    },
    apply: async (decision, em) => {
      const customer = await em.findOneOrFail(Customer, { id: input.id });
      const facts = decision.facts as { grade: number; country: string; monthlySalesMinor: number; industry: string };
      if (input.name !== undefined) customer.name = input.name.trim();
      if (input.language !== undefined) customer.language = input.language;
      if (input.industry !== undefined) customer.industry = input.industry;
      customer.country = facts.country;
      customer.monthlySalesMinor = facts.monthlySalesMinor;
      customer.grade = facts.grade;
      customer.riskTier = assignedTier(decision);
      customer.updatedAt = ctx.clock.now();
      return customer;
    },
  });
  return { customer, decision };
}

/** The tier the scorecard assigned (decide() refers a decision without one); if bands overlap, the riskiest wins. */
function assignedTier(decision: Decision): RiskTier {
  return eventsOfType(decision, 'assign-risk-tier')
    .map((params) => params.tier as RiskTier)
    .sort()
    .at(-1)!;
}

async function assertRegistrationNumberFree(em: EntityManager, registrationNumber: string): Promise<void> {
  const existing = await em.findOne(Customer, { registrationNumber: registrationNumber.trim() }, { fields: ['id'] });
  if (existing) {
    throw new ConflictError(`A customer with registration number ${registrationNumber} already exists (${existing.id})`, {
      existingId: existing.id,
    });
  }
}

function nonNegative(minor: number, field: string): number {
  if (minor < 0) throw new BadUserInputError(`${field} must not be negative`, { field });
  return minor;
}
