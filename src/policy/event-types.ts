/**
 * The events a policy rule may raise, with the params each one takes and their allowed ranges.
 * Code interprets these events; the numbers in them come from rules/.
 */
import { DecisionOutcome } from './decision';

export type ParamSpec =
  | { kind: 'integer'; min: number; max: number; oneOf?: readonly number[]; description?: string }
  | { kind: 'number'; min: number; max: number; description?: string }
  | { kind: 'string'; oneOf?: readonly string[]; pattern?: { regex: string; hint: string }; description?: string }
  | { kind: 'boolean'; description?: string };

/** Collection stages in the order the ladder reaches them (NONE: not started). */
export const COLLECTION_STAGES = ['REMINDER', 'PHONE_FOLLOW_UP', 'FORMAL_DEMAND', 'LEGAL'] as const;
/** The dimensions of the scorecard (their bands and weights are policy data in rules/scorecard.json). */
export const SCORECARD_DIMENSIONS = [
  'SOLVENCY',
  'TRADING_VOLUME',
  'PAYMENT_BEHAVIOUR',
  'OUTLOOK',
  'YEARS_IN_BUSINESS',
  'REGISTERED_CAPITAL',
  'LITIGATION',
  'COUNTRY_RISK',
  'INDUSTRY_RISK',
  'CONCENTRATION',
] as const;
export const ALERT_SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
/**
 * Who may decide a referral, lowest credit authority first (the roles of src/app/actor.ts): a level
 * covers every level before it, so ADMIN may decide anything a CREDIT_MANAGER may.
 */
export const APPROVAL_LEVELS = ['RISK_OFFICER', 'CREDIT_MANAGER', 'ADMIN'] as const;
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];

export interface EventTypeSpec {
  description: string;
  params: Record<string, ParamSpec>;
  /** The outcome this event pushes the decision to; the strictest outcome of all fired events wins. */
  outcome?: DecisionOutcome;
  /** A short phrase for explanations. */
  summarize(params: Record<string, unknown>): string;
}

