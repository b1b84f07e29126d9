/**
 * An immutable, loaded set of policies, compiled at load time (never per request) into one
 * json-rules-engine per mutation and effective period. Swapping policies means swapping the whole set,
 * so a request never sees half of one version and half of another.
 *
 * This is the only module that imports json-rules-engine.
 */
import { Engine, type RuleResult } from 'json-rules-engine';
import { type Decision, type FailedRule, type FiredRule, type PolicyVersion, DecisionOutcome } from './decision';
import { EVENT_TYPES, strictestOutcome } from './event-types';
import type { FactsOf, MutationName } from './fact-catalogue';
import type { PolicyFile } from './policy-file';
import { NO_RULES_DATA, type RulesData } from './data/rules-data';

export interface LoadedPolicy {
  file: string;
  body: PolicyFile;
  hash: string;
  effectiveFrom: string;
}

/**
 * The rules of every policy version in force for one mutation from one date on, compiled into a
 * single engine: one engine run per decision, however many policies take part.
 */
interface CompiledPeriod {
  from: string;
  engine: Engine;
  versions: PolicyVersion[];
  /** engine rule name -> the policy rule it stands for */
  rules: Map<string, { policy: string; rule: string; description: string }>;
  /** The facts any rule of the period reads: the engine's result depends on nothing else. */
  readFacts: string[];
  /** Engine results by the values of readFacts (see decide()). */
  results: Map<string, EngineVerdict>;
  remember: boolean;
}

interface EngineVerdict {
  firedRules: FiredRule[];
  failedRules: FailedRule[];
}

/**
 * Distinct fact patterns remembered per period. The collections ladder sees a few thousand
 * (days past due x stage x status); mutations that read amounts rarely repeat and simply cycle out.
 */
const REMEMBERED_PATTERNS = 20_000;

export class PolicySet {
  /** mutation -> compiled periods, latest first */
  private readonly periods = new Map<MutationName, CompiledPeriod[]>();

  constructor(
    readonly policies: readonly LoadedPolicy[],
    readonly loadedAt: Date = new Date(),
    /** Data read with the policies (reference rates, letters): it goes live and is swapped with them. */
    readonly data: RulesData = NO_RULES_DATA,
    /** false: run the engine on every decision (to time it); results are the same either way. */
    rememberResults = true,
  ) {
    const mutations = new Set(policies.flatMap((policy) => policy.body.appliesTo));
    for (const mutation of mutations) {
      const taking = policies.filter((policy) => policy.body.rules.some((rule) => (rule.appliesTo ?? policy.body.appliesTo).includes(mutation)));
      // A new period starts on every effective date of a policy version that takes part.
      const starts = [...new Set(taking.map((policy) => policy.effectiveFrom))].sort().reverse();
      this.periods.set(
        mutation,
        starts.map((from) => compilePeriod(mutation, from, inForceOn(taking, from), rememberResults)),
      );
    }
  }

