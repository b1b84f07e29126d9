/**
 * The events a policy rule may raise, with the params each one takes and their allowed ranges.
 * Code interprets these events; the numbers in them come from rules/.
 */
import { DecisionOutcome } from './decision';

type ParamSpec =
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'string'; oneOf?: readonly string[] };

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
  const spec = EVENT_TYPES[type];
  if (!spec) return [`type: unknown event type "${type}" (known: ${Object.keys(EVENT_TYPES).join(', ')})`];
  const problems: string[] = [];
  const given = params ?? {};
  for (const [name, param] of Object.entries(spec.params)) {
    const value = given[name];
    const where = `params/${name}`;
    if (value === undefined) {
      problems.push(`${where}: is required`);
    } else if (param.kind === 'string') {
      if (typeof value !== 'string') problems.push(`${where}: must be a string (got ${JSON.stringify(value)})`);
      else if (param.oneOf && !param.oneOf.includes(value)) problems.push(`${where}: must be one of ${param.oneOf.join(', ')} (got "${value}")`);
    } else if (typeof value !== 'number' || !Number.isFinite(value) || (param.kind === 'integer' && !Number.isInteger(value))) {
      problems.push(`${where}: must be ${param.kind === 'integer' ? 'a whole number' : 'a number'} (got ${JSON.stringify(value)})`);
    } else if (value < param.min) {
      problems.push(`${where}: must be >= ${param.min} (got ${value})`);
    } else if (value > param.max) {
      problems.push(`${where}: must be <= ${param.max} (got ${value})`);
    }
  }
  for (const name of Object.keys(given)) {
    if (!(name in spec.params)) problems.push(`params/${name}: unknown param for "${type}"`);
  }
  return problems;
}
