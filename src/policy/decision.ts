/** What the policy decided for one mutation, and why. Stored as a DecisionRecord. */
export enum DecisionOutcome {
  APPROVED = 'APPROVED',
  /** Goods only against payment up front: the invoice is issued with a 0-day term. */
  REQUIRES_PREPAYMENT = 'REQUIRES_PREPAYMENT',
  /** A person must decide; nothing is changed. */
  REFERRED = 'REFERRED',
  REJECTED = 'REJECTED',
}

/** Outcomes under which the mutation's change is applied. */
export const OUTCOMES_THAT_APPLY: readonly DecisionOutcome[] = [DecisionOutcome.APPROVED, DecisionOutcome.REQUIRES_PREPAYMENT];

/** What a fired rule says to do (json-rules-engine's event): `{ type: 'set-payment-term', params: { days: 30 } }`. Not a PolicyEvent, which is a policy file being loaded or refused. */
export interface RuleEvent {
  type: string;
  params: Record<string, unknown>;
}

export interface FiredRule {
  policy: string;
  rule: string;
  description: string;
  event: RuleEvent;
  /** The conditions that held, e.g. "riskTier = C". */
  because: string[];
}

export interface PolicyVersion {
  name: string;
  version: string;
  hash: string;
}

/** A rule that was evaluated and did not fire. */
export interface FailedRule {
  policy: string;
  rule: string;
  description: string;
}

export interface Decision {
  mutation: string;
  businessDate: string;
  outcome: DecisionOutcome;
  facts: Record<string, unknown>;
  firedRules: FiredRule[];
  failedRules: FailedRule[];
  policyVersions: PolicyVersion[];
  explanation: string;
}

/** The params of every fired event of one type, in firing order. */
export function eventsOfType(decision: Decision, type: string): Record<string, unknown>[] {
  return decision.firedRules.filter((fired) => fired.event.type === type).map((fired) => fired.event.params);
}

/**
 * An event as a comparable string, whatever the order of its params: PostgreSQL's jsonb hands stored
 * params back with their keys reordered, so two equal events must not be told apart by key order.
 */
export function eventKey(event: RuleEvent): string {
  const params = Object.keys(event.params)
    .sort()
    .map((name) => [name, event.params[name]]);
  return JSON.stringify([event.type, params]);
}
