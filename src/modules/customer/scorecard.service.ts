/**
 * Grading a customer: the scorecard of rules/scorecard.json in three decisions, each stored and
 * replayable on its own:
 *   scoreCustomer   the dimension facts -> points per dimension (summed to the score 0-100)
 *   gradeCustomer   the score -> a grade 1-10
 *   createCustomer / updateCustomer   the grade -> a risk tier (and, on onboarding, the first line)
 * A GradeChange links the three, so the grade history says exactly why each grade was given.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { DecisionOutcome, eventsOfType, type Decision } from '../../policy/decision';
import type { FactsOf } from '../../policy/fact-catalogue';
import type { PolicyService } from '../../policy/policy.service';
import type { Clock } from '../../shared/clock';
import { daysBetween, yearsBetween } from '../../shared/dates';
import { PolicyRejectedError } from '../../shared/errors';
import { outstandingByCustomer } from '../invoice';
import type { DecisionRecord } from '../../app/outbox/decision-record.entity';
import { outboxOf } from '../../app/policy-pipeline';
import { Customer, type CreditOutlook, RiskTier } from './customer.entity';
import { GradeChange, type ScorePoints } from './grade-change.entity';
import { paymentRecordByCustomer, portfolioOutstanding } from './payment-record';

export interface GradingDependencies {
  policy: PolicyService;
  clock: Clock;
  actor: { id: string };
}

/** What the scorecard reads of a customer (stored on it, or about to be). */
export interface ScorecardProfile {
  equityRatio: number;
  foundedOn: string | null;
  registeredCapitalMinor: number;
  openLitigations: number;
  outlook: CreditOutlook;
  monthlySalesMinor: number;
  country: string;
  industry: string | null;
}

export interface Grading {
  score: number;
  grade: number;
  points: ScorePoints[];
  scoreRecord: DecisionRecord;
  gradeRecord: DecisionRecord;
}

/**
 * Scores a profile and grades the score, storing both decisions on `em`. `customerId` is null for a
 * customer not yet onboarded (no payment history, nothing outstanding).
 */
export async function scoreAndGrade(
  deps: GradingDependencies,
  em: EntityManager,
  customerId: string | null,
  profile: ScorecardProfile,
  asOf: string,
  subject: string,
): Promise<Grading> {
  const facts = await scorecardFacts(em, customerId, profile, asOf);
  const scoring = await deps.policy.decide('scoreCustomer', facts, asOf);
  const points = dimensionPoints(scoring);
  const score = points.reduce((sum, dimension) => sum + dimension.points, 0);
  const grading = await deps.policy.decide('gradeCustomer', { score }, asOf);
  const grades = eventsOfType(grading, 'assign-grade').map((params) => Number(params.grade));
  if (grading.outcome !== DecisionOutcome.APPROVED || grades.length === 0) {
    // A gap in the grade bands: no grade is guessed; the policy must be fixed (rules:check warns about it).
    throw new PolicyRejectedError(`${subject} cannot be graded: ${grading.explanation}`, '', DecisionOutcome.REFERRED);
  }
  const outbox = outboxOf(deps, em);
  return {
    score,
    // Overlapping bands: the worse grade is the prudent one.
    grade: Math.max(...grades),
    points,
    scoreRecord: outbox.record(scoring, `Scorecard of ${subject}`),
    gradeRecord: outbox.record(grading, `Grade of ${subject}`),
  };
}

/** The tier the scorecard assigned (decide() refers a decision without one); if bands overlap, the riskiest wins. */
export function assignedTier(decision: Decision): RiskTier {
  return eventsOfType(decision, 'assign-risk-tier')
    .map((params) => params.tier as RiskTier)
    .sort()
    .at(-1)!;
}

/**
 * Records a grading on the customer: score, grade and tier, an entry in its grade history, and the
 * GRADE_DOWNGRADE alert rules/alerts.json names for the number of steps down (none for an upgrade).
 */
export async function recordGrading(
  deps: GradingDependencies,
  em: EntityManager,
  customer: Customer,
  grading: Grading,
  tierDecision: { decision: Decision; record: DecisionRecord },
  reason: string,
  asOf: string,
  first: boolean,
): Promise<GradeChange> {
  const previousGrade = first ? null : customer.grade;
  const previousRiskTier = first ? null : customer.riskTier;
  customer.score = grading.score;
  customer.grade = grading.grade;
  customer.riskTier = assignedTier(tierDecision.decision);
  const last = first ? null : await em.findOne(GradeChange, { customer: customer.id }, { orderBy: { sequence: 'desc' }, fields: ['sequence'] });
  const change = em.create(GradeChange, {
    customer,
    sequence: (last?.sequence ?? 0) + 1,
    score: grading.score,
    points: grading.points,
    grade: grading.grade,
    riskTier: customer.riskTier,
    previousGrade,
    previousRiskTier,
    reason,
    decision: tierDecision.record,
    scoreDecision: grading.scoreRecord,
    gradeDecision: grading.gradeRecord,
    asOf,
    createdAt: deps.clock.now(),
  });
  if (previousGrade !== null && grading.grade > previousGrade) {
    await outboxOf(deps, em).alert(
      tierDecision.record,
      { customerId: customer.id },
      { alertSource: 'GRADE_DOWNGRADE', gradeStepsDown: grading.grade - previousGrade },
      {
        staff: `${customer.name} was downgraded from grade ${previousGrade} to ${grading.grade} (score ${grading.score}): ${reason}`,
        // The score, the previous grade and the reason (an extension request, a credit report) are staff-only.
        partner: `${customer.name} was downgraded (risk tier ${customer.riskTier})`,
      },
      asOf,
    );
  }
  return change;
}

