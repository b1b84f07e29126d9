/**
 * Onboarding and maintaining customers. The score, grade and risk tier (rules/scorecard.json, see
 * scorecard.service.ts) and the first credit line (rules/credit-limits.json) are the policy's; this
 * service only gathers facts and applies.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { type Decision, eventsOfType } from '../../policy/decision';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { forUpdate } from '../../db/locking';
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
  return changeCustomer(ctx, { operation: 'updateCustomer', input: { ...input }, requestedByRole: ctx.actor.role });
}

/** New figures from the customer's credit report: stored, and the customer re-graded from them. */
export async function updateCustomerFinancials(ctx: RequestContext, input: UpdateCustomerFinancialsInput) {
  return changeCustomer(ctx, { operation: 'updateCustomerFinancials', input: { ...input, financials: { ...input.financials } }, requestedByRole: ctx.actor.role });
}

/**
 * A change of a customer's master data as received (plain JSON): what updateCustomer decides, and,
 * when rules/master-data.json refers it, what the referral holds and its applier carries out.
 */
type CustomerChangeRequest =
  | { operation: 'updateCustomer'; input: UpdateCustomerInput; requestedByRole: string }
  | { operation: 'updateCustomerFinancials'; input: UpdateCustomerFinancialsInput; requestedByRole: string };

const customerIdOf = (request: CustomerChangeRequest) => (request.operation === 'updateCustomer' ? request.input.id : request.input.customerId);

/**
 * The one path of a customer change: version check, (re-)grading, tier from the updateCustomer
 * decision. A referred change (an operator's large change of the figures limits and grades depend
 * on, rules/master-data.json) is held: nothing is stored on the customer, the referral keeps the request.
 */
async function changeCustomer(ctx: RequestContext, request: CustomerChangeRequest) {
  const today = businessDate(ctx.clock);
  const customerId = customerIdOf(request);
  const { result: customer, decision } = await runPolicyMutation(ctx, {
    mutation: 'updateCustomer',
    businessDate: today,
    subject: `Customer ${customerId}`,
    gatherFacts: async (em) => {
      const customer = await findByIdOrFail(em, Customer, customerId);
      if (customer.version !== request.input.expectedVersion) {
        throw new ConflictError(
          `Customer ${customer.name} was changed by someone else (now version ${customer.version}, you sent ${request.input.expectedVersion}); reload it and apply your change again`,
          { currentVersion: customer.version },
        );
      }
      return gatherChange(ctx, em, customer, request, today);
    },
    apply: (decision, em, record, read) => applyChange(ctx, em, decision, record, read),
    hold: async (_decision, _em, _record, { customer }) => ({
      result: customer,
      referral: {
        subject: { type: 'CUSTOMER', id: customer.id, label: `Customer ${customer.registrationNumber} (${request.operation})` },
        customerId: customer.id,
        amount: null,
        heldRequest: JSON.parse(JSON.stringify(request)) as Record<string, unknown>,
      },
    }),
  });
  return { customer, decision };
}

/** What a change of `customer` would make of it on `today`: its profile and relationship start, the re-grading, and the facts updateCustomer decides on. */
async function gatherChange(ctx: RequestContext, em: EntityManager, customer: Customer, request: CustomerChangeRequest, today: string) {
  const change = changeOf(customer, request, today);
  const grading = change.regrade ? await scoreAndGrade(ctx, em, customer.id, change.profile, today, `Customer ${customer.registrationNumber}`) : null;
  const facts = tieringFacts(customer, change.profile, grading?.grade ?? customer.grade, today, { changedByRole: request.requestedByRole, relationshipStart: change.relationshipStart });
  return { facts, read: { customer, request, change, grading, today } };
}

type GatheredChange = Awaited<ReturnType<typeof gatherChange>>['read'];

function changeOf(customer: Customer, request: CustomerChangeRequest, today: string) {
  if (request.operation === 'updateCustomerFinancials') {
    return { profile: { ...profileOf(customer), ...financialsOf(request.input.financials, customer.currency, today) }, regrade: 'financials updated', relationshipStart: customer.relationshipStart };
  }
  const { input } = request;
  const { monthlySalesMinor, relationshipStart } = parseAll({
    monthlySalesMinor: () => (input.monthlySales ? nonNegativeMinorUnits(input.monthlySales, customer.currency, 'monthlySales') : customer.monthlySalesMinor),
    relationshipStart: () => (input.relationshipStart ? pastOrToday(input.relationshipStart, 'relationshipStart', today) : customer.relationshipStart),
  });
  const profile: ScorecardProfile = {
    ...profileOf(customer),
    country: input.country ?? customer.country,
    industry: input.industry === undefined ? customer.industry : input.industry,
    monthlySalesMinor,
  };
  const scored = profile.country !== customer.country || profile.industry !== customer.industry || monthlySalesMinor !== customer.monthlySalesMinor;
  return { profile, regrade: scored ? 'profile updated' : null, relationshipStart };
}

async function applyChange(ctx: RequestContext, em: EntityManager, decision: Decision, record: DecisionRecord, { customer, request, change, grading, today }: GatheredChange) {
  if (request.operation === 'updateCustomer') {
    // Null, like omitted, keeps the value: a customer always has a name and a letter language.
    if (request.input.name != null) customer.name = request.input.name.trim();
    if (request.input.language != null) customer.language = request.input.language;
  }
  customer.country = change.profile.country;
  customer.industry = change.profile.industry;
  customer.monthlySalesMinor = change.profile.monthlySalesMinor;
  customer.relationshipStart = change.relationshipStart;
  Object.assign(customer, storedFinancials(change.profile));
  if (grading) await recordGrading(ctx, em, customer, grading, { decision, record }, change.regrade!, today, false);
  else customer.riskTier = assignedTier(decision);
  return customer;
}

/**
 * The applier of a held customer change (registered for updateCustomer, src/server/referral-wiring.ts):
 * on approval the change is made as the mutation would make it that day, on that day's figures and
 * grade; the requester's role stays the one that asked. A held change stored nothing: releasing it
 * lets nothing go.
 */
export const heldCustomerChangeApplier = {
  async gather(ctx: RequestContext, em: EntityManager, referral: { customer: { id: string } | null; heldRequest: Record<string, unknown> }, businessDate: string) {
    const customer = await findByIdOrFail(em, Customer, referral.customer!.id, forUpdate(em));
    return gatherChange(ctx, em, customer, referral.heldRequest as unknown as CustomerChangeRequest, businessDate);
  },
  async apply(ctx: RequestContext, em: EntityManager, _referral: unknown, decision: Decision, record: DecisionRecord, read: GatheredChange) {
    const customer = await applyChange(ctx, em, decision, record, read);
    return { customerId: customer.id, operation: read.request.operation };
  },
  async release() {
    // Nothing was stored on the customer while the change was held.
  },
};

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
