/**
 * Onboarding and maintaining customers. The score, grade and risk tier (rules/scorecard.json, see
 * scorecard.service.ts) and the first credit line (rules/credit-limits.json) are the policy's; this
 * service only gathers facts and applies.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { eventsOfType } from '../../policy/decision';
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { pastOrToday, yearsBetween } from '../../shared/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { applyRatioRoundingDown, toMinorUnits } from '../../shared/money';
import { findPage, type PageArgs, toPage } from '../../app/pagination';
import { findByIdOrFail } from '../../shared/ids';
import { parseAll } from '../../shared/validation';
import { Exposure, LimitDecision, LimitDecisionKind } from '../exposure';
import { assertVisible, customerCondition } from '../partner';
import { Customer } from './customer.entity';
import type { CustomerFinancialsInput, UpdateCustomerFinancialsInput } from './dto/financials.input';
import { assignedTier, recordGrading, scoreAndGrade, type ScorecardProfile, tieringFacts } from './scorecard.service';
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
  await assertVisible(ctx, customer.id, 'Customer', id);
  return customer;
}

export async function listCustomers(ctx: RequestContext, args: CustomersArgs) {
  const page = toPage(args);
  const where: FilterQuery<Customer> = {};
  const visible = await customerCondition(ctx);
  if (visible) where.id = visible;
  const filter = args.filter ?? {};
  if (filter.riskTiers?.length) where.riskTier = { $in: filter.riskTiers };
  if (filter.status) where.status = filter.status;
  if (filter.country) where.country = filter.country.toUpperCase();
  if (filter.nameContains) where.name = { $like: `%${filter.nameContains.replace(/[%_\\]/g, '\\$&')}%` };
  return await findPage(ctx.em, Customer, where, page, ORDER[args.orderBy ?? CustomerOrder.NAME_ASC]);
}

export async function createCustomer(ctx: RequestContext, input: CreateCustomerInput) {
  const today = businessDate(ctx.clock);
  const { monthlySalesMinor, relationshipStart, financials } = parseAll({
    monthlySalesMinor: () => nonNegativeMinorUnits(input.monthlySales, input.currency, 'monthlySales'),
    relationshipStart: () => pastOrToday(input.relationshipStart, 'relationshipStart', today),
    financials: () => financialsOf(input.financials, input.currency, today),
  });
  const profile: ScorecardProfile = {
    ...financials,
    monthlySalesMinor,
    country: input.country,
    industry: input.industry ?? null,
  };
  const subject = `Customer ${input.registrationNumber}`;

  const { result: customer, decision } = await runPolicyMutation(ctx, {
    mutation: 'createCustomer',
    businessDate: today,
    subject,
    gatherFacts: async (em) => {
      await assertRegistrationNumberFree(em, input.registrationNumber);
      const grading = await scoreAndGrade(ctx, em, null, profile, today, subject);
      const facts = {
        grade: grading.grade,
        country: input.country,
        currency: input.currency,
        industry: input.industry ?? '',
        monthlySalesMinor,
        relationshipYears: yearsBetween(relationshipStart, today),
      };
      return { facts, read: grading };
    },
    apply: async (decision, em, record, grading) => {
      const customer = em.create(Customer, {
        name: input.name.trim(),
        registrationNumber: input.registrationNumber.trim(),
        country: input.country,
        currency: input.currency,
        language: input.language ?? 'en',
        industry: input.industry ?? null,
        monthlySalesMinor,
        relationshipStart,
        ...storedFinancials(profile),
        grade: grading.grade,
        riskTier: assignedTier(decision),
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      });
      await recordGrading(ctx, em, customer, grading, { decision, record }, 'onboarding', today, true);
      const share = eventsOfType(decision, 'set-initial-credit-limit').map((params) => Number(params.shareOfMonthlySales));
      // Several matching rules: the most prudent line wins.
      const creditLimitMinor = share.length > 0 ? applyRatioRoundingDown(monthlySalesMinor, Math.min(...share)) : 0;
      const exposure = em.create(Exposure, { customer, currency: input.currency, creditLimitMinor, updatedAt: ctx.clock.now() });
      em.create(LimitDecision, {
        exposure,
        sequence: 1,
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

/**
 * Changes a customer's profile. A change the scorecard reads (country, industry, monthly sales)
 * re-grades the customer; other changes keep its grade (the tier is re-assigned by the policy either way).
 */
export async function updateCustomer(ctx: RequestContext, input: UpdateCustomerInput) {
  return changeCustomer(
    ctx,
    input.id,
    input.expectedVersion,
    (customer) => {
      const monthlySalesMinor = input.monthlySales ? nonNegativeMinorUnits(input.monthlySales, customer.currency, 'monthlySales') : customer.monthlySalesMinor;
      const profile: ScorecardProfile = {
        ...profileOf(customer),
        country: input.country ?? customer.country,
        industry: input.industry === undefined ? customer.industry : input.industry,
        monthlySalesMinor,
      };
      const scored = profile.country !== customer.country || profile.industry !== customer.industry || monthlySalesMinor !== customer.monthlySalesMinor;
      return { profile, regrade: scored ? 'profile updated' : null };
    },
    (customer) => {
      // Null, like omitted, keeps the value: a customer always has a name and a letter language.
      if (input.name != null) customer.name = input.name.trim();
      if (input.language != null) customer.language = input.language;
    },
  );
}