/**
 * Runs the scorecard again on what is stored (the credit report's figures and our own records), with
 * no new input: e.g. after a customer reports an operating difficulty. Call it inside the caller's
 * transaction; it stores its decisions and the grade-history entry on `em`. The tier comes from the
 * updateCustomer decision; a refusal of it (a grade no tier band covers) is a POLICY_REJECTED error.
 */
export async function regradeCustomer(deps: GradingDependencies, em: EntityManager, customerId: string, asOf: string, reason: string): Promise<GradeChange> {
  const customer = await em.findOneOrFail(Customer, { id: customerId });
  const subject = `Customer ${customer.registrationNumber}`;
  const grading = await scoreAndGrade(deps, em, customer.id, customer, asOf, subject);
  const decision = await deps.policy.decide('updateCustomer', tieringFacts(customer, customer, grading.grade, asOf), asOf);
  const record = outboxOf(deps, em).record(decision, subject);
  if (decision.outcome !== DecisionOutcome.APPROVED) {
    throw new PolicyRejectedError(`${subject} cannot be re-graded: ${decision.explanation}`, record.id, decision.outcome);
  }
  const change = await recordGrading(deps, em, customer, grading, { decision, record }, reason, asOf, false);
  return change;
}

/** The facts of the updateCustomer decision (the tier of a grade) for a customer's new profile. */
/** Who changes a customer's master data, and its relationship start after the change (what the change facts compare). */
export interface MasterDataChange {
  /** The requester's role; "" for the system's own re-grading. */
  changedByRole: string;
  relationshipStart: string;
}

export function tieringFacts(before: Customer, after: ScorecardProfile, grade: number, asOf: string, change?: MasterDataChange): FactsOf<'updateCustomer'> {
  const relationshipStart = change?.relationshipStart ?? before.relationshipStart;
  const salesBefore = before.monthlySalesMinor;
  const salesChange = after.monthlySalesMinor === salesBefore ? 0 : salesBefore === 0 ? 100 : (Math.abs(after.monthlySalesMinor - salesBefore) / salesBefore) * 100;
  return {
    grade,
    country: after.country,
    currency: before.currency,
    industry: after.industry ?? '',
    monthlySalesMinor: after.monthlySalesMinor,
    relationshipYears: yearsBetween(relationshipStart, asOf),
    previousGrade: before.grade,
    previousRiskTier: before.riskTier,
    changedByRole: change?.changedByRole ?? '',
    monthlySalesChangePercent: Math.round(salesChange * 100) / 100,
    relationshipStartMovedDays: Math.abs(daysBetween(before.relationshipStart, relationshipStart)),
    gradeImprovement: before.grade - grade,
  };
}

async function scorecardFacts(em: EntityManager, customerId: string | null, profile: ScorecardProfile, asOf: string): Promise<FactsOf<'scoreCustomer'>> {
  let record = { onTime: 0, late: 0 };
  let concentration = 0;
  if (customerId) {
    record = (await paymentRecordByCustomer(em, [customerId])).get(customerId) ?? record;
    const owed = (await outstandingByCustomer(em, [customerId])).get(customerId) ?? 0;
    const portfolio = await portfolioOutstanding(em);
    // 4 decimals: the stored fact reads the same after a round trip through JSON on both drivers.
    concentration = portfolio > 0 ? Math.round((owed / portfolio) * 10_000) / 10_000 : 0;
  }
  const payments = record.onTime + record.late;
  return {
    equityRatio: profile.equityRatio,
    yearsInBusiness: profile.foundedOn ? yearsBetween(profile.foundedOn, asOf) : 0,
    registeredCapitalMinor: profile.registeredCapitalMinor,
    openLitigations: profile.openLitigations,
    outlook: profile.outlook,
    monthlySalesMinor: profile.monthlySalesMinor,
    paymentsRecorded: payments,
    onTimeShare: payments > 0 ? Math.round((record.onTime / payments) * 10_000) / 10_000 : 0,
    concentration,
    country: profile.country,
    industry: (profile.industry ?? '').trim().toLowerCase(),
  };
}

/** Points per dimension; if a dimension's bands overlap, its lowest points (the prudent reading) count. */
function dimensionPoints(scoring: Decision): ScorePoints[] {
  const byDimension = new Map<string, number>();
  for (const params of eventsOfType(scoring, 'score-points')) {
    const dimension = String(params.dimension);
    const points = Number(params.points);
    byDimension.set(dimension, Math.min(points, byDimension.get(dimension) ?? points));
  }
  return [...byDimension].map(([dimension, points]) => ({ dimension, points }));
}
