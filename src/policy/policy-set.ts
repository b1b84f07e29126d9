/**
 * An immutable, loaded set of policies with one json-rules-engine per (policy version, mutation),
 * built once at load time and never per request. Swapping policies means swapping the whole set,
 * so a request never sees half of one version and half of another.
 *
 * This is the only module that imports json-rules-engine.
 */
import { Engine, type RuleResult } from 'json-rules-engine';
import { type Decision, type FailedRule, type FiredRule, type PolicyVersion, DecisionOutcome } from './decision';
import { EVENT_TYPES, strictestOutcome } from './event-types';
import type { FactsOf, MutationName } from './fact-catalogue';
import type { PolicyFile } from './policy-file';

export interface LoadedPolicy {
  file: string;
  body: PolicyFile;
  hash: string;
  effectiveFrom: string;
}

interface CompiledPolicy {
  policy: LoadedPolicy;
  engine: Engine;
  descriptions: Map<string, string>;
}

export class PolicySet {
  /** mutation -> policy name -> versions, latest effectiveFrom first */
  private readonly compiled = new Map<MutationName, Map<string, CompiledPolicy[]>>();

  constructor(
    readonly policies: readonly LoadedPolicy[],
    readonly loadedAt: Date = new Date(),
  ) {
    for (const policy of policies) {
      for (const mutation of policy.body.appliesTo) {
        const rules = policy.body.rules.filter((rule) => (rule.appliesTo ?? policy.body.appliesTo).includes(mutation));
        if (rules.length === 0) continue;
        const engine = new Engine([], { allowUndefinedFacts: false });
        for (const rule of rules) {
          engine.addRule({ name: rule.name, priority: rule.priority ?? 1, conditions: rule.conditions as never, event: rule.event });
        }
        const byName = this.compiled.get(mutation) ?? new Map<string, CompiledPolicy[]>();
        const versions = byName.get(policy.body.name) ?? [];
        versions.push({ policy, engine, descriptions: new Map(rules.map((rule) => [rule.name, rule.description])) });
        versions.sort((a, b) => b.policy.effectiveFrom.localeCompare(a.policy.effectiveFrom));
        byName.set(policy.body.name, versions);
        this.compiled.set(mutation, byName);
      }
    }
  }

  /**
   * Evaluates every policy that applies to the mutation, in the version in force on the business
   * date, and folds the fired events into one decision: the strictest outcome wins.
   */
  async decide<M extends MutationName>(mutation: M, facts: FactsOf<M>, businessDate: string): Promise<Decision> {
    const firedRules: FiredRule[] = [];
    const failedRules: FailedRule[] = [];
    const policyVersions: PolicyVersion[] = [];
    for (const versions of this.compiled.get(mutation)?.values() ?? []) {
      const inForce = versions.find((candidate) => candidate.policy.effectiveFrom <= businessDate);
      if (!inForce) continue;
      const { policy, engine, descriptions } = inForce;
      policyVersions.push({ name: policy.body.name, version: policy.body.version, hash: policy.hash });
      const { results, failureResults } = await engine.run({ ...facts });
      for (const result of failureResults) {
        failedRules.push({ policy: policy.body.name, rule: result.name, description: descriptions.get(result.name) ?? '' });
      }
      for (const result of results) {
        const event = result.event ?? { type: 'unknown' };
        firedRules.push({
          policy: policy.body.name,
          rule: result.name,
          description: descriptions.get(result.name) ?? '',
          event: { type: event.type, params: { ...(event.params ?? {}) } },
          because: conditionsThatHeld(result),
        });
      }
    }
    const gap = policyGap(mutation, facts, firedRules);
    const outcome = strictestOutcome([
      ...firedRules.map((fired) => EVENT_TYPES[fired.event.type]?.outcome).filter((o): o is DecisionOutcome => o !== undefined),
      ...(gap ? [DecisionOutcome.REFERRED] : []),
    ]);
    const explanation = explain(outcome, firedRules);
    return {
      mutation,
      businessDate,
      outcome,
      facts: { ...facts },
      firedRules,
      failedRules,
      policyVersions,
      explanation: gap ? `${DecisionOutcome.REFERRED}: ${gap}. ${explanation}` : explanation,
    };
  }