export const EVENT_TYPES: Record<string, EventTypeSpec> = {
  'assign-risk-tier': {
    description: 'Puts the customer in a risk tier.',
    params: { tier: { kind: 'string', oneOf: ['A', 'B', 'C', 'D'] } },
    summarize: (p) => `risk tier ${p.tier}`,
  },
  'set-initial-credit-limit': {
    description: "Sets a new customer's first credit line as a share of monthly sales volume.",
    params: { shareOfMonthlySales: { kind: 'number', min: 0, max: 10 } },
    summarize: (p) => `first credit line ${Number(p.shareOfMonthlySales) * 100}% of monthly sales`,
  },
  'set-payment-term': {
    description: 'Grants a payment term in days from the issue date.',
    params: { days: { kind: 'integer', min: 0, max: 365 } },
    summarize: (p) => `term ${p.days} days`,
  },
  'require-prepayment': {
    description: 'No credit: the invoice is due on issue.',
    params: { reason: { kind: 'string' } },
    outcome: DecisionOutcome.REQUIRES_PREPAYMENT,
    summarize: (p) => `prepayment required (${p.reason})`,
  },
  refer: {
    description: 'A person must decide; the change is not made.',
    params: { reason: { kind: 'string' } },
    outcome: DecisionOutcome.REFERRED,
    summarize: (p) => `referred: ${p.reason}`,
  },
  reject: {
    description: 'The change is refused.',
    params: { reason: { kind: 'string' } },
    outcome: DecisionOutcome.REJECTED,
    summarize: (p) => `rejected: ${p.reason}`,
  },
  'reach-collection-stage': {
    description: 'Moves an invoice to a collection stage of the ladder and names the action to take; a stage is reached once.',
    params: {
      stage: { kind: 'string', oneOf: COLLECTION_STAGES, description: 'The stage reached.' },
      action: { kind: 'string', description: 'What a person or the system does now, in words (e.g. "send a payment reminder").' },
    },
    summarize: (p) => `collection stage ${p.stage} (${p.action})`,
  },
  'suspend-supply': {
    description: 'Suspends supply on credit to the customer: no new invoices on credit until the overdue invoices are paid.',
    params: { reason: { kind: 'string' } },
    summarize: (p) => `supply suspended (${p.reason})`,
  },
  'restore-supply': {
    description: 'Lifts a supply suspension: the customer may buy on credit again.',
    params: { reason: { kind: 'string' } },
    summarize: (p) => `supply restored (${p.reason})`,
  },
  're-anchor-ladder': {
    description:
      'A payment re-anchors the collections ladder: the overdue days of the next stages count from the payment date (daysPastAnchor); stages already reached stay reached.',
    params: { reason: { kind: 'string' } },
    summarize: (p) => `collections ladder re-anchored on the payment date (${p.reason})`,
  },
  'set-interest-terms': {
    description: 'Late-payment interest: reference rate + margin per year on the outstanding amount from the day after the due date, plus a fixed compensation per invoice.',
    params: {
      marginPercentPoints: { kind: 'number', min: 0, max: 100, description: 'Percentage points added to the reference rate, per year.' },
      fixedCompensationMinor: { kind: 'integer', min: 0, max: 100_000_000, description: 'Fixed recovery compensation per invoice, minor units.' },
      fixedCompensationCurrency: {
        kind: 'string',
        pattern: { regex: '^[A-Z]{3}$', hint: 'an ISO 4217 currency code such as EUR' },
        description: 'Currency of the fixed compensation.',
      },
      dayCountBasis: { kind: 'integer', min: 360, max: 365, oneOf: [360, 365], description: 'Days in the interest year: 365 or 360.' },
    },
    summarize: (p) =>
      `late interest reference rate + ${p.marginPercentPoints} points (${p.dayCountBasis}-day year) plus ${p.fixedCompensationCurrency} ${Number(p.fixedCompensationMinor) / 100} per invoice`,
  },
  'grant-extension': {
    description: 'A term extension may be granted, for at most maxDays, against a guarantee when requiresGuarantee is true.',
    params: {
      maxDays: { kind: 'integer', min: 0, max: 365, description: 'The most days this request may add to the due date.' },
      requiresGuarantee: { kind: 'boolean', description: 'True when the extension is granted only against additional security (a guarantee).' },
    },
    summarize: (p) => `extension of up to ${p.maxDays} days${p.requiresGuarantee ? ' against a guarantee' : ''}`,
  },
  'cap-extension': {
    description: 'Caps how far a due date may move: at most maxDaysBeyondOriginalDue past the original due date, over all extensions.',
    params: { maxDaysBeyondOriginalDue: { kind: 'integer', min: 0, max: 365 } },
    summarize: (p) => `due date at most ${p.maxDaysBeyondOriginalDue} days past the original`,
  },
  'set-insurance-terms': {
    description:
      'The default terms of a new credit-insurance policy (createInsurancePolicy): a risk officer may give other ones; the policy keeps the terms it was recorded with.',
    params: {
      indemnityPercentWithNamedLimit: { kind: 'number', min: 0, max: 100, description: 'Share of the insured loss indemnified for a buyer with a named limit, percent (at most 4 decimals).' },
      indemnityPercentWithoutNamedLimit: { kind: 'number', min: 0, max: 100, description: 'The same for a buyer covered without a named limit.' },
      maxCreditTermDays: { kind: 'integer', min: 0, max: 365, description: 'Longest payment term insured: an invoice with a longer term is uninsured at issue.' },
      maxExtensionDays: { kind: 'integer', min: 0, max: 365, description: 'Longest extension of a due date (past the original one) the cover follows.' },
      protractedDefaultWaitingDays: { kind: 'integer', min: 0, max: 730, description: 'Days after the due date before non-payment is presumed a protracted default.' },
      declarationDeadlineDays: { kind: 'integer', min: 0, max: 365, description: 'An overdue invoice must be declared within this many days of its due date.' },
      claimFilingDeadlineDays: { kind: 'integer', min: 0, max: 1095, description: 'A claim must be filed within this many days of the due date.' },
      premiumRatePercent: { kind: 'number', min: 0, max: 100, description: 'Premium, percent of the insured turnover (at most 4 decimals).' },
    },
    summarize: (p) =>
      `insurance terms: indemnity ${p.indemnityPercentWithNamedLimit}% with a named limit, ${p.indemnityPercentWithoutNamedLimit}% without; terms up to ${p.maxCreditTermDays} days, extensions up to ${p.maxExtensionDays}; declare within ${p.declarationDeadlineDays} days, claim within ${p.claimFilingDeadlineDays}; waiting period ${p.protractedDefaultWaitingDays} days; premium ${p.premiumRatePercent}%`,
  },
  'cap-insured-limit': {
    description: 'The insured limit on a customer may be at most this share of its credit limit (the lowest cap of all that fire wins); namedLimit says whether the insurer names it.',
    params: {
      shareOfCreditLimit: { kind: 'number', min: 0, max: 10, description: 'Most insured limit / credit limit.' },
      namedLimit: { kind: 'boolean', description: 'True: a limit the insurer names (the higher indemnity); false: cover without a named limit.' },
    },
    summarize: (p) => `insured limit capped at ${Math.round(Number(p.shareOfCreditLimit) * 10000) / 100}% of the credit limit${p.namedLimit ? ', named by the insurer' : ', without a named limit'}`,
  },
  'warn-insurance-deadline': {
    description: 'An insurance deadline of an overdue invoice comes near: raise the INSURANCE_DEADLINE alert source (once per invoice and deadline).',
    params: { deadline: { kind: 'string', oneOf: ['DECLARATION', 'CLAIM_FILING'], description: 'The deadline coming.' } },
    summarize: (p) => `${String(p.deadline).toLowerCase().replace('_', ' ')} deadline near`,
  },
  'share-recovery': {
    description:
      "A recovery after a claim payout is shared with the insurer, until it has its payout back: INDEMNITY_PERCENT gives it the claim's indemnity percentage of what is recovered, INSURER_FIRST all of it (INSURER_FIRST wins if both fire).",
    params: { basis: { kind: 'string', oneOf: ['INDEMNITY_PERCENT', 'INSURER_FIRST'], description: "How much of each recovery is the insurer's." } },
    summarize: (p) => (p.basis === 'INSURER_FIRST' ? 'recoveries to the insurer until its payout is back' : "recoveries shared in the claim's indemnity proportion"),
  },
  'score-points': {
    description: 'Points one scorecard dimension contributes to the score (its weight is the most points its bands give).',
    params: {
      dimension: { kind: 'string', oneOf: SCORECARD_DIMENSIONS, description: 'The dimension scored.' },
      points: { kind: 'integer', min: 0, max: 100, description: 'Weighted points; the score is the sum over all dimensions (0-100).' },
    },
    summarize: (p) => `${p.dimension} ${p.points} points`,
  },
  'assign-grade': {
    description: 'Gives the customer a credit grade from its score (1 = exceptional, 10 = high risk of failure).',
    params: { grade: { kind: 'integer', min: 1, max: 10 } },
    summarize: (p) => `grade ${p.grade}`,
  },
  'cap-credit-limit': {
    description: 'The credit limit may be at most this share of monthly sales (the lowest cap of all that fire wins).',
    params: { shareOfMonthlySales: { kind: 'number', min: 0, max: 10 } },
    summarize: (p) => `limit capped at ${Math.round(Number(p.shareOfMonthlySales) * 10000) / 100}% of monthly sales`,
  },
  'step-up-credit-limit': {
    description: 'A record of on-time payment earns a limit of at least this share of monthly sales (still within the caps).',
    params: { shareOfMonthlySales: { kind: 'number', min: 0, max: 10 } },
    summarize: (p) => `limit stepped up to ${Math.round(Number(p.shareOfMonthlySales) * 10000) / 100}% of monthly sales`,
  },
  'require-authority': {
    description:
      'Who must approve a referred request (authorizeReferral, rules/credit-authority.json): a person whose role reaches this level, and how many different such people; the requester never counts. When several fire, the highest level wins, then the most approvals.',
    params: {
      level: { kind: 'string', oneOf: APPROVAL_LEVELS, description: 'The lowest role that may approve: RISK_OFFICER, CREDIT_MANAGER or ADMIN (each covers the ones before it).' },
      approvals: { kind: 'integer', min: 1, max: 2, description: 'How many different approvers, each of at least that level (four eyes: never the requester).' },
    },
    summarize: (p) => `${Number(p.approvals) === 1 ? 'one approval' : `${p.approvals} approvals`} by ${String(p.level).toLowerCase().replace('_', ' ')} or above`,
  },
  'set-referral-due': {
    description: 'How long a referral may wait for its decision, in business days (Monday to Friday) from the business date of the referred request. When several fire, the shortest wins.',
    params: { businessDays: { kind: 'integer', min: 0, max: 60, description: 'Business days until the referral is due (0: due the same day).' } },
    summarize: (p) => `due in ${p.businessDays} business day${Number(p.businessDays) === 1 ? '' : 's'}`,
  },
  'warn-referral-due': {
    description: 'An open referral comes near its due time (reviewReferral): the collections cycle raises the REFERRAL_DUE alert source, once per referral.',
    params: {},
    summarize: () => 'referral due soon',
  },
  'expire-referral': {
    description: 'An open referral nobody decided in time (reviewReferral): the collections cycle expires it (EXPIRED, once) and lets the held request go as declined, with the REFERRAL_EXPIRED alert source.',
    params: {},
    summarize: () => 'referral expired',
  },
  'raise-alert': {
    description: 'Raises a risk alert of this type and severity to the people and partners entitled to see it.',
    params: {
      alertType: { kind: 'string', description: 'The alert raised, e.g. GRADE_DOWNGRADE.' },
      severity: { kind: 'string', oneOf: ALERT_SEVERITIES },
    },
    summarize: (p) => `${String(p.severity).toLowerCase()} alert ${p.alertType}`,
  },
  'assign-aging-bucket': {
    description: 'Puts receivables in an aging bucket of the provision matrix, with the share of them expected to be lost (IFRS 9 simplified approach).',
    params: {
      bucket: {
        kind: 'string',
        pattern: { regex: '^[A-Z][A-Z0-9_]*$', hint: 'an upper-case name such as DAYS_1_30' },
        description: 'Name of the bucket, e.g. CURRENT or DAYS_1_30; buckets are reported in the order of their rules.',
      },
      lossRatePercent: { kind: 'number', min: 0, max: 100, description: 'Expected credit loss, percent of the outstanding amount in the bucket.' },
    },
    summarize: (p) => `aging bucket ${p.bucket}, expected loss ${p.lossRatePercent}%`,
  },
  'set-reporting-period': {
    description: 'The period the portfolio measures DSO and the bad-debt rate over, and how many weeks the cash forecast covers.',
    params: {
      periodDays: { kind: 'integer', min: 1, max: 3660, description: 'Days back from the report date (the report date included) for credit sales and write-offs.' },
      forecastWeeks: { kind: 'integer', min: 1, max: 104, description: 'Weeks of the cash forecast, the first starting on the report date.' },
    },
    summarize: (p) => `DSO over ${p.periodDays} days, ${p.forecastWeeks}-week cash forecast`,
  },
};