/** New figures from the customer's credit report: stored, and the customer re-graded from them. */
export async function updateCustomerFinancials(ctx: RequestContext, input: UpdateCustomerFinancialsInput) {
  const today = businessDate(ctx.clock);
  return changeCustomer(ctx, input.customerId, input.expectedVersion, (customer) => ({
    profile: { ...profileOf(customer), ...financialsOf(input.financials, customer.currency, today) },
    regrade: 'financials updated',
  }));
}

/** The one path of a customer change: version check, (re-)grading, tier from the updateCustomer decision. */
async function changeCustomer(
  ctx: RequestContext,
  customerId: string,
  expectedVersion: number,
  changeOf: (customer: Customer) => { profile: ScorecardProfile; regrade: string | null },
  applyOther: (customer: Customer) => void = () => undefined,
) {
  const today = businessDate(ctx.clock);
  const { result: customer, decision } = await runPolicyMutation(ctx, {
    mutation: 'updateCustomer',
    businessDate: today,
    subject: `Customer ${customerId}`,
    gatherFacts: async (em) => {
      const customer = await findByIdOrFail(em, Customer, customerId);
      if (customer.version !== expectedVersion) {
        throw new ConflictError(
          `Customer ${customer.name} was changed by someone else (now version ${customer.version}, you sent ${expectedVersion}); reload it and apply your change again`,
          { currentVersion: customer.version },
        );
      }
      const change = changeOf(customer);
      const grading = change.regrade ? await scoreAndGrade(ctx, em, customer.id, change.profile, today, `Customer ${customer.registrationNumber}`) : null;
      return { facts: tieringFacts(customer, change.profile, grading?.grade ?? customer.grade, today), read: { customer, change, grading } };
    },
    apply: async (decision, em, record, { customer, change, grading }) => {
      applyOther(customer);
      customer.country = change.profile.country;
      customer.industry = change.profile.industry;
      customer.monthlySalesMinor = change.profile.monthlySalesMinor;
      Object.assign(customer, storedFinancials(change.profile));
      if (grading) await recordGrading(ctx, em, customer, grading, { decision, record }, change.regrade!, today, false);
      else customer.riskTier = assignedTier(decision);
      return customer;
    },
  });
  return { customer, decision };
}

/** The credit report's figures as the scorecard reads them (money in minor units, dates checked); every bad one refused at once. */
function financialsOf(financials: CustomerFinancialsInput, currency: string, today: string) {
  const { registeredCapitalMinor, foundedOn } = parseAll({
    registeredCapitalMinor: () => nonNegativeMinorUnits(financials.registeredCapital, currency, 'financials.registeredCapital'),
    foundedOn: () => (financials.foundedOn ? pastOrToday(financials.foundedOn, 'financials.foundedOn', today) : null),
  });
  return {
    equityRatio: financials.equityRatio,
    registeredCapitalMinor,
    foundedOn,
    openLitigations: financials.openLitigations,
    outlook: financials.outlook,
  };
}

function profileOf(customer: Customer): ScorecardProfile {
  const { monthlySalesMinor, country, industry } = customer;
  return { ...storedFinancials(customer), monthlySalesMinor, country, industry };
}

function storedFinancials(profile: Pick<ScorecardProfile, 'equityRatio' | 'registeredCapitalMinor' | 'foundedOn' | 'openLitigations' | 'outlook'>) {
  const { equityRatio, registeredCapitalMinor, foundedOn, openLitigations, outlook } = profile;
  return { equityRatio, registeredCapitalMinor, foundedOn, openLitigations, outlook };
}

/** A customer's grade history, newest first. */
export function getGradeHistory(ctx: RequestContext, customerId: string, args: PageArgs) {
  return ctx.loaders.gradeHistory.load({ parentId: customerId, page: toPage(args) });
}

async function assertRegistrationNumberFree(em: EntityManager, registrationNumber: string): Promise<void> {
  const existing = await em.findOne(Customer, { registrationNumber: registrationNumber.trim() }, { fields: ['id'] });
  if (existing) {
    throw new ConflictError(`A customer with registration number ${registrationNumber} already exists (${existing.id})`, {
      existingId: existing.id,
    });
  }
}

function nonNegativeMinorUnits(amount: string, currency: string, field: string): number {
  const minor = toMinorUnits(amount, currency, field);
  if (minor < 0) throw new BadUserInputError(`${field} must not be negative`, { field });
  return minor;
}