  /**
   * Evaluates every policy that applies to the mutation, in the version in force on the business
   * date, and folds the fired events into one decision: the strictest outcome wins.
   */
  async decide<M extends MutationName>(mutation: M, facts: FactsOf<M>, businessDate: string): Promise<Decision> {
    const period = this.periods.get(mutation)?.find((candidate) => candidate.from <= businessDate);
    const policyVersions = period ? period.versions.map((version) => ({ ...version })) : [];
    const { firedRules, failedRules } = period ? copyVerdict(await evaluate(period, facts)) : { firedRules: [], failedRules: [] };
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
    return new PolicySet([...this.policies.filter((policy) => !replaced(policy)), ...drafts], new Date(), this.data);
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
 * Runs the period's engine, or reuses the result for the same values of the facts its rules read.
 * The policy set is immutable and the engine a pure function of those facts, so the result is the
 * same as running it again: the collections cycle decides 100,000 invoices with a few thousand runs.
 */
async function evaluate(period: CompiledPeriod, facts: object): Promise<EngineVerdict> {
  const values = facts as Record<string, unknown>;
  // A missing fact is an error the engine reports; such a call is never remembered.
  const key =
    !period.remember || period.readFacts.some((fact) => values[fact] === undefined) ? null : JSON.stringify(period.readFacts.map((fact) => values[fact]));
  const known = key === null ? undefined : period.results.get(key);
  if (known) return known;
  const { results, failureResults } = await period.engine.run({ ...facts });
  const verdict: EngineVerdict = {
    failedRules: failureResults.map((result) => ({ ...period.rules.get(result.name)! })),
    firedRules: results.map((result) => {
      const event = result.event ?? { type: 'unknown' };
      return { ...period.rules.get(result.name)!, event: { type: event.type, params: { ...(event.params ?? {}) } }, because: conditionsThatHeld(result) };
    }),
  };
  if (key === null) return verdict;
  if (period.results.size >= REMEMBERED_PATTERNS) period.results.clear();
  period.results.set(key, verdict);
  return verdict;
}

/** A private copy: callers own their decision and may keep or change it. */
function copyVerdict(verdict: EngineVerdict): EngineVerdict {
  return {
    firedRules: verdict.firedRules.map((fired) => ({ ...fired, event: { type: fired.event.type, params: { ...fired.event.params } }, because: [...fired.because] })),
    failedRules: verdict.failedRules.map((failed) => ({ ...failed })),
  };
}

/** Every fact name a condition tree mentions, as the compared fact or as a fact-valued operand. */
function factsReadBy(condition: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(condition)) {
    for (const item of condition) factsReadBy(item, into);
  } else if (condition && typeof condition === 'object') {
    for (const [key, value] of Object.entries(condition)) {
      if (key === 'fact' && typeof value === 'string') into.add(value);
      else factsReadBy(value, into);
    }
  }
  return into;
}

/** Of each policy name, the version in force on a date (the latest effectiveFrom not after it). */
function inForceOn(policies: readonly LoadedPolicy[], date: string): LoadedPolicy[] {
  const latest = new Map<string, LoadedPolicy>();
  for (const policy of policies) {
    if (policy.effectiveFrom > date) continue;
    const current = latest.get(policy.body.name);
    if (!current || current.effectiveFrom < policy.effectiveFrom) latest.set(policy.body.name, policy);
  }
  return [...latest.values()];
}

function compilePeriod(mutation: MutationName, from: string, versions: LoadedPolicy[], remember: boolean): CompiledPeriod {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const rules = new Map<string, { policy: string; rule: string; description: string }>();
  const readFacts = new Set<string>();
  for (const policy of versions) {
    for (const rule of policy.body.rules) {
      if (!(rule.appliesTo ?? policy.body.appliesTo).includes(mutation)) continue;
      // Rule names are unique within a policy only: the engine knows them by policy and name.
      const name = `${policy.body.name}/${rule.name}`;
      engine.addRule({ name, priority: rule.priority ?? 1, conditions: rule.conditions as never, event: rule.event });
      rules.set(name, { policy: policy.body.name, rule: rule.name, description: rule.description });
      factsReadBy(rule.conditions, readFacts);
    }
  }
  return {
    from,
    engine,
    rules,
    readFacts: [...readFacts].sort(),
    results: new Map(),
    remember,
    versions: versions.map((policy) => ({ name: policy.body.name, version: policy.body.version, hash: policy.hash })),
  };
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
  requestTermExtension: {
    anyOf: ['grant-extension', 'refer', 'reject'],
    gap: (facts) => `no term-extension rule grants or refers a request for reason ${String(facts.reason)}`,
  },
  gradeCustomer: { anyOf: ['assign-grade'], gap: (facts) => `no grade band of the scorecard covers score ${String(facts.score)}` },
  requestCreditLimit: { anyOf: ['cap-credit-limit'], gap: (facts) => `no credit-limit cap covers risk tier ${String(facts.riskTier)}` },
  createInsurancePolicy: { anyOf: ['set-insurance-terms', 'reject'], gap: () => 'no rule sets the default terms of an insurance policy' },
  authorizeReferral: {
    anyOf: ['require-authority'],
    gap: (facts) => `no credit-authority rule covers a referred ${String(facts.referredMutation)} of ${String(facts.amountBaseMinor)} base minor units (risk tier ${String(facts.riskTier) || 'none'})`,
  },
  requestInsuredLimit: {
    anyOf: ['cap-insured-limit', 'reject', 'refer'],
    gap: (facts) => `no insured-limit cap covers risk tier ${String(facts.riskTier)}`,
  },
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