/** Strictest first: one reject outweighs any number of approvals. */
const OUTCOME_SEVERITY: DecisionOutcome[] = [
  DecisionOutcome.REJECTED,
  DecisionOutcome.REFERRED,
  DecisionOutcome.REQUIRES_PREPAYMENT,
  DecisionOutcome.APPROVED,
];

export function strictestOutcome(outcomes: DecisionOutcome[]): DecisionOutcome {
  return OUTCOME_SEVERITY.find((outcome) => outcomes.includes(outcome)) ?? DecisionOutcome.APPROVED;
}

/** Problems with an event's params, as "params/days: must be <= 365 (got 900)"; empty when valid. */
export function checkEventParams(type: string, params: Record<string, unknown> | undefined): string[] {
  return eventParamProblems(type, params).map(({ path, reason }) => `${path}: ${reason}`);
}

/**
 * The same, structured: `path` is relative to the event ("type", "params/days"). With `partial`
 * (the expected events of a fixture) a param left out is not a problem.
 */
export function eventParamProblems(
  type: string,
  params: Record<string, unknown> | undefined,
  options: { partial?: boolean } = {},
): Array<{ path: string; reason: string }> {
  const spec = EVENT_TYPES[type];
  if (!spec) return [{ path: 'type', reason: `unknown event type "${type}" (known: ${Object.keys(EVENT_TYPES).join(', ')})` }];
  const problems: Array<{ path: string; reason: string }> = [];
  const given = params ?? {};
  for (const [name, param] of Object.entries(spec.params)) {
    const value = given[name];
    const path = `params/${escapePointer(name)}`;
    if (value === undefined) {
      if (!options.partial) problems.push({ path, reason: 'is required' });
      continue;
    }
    const reason = paramValueProblem(param, value);
    if (reason) problems.push({ path, reason });
  }
  for (const name of Object.keys(given)) {
    if (!(name in spec.params)) {
      problems.push({ path: `params/${escapePointer(name)}`, reason: `unknown param for "${type}" (known: ${Object.keys(spec.params).join(', ')})` });
    }
  }
  return problems;
}

function paramValueProblem(param: ParamSpec, value: unknown): string | null {
  switch (param.kind) {
    case 'string':
      if (typeof value !== 'string') return `must be a string (got ${JSON.stringify(value)})`;
      if (param.oneOf && !param.oneOf.includes(value)) return `must be one of ${param.oneOf.join(', ')} (got "${value}")`;
      if (param.pattern && !new RegExp(param.pattern.regex).test(value)) return `must be ${param.pattern.hint} (got "${value}")`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false (got ${JSON.stringify(value)})`;
    default:
      if (typeof value !== 'number' || !Number.isFinite(value) || (param.kind === 'integer' && !Number.isInteger(value))) {
        return `must be ${param.kind === 'integer' ? 'a whole number' : 'a number'} (got ${JSON.stringify(value)})`;
      }
      if (value < param.min) return `must be >= ${param.min} (got ${value})`;
      if (value > param.max) return `must be <= ${param.max} (got ${value})`;
      if (param.kind === 'integer' && param.oneOf && !param.oneOf.includes(value)) return `must be one of ${param.oneOf.join(', ')} (got ${value})`;
      return null;
  }
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