  /** This set with draft versions in place of the live ones of the same name and effective date. */
  withDrafts(drafts: readonly LoadedPolicy[]): PolicySet {
    const replaced = (policy: LoadedPolicy) =>
      drafts.some((draft) => draft.body.name === policy.body.name && draft.effectiveFrom === policy.effectiveFrom);
    return new PolicySet([...this.policies.filter((policy) => !replaced(policy)), ...drafts]);
  }

  /** The version of a policy in force on a date (null when none is yet). */
  inForce(name: string, businessDate: string): LoadedPolicy | null {
    return (
      this.policies
        .filter((policy) => policy.body.name === name && policy.effectiveFrom <= businessDate)
        .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null
    );
  }

  /** Name, version and hash of each policy version loaded. */
  versions(): PolicyVersion[] {
    return this.policies.map((policy) => ({ name: policy.body.name, version: policy.body.version, hash: policy.hash }));
  }
}

/**
 * What a mutation cannot do without: an invoice needs a term, a customer needs a tier. When the
 * policy leaves such a gap the request is REFERRED to a person, never given a guessed value.
 */
const REQUIRED_EVENTS: Partial<Record<MutationName, { anyOf: string[]; gap: (facts: Record<string, unknown>) => string }>> = {
  issueInvoice: {
    anyOf: ['set-payment-term', 'require-prepayment'],
    gap: (facts) => `no payment-term rule covers risk tier ${String(facts.riskTier)}`,
  },
  createCustomer: { anyOf: ['assign-risk-tier'], gap: (facts) => `no risk-tier band of the scorecard covers grade ${String(facts.grade)}` },
  updateCustomer: { anyOf: ['assign-risk-tier'], gap: (facts) => `no risk-tier band of the scorecard covers grade ${String(facts.grade)}` },
};

function policyGap(mutation: MutationName, facts: object, firedRules: FiredRule[]): string | null {
  const required = REQUIRED_EVENTS[mutation];
  if (!required || firedRules.some((fired) => required.anyOf.includes(fired.event.type))) return null;
  return required.gap(facts as Record<string, unknown>);
}

const OPERATOR_SYMBOLS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '<=',
  greaterThan: '>',
  greaterThanInclusive: '>=',
  in: 'in',
  notIn: 'not in',
  contains: 'contains',
  doesNotContain: 'does not contain',
};

interface ConditionResultNode {
  all?: ConditionResultNode[];
  any?: ConditionResultNode[];
  not?: ConditionResultNode;
  fact?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  result?: boolean;
}

/** The leaf conditions that held, written as "riskTier = C" or "relationshipYears = 5 (>= 3)". */
function conditionsThatHeld(result: RuleResult): string[] {
  const held: string[] = [];
  const walk = (node: ConditionResultNode | undefined): void => {
    if (!node) return;
    for (const child of [...(node.all ?? []), ...(node.any ?? [])]) walk(child);
    if (node.not) walk(node.not);
    if (node.fact !== undefined && node.result) {
      const symbol = OPERATOR_SYMBOLS[node.operator ?? ''] ?? node.operator;
      const compared = typeof node.value === 'object' && node.value !== null && 'fact' in node.value ? (node.value as { fact: string }).fact : JSON.stringify(node.value);
      held.push(
        node.operator === 'equal' ? `${node.fact} = ${String(node.factResult)}` : `${node.fact} = ${JSON.stringify(node.factResult)} (${symbol} ${compared})`,
      );
    }
  };
  walk(result.conditions as ConditionResultNode);
  return held;
}

/** One sentence a person can read: "APPROVED. Term 15 days: payment-terms / tier-c-short-term fired because riskTier = C." */
function explain(outcome: DecisionOutcome, firedRules: FiredRule[]): string {
  if (firedRules.length === 0) return `${outcome}: no policy rule fired.`;
  const reasons = firedRules.map((fired) => {
    const summary = EVENT_TYPES[fired.event.type]?.summarize(fired.event.params) ?? fired.event.type;
    const because = fired.because.length > 0 ? ` because ${fired.because.join(' and ')}` : '';
    return `${summary.charAt(0).toUpperCase()}${summary.slice(1)}: ${fired.policy} / ${fired.rule} fired${because}`;
  });
  return `${outcome}. ${reasons.join('; ')}.`;
}
