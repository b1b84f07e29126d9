/**
 * Whole-set checks of the policy's tables, found by asking the set itself: decide() over a small grid
 * of representative facts (every tier, every grade, the numbers the rules compare with and their
 * neighbours), so that they hold whatever the conditions look like.
 *
 *   term-table          each risk tier gets exactly one payment term (set-payment-term or
 *                       require-prepayment) for every relationshipYears: no gap, no overlap
 *   term-order          a riskier tier never gets a longer term than a safer one
 *   scorecard-bands     each grade 1-10 falls in exactly one risk tier, and a worse grade never
 *                       gets a safer tier
 *   collections-ladder  stages are reached in the ladder's order as days past due grow, once each,
 *                       one per cycle
 *   authority-table     every request a policy refers gets an approver (require-authority) and a due
 *                       period (set-referral-due) at every amount and tier, and a larger amount never
 *                       needs less authority than a smaller one
 *
 * Findings are warnings (`rules:check --strict` makes them errors). A check whose events no rule
 * raises is skipped: a set without a scorecard has no scorecard bands to check.
 */
import type { Decision, FiredRule } from './decision';
import { APPROVAL_LEVELS, COLLECTION_STAGES, EVENT_TYPES } from './event-types';
import { type FactsOf, type MutationName, MUTATION_NAMES } from './fact-catalogue';
import type { Condition } from './policy-file';
import type { LoadedPolicy, PolicySet } from './policy-set';

export type StaticCheck = 'term-table' | 'term-order' | 'scorecard-bands' | 'collections-ladder' | 'authority-table';

export interface StaticFinding {
  check: StaticCheck;
  /** The business date the set was checked for (one per distinct effectiveFrom). */
  businessDate: string;
  /** The policy file the finding is about, and the JSON path of the rule (or "/rules") in it. */
  file?: string;
  pointer?: string;
  message: string;
}

const TIERS = ['A', 'B', 'C', 'D'] as const;
const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const TERM_EVENTS = ['set-payment-term', 'require-prepayment'];
const FALLBACK_GRADE_OF_TIER: Record<string, number> = { A: 2, B: 5, C: 7, D: 9 };

/** Representative facts; the grid varies the ones a check is about. */
const BASE_FACTS = {
  createCustomer: { grade: 5, country: 'DE', currency: 'EUR', industry: '', monthlySalesMinor: 10_000_000, relationshipYears: 0 },
  issueInvoice: {
    grade: 5,
    riskTier: 'B',
    relationshipYears: 0,
    customerStatus: 'ACTIVE',
    invoiceAmountMinor: 100_000,
    creditLimitMinor: 10_000_000,
    outstandingMinor: 0,
    availableMinor: 10_000_000,
    exceedsLimitByMinor: -9_900_000,
  },
  runCollectionCycle: { daysPastDue: 0, daysPastAnchor: 0, currentStage: 'NONE', outstandingMinor: 100_000, riskTier: 'B', customerStatus: 'ACTIVE' },
} satisfies Partial<{ [M in MutationName]: FactsOf<M> }>;

export async function checkPolicySetStatically(set: PolicySet): Promise<StaticFinding[]> {
  const dates = [...new Set(set.policies.map((policy) => policy.effectiveFrom))].sort();
  const findings: StaticFinding[] = [];
  for (const date of dates) {
    const checker = new Checker(set, date);
    findings.push(...(await checker.scorecardBands()), ...(await checker.termTable()), ...(await checker.collectionsLadder()), ...(await checker.authorityTable()));
  }
  // The same finding on several dates is reported once, for the first date.
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.check}|${finding.file}|${finding.pointer}|${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

class Checker {
  private readonly inForce: LoadedPolicy[];

  constructor(
    private readonly set: PolicySet,
    private readonly date: string,
  ) {
    const latest = new Map<string, LoadedPolicy>();
    for (const policy of set.policies) {
      if (policy.effectiveFrom > date) continue;
      const current = latest.get(policy.body.name);
      if (!current || current.effectiveFrom < policy.effectiveFrom) latest.set(policy.body.name, policy);
    }
    this.inForce = [...latest.values()];
  }

  // ---- scorecard bands ------------------------------------------------------------------------

  async scorecardBands(): Promise<StaticFinding[]> {
    const perMutation: StaticFinding[] = [];
    for (const mutation of ['createCustomer', 'updateCustomer'] as const) {
      const findings: StaticFinding[] = [];
      const rules = this.rulesRaising(mutation, ['assign-risk-tier']);
      if (rules.length === 0) continue;
      const at = { file: rules[0].policy.file, pointer: '/rules' };
      const tierOf = new Map<number, string>();
      for (const grade of GRADES) {
        const fired = this.firedOf(await this.decide(mutation, this.customerFacts(mutation, grade)), ['assign-risk-tier']);
        if (fired.length === 0) {
          findings.push(this.finding('scorecard-bands', at, `grade ${grade} falls in no risk tier (a gap in the grade bands)`));
        } else if (fired.length > 1) {
          findings.push(
            this.finding('scorecard-bands', this.where(fired[1].policy, fired[1].rule), `grade ${grade} falls in ${fired.length} tier bands (${fired.map(describeFired).join(', ')}): the bands overlap`),
          );
        }
        if (fired.length > 0) tierOf.set(grade, riskiest(fired.map((rule) => String(rule.event.params.tier))));
      }
      for (const grade of GRADES.slice(1)) {
        const worse = tierOf.get(grade);
        const better = tierOf.get(grade - 1);
        if (worse && better && tierIndex(worse) < tierIndex(better)) {
          findings.push(this.finding('scorecard-bands', at, `grade ${grade} is tier ${worse} but the better grade ${grade - 1} is tier ${better}: a worse grade must not get a safer tier`));
        }
      }
      perMutation.push(...findings.map((finding) => ({ ...finding, message: `${mutation}\u0000${finding.message}` })));
    }
    // One finding for both mutations when the scorecard says the same for both.
    const merged = new Map<string, { finding: StaticFinding; mutations: string[] }>();
    for (const finding of perMutation) {
      const [mutation, message] = finding.message.split('\u0000');
      const key = `${finding.file}|${finding.pointer}|${message}`;
      const entry = merged.get(key) ?? { finding: { ...finding, message }, mutations: [] };
      entry.mutations.push(mutation);
      merged.set(key, entry);
    }
    return [...merged.values()].map(({ finding, mutations }) => ({ ...finding, message: `${mutations.join(', ')}: ${finding.message}` }));
  }

  private customerFacts(mutation: 'createCustomer' | 'updateCustomer', grade: number): Record<string, unknown> {
    const facts: Record<string, unknown> = { ...BASE_FACTS.createCustomer, grade };
    if (mutation === 'updateCustomer') Object.assign(facts, { previousGrade: grade, previousRiskTier: 'B', changedByRole: '', monthlySalesChangePercent: 0, relationshipStartMovedDays: 0, gradeImprovement: 0 });
    return facts;
  }

  // ---- payment-term table ---------------------------------------------------------------------

  async termTable(): Promise<StaticFinding[]> {
    const rules = this.rulesRaising('issueInvoice', TERM_EVENTS);
    if (rules.length === 0) return [];
    const tableAt = { file: rules[0].policy.file, pointer: '/rules' };
    const gradeOf = await this.gradeOfTier();
    const years = this.gridFor('relationshipYears', [0, 1, 2, 3, 5, 10, 50]).filter((y) => y >= 0);
    const findings: StaticFinding[] = [];
    /** tier -> years -> term in days (0 = prepayment; the shortest when several fire) */
    const terms = new Map<string, Map<number, number>>();
    for (const tier of TIERS) {
      const gaps: number[] = [];
      const overlaps = new Map<string, { years: number[]; fired: FiredRule[] }>();
      const byYears = new Map<number, number>();
      for (const y of years) {
        const facts = { ...BASE_FACTS.issueInvoice, riskTier: tier, grade: gradeOf[tier], relationshipYears: y };
        const fired = this.firedOf(await this.decide('issueInvoice', facts), TERM_EVENTS);
        if (fired.length === 0) gaps.push(y);
        if (fired.length > 1) {
          const key = fired.map((rule) => `${rule.policy}/${rule.rule}`).join(',');
          const overlap = overlaps.get(key) ?? { years: [], fired };
          overlap.years.push(y);
          overlaps.set(key, overlap);
        }
        if (fired.length > 0) byYears.set(y, Math.min(...fired.map(termDays)));
      }
      terms.set(tier, byYears);
      if (gaps.length > 0) {
        findings.push(this.finding('term-table', tableAt, `tier ${tier}: no payment-term rule fires for relationshipYears ${ranges(gaps, years)} (a gap: such invoices are referred)`));
      }
      for (const { years: overlapYears, fired } of overlaps.values()) {
        findings.push(
          this.finding(
            'term-table',
            this.where(fired[1].policy, fired[1].rule),
            `tier ${tier}, relationshipYears ${ranges(overlapYears, years)}: ${fired.length} term rules fire (${fired.map(describeFired).join(', ')}): the tiers' terms overlap`,
          ),
        );
      }
    }
    // A riskier tier must not get a longer term than a safer one, for the same relationshipYears.
    for (let safer = 0; safer < TIERS.length; safer++) {
      for (let riskier = safer + 1; riskier < TIERS.length; riskier++) {
        const longer: number[] = [];
        let example = '';
        for (const y of years) {
          const saferTerm = terms.get(TIERS[safer])?.get(y);
          const riskierTerm = terms.get(TIERS[riskier])?.get(y);
          if (saferTerm === undefined || riskierTerm === undefined || riskierTerm <= saferTerm) continue;
          longer.push(y);
          example ||= `${riskierTerm} days against ${saferTerm}`;
        }
        if (longer.length === 0) continue;
        const facts = { ...BASE_FACTS.issueInvoice, riskTier: TIERS[riskier], grade: gradeOf[TIERS[riskier]], relationshipYears: longer[0] };
        const fired = this.firedOf(await this.decide('issueInvoice', facts), TERM_EVENTS);
        const at = fired[0] ? this.where(fired[0].policy, fired[0].rule) : tableAt;
        findings.push(
          this.finding('term-order', at, `tier ${TIERS[riskier]} gets a longer term than the safer tier ${TIERS[safer]} (${example}) for relationshipYears ${ranges(longer, years)}`),
        );
      }
    }
    return findings;
  }

  /** A grade of each tier, by the scorecard in force when there is one. */
  private async gradeOfTier(): Promise<Record<string, number>> {
    const gradeOf = { ...FALLBACK_GRADE_OF_TIER };
    if (this.rulesRaising('createCustomer', ['assign-risk-tier']).length === 0) return gradeOf;
    const found = new Set<string>();
    for (const grade of GRADES) {
      const fired = this.firedOf(await this.decide('createCustomer', this.customerFacts('createCustomer', grade)), ['assign-risk-tier']);
      const tier = fired.length === 1 ? String(fired[0].event.params.tier) : undefined;
      if (tier && !found.has(tier)) {
        found.add(tier);
        gradeOf[tier] = grade;
      }
    }
    return gradeOf;
  }

  // ---- collections ladder ---------------------------------------------------------------------

  async collectionsLadder(): Promise<StaticFinding[]> {
    const rules = this.rulesRaising('runCollectionCycle', ['reach-collection-stage']);
    if (rules.length === 0) return [];
    const findings: StaticFinding[] = [];
    // An invoice walked without partial payments: the ladder's anchor is its due date.
    const grid = new Set([...this.gridFor('daysPastDue', rangeOf(-30, 120)), ...this.gridFor('daysPastAnchor', [])]);
    const days = [...grid].sort((a, b) => a - b).filter((d) => d >= -60 && d <= 730);

    // 1. Order: from NONE, the first day each stage can be reached must grow along the ladder.
    const firstDay = new Map<string, { day: number; fired: FiredRule }>();
    const together = new Set<string>();
    const reachedTogether = (day: number, stage: string, fired: FiredRule[]) => {
      const key = fired.map((rule) => rule.rule).join(',');
      if (fired.length < 2 || together.has(key)) return;
      together.add(key);
      findings.push(
        this.finding('collections-ladder', this.where(fired[1].policy, fired[1].rule), `${day} days past due at stage ${stage}: ${fired.length} stages are reached in one cycle (${fired.map(describeFired).join(', ')})`),
      );
    };
    for (const day of days) {
      const fromNone = await this.stagesFired({ daysPastDue: day, currentStage: 'NONE' });
      reachedTogether(day, 'NONE', fromNone);
      for (const fired of fromNone) {
        const stage = String(fired.event.params.stage);
        if (!firstDay.has(stage)) firstDay.set(stage, { day, fired });
      }
    }
    const reached = COLLECTION_STAGES.filter((stage) => firstDay.has(stage));
    for (let i = 1; i < reached.length; i++) {
      const earlier = firstDay.get(reached[i - 1])!;
      const later = firstDay.get(reached[i])!;
      if (later.day <= earlier.day) {
        findings.push(
          this.finding(
            'collections-ladder',
            this.where(later.fired.policy, later.fired.rule),
            `stage ${reached[i]} is reached from ${later.day} days past due, not after ${reached[i - 1]} (from ${earlier.day}): the ladder's stages must come in increasing days past due`,
          ),
        );
      }
    }

    // 2. Walk one invoice day by day: one stage per cycle, each reached once, never back down the ladder.
    let stage = 'NONE';
    let broken = false;
    const walked = new Set<string>();
    for (const day of rangeOf(Math.min(-30, days[0] ?? -30), Math.max(120, days[days.length - 1] ?? 120))) {
      const fired = await this.stagesFired({ daysPastDue: day, currentStage: stage });
      reachedTogether(day, stage, fired);
      const next = fired.map((rule) => String(rule.event.params.stage)).sort((a, b) => stageIndex(b) - stageIndex(a))[0];
      if (next === undefined) continue;
      if (next === stage) {
        findings.push(this.finding('collections-ladder', this.where(fired[0].policy, fired[0].rule), `stage ${stage} is reached again at ${day} days past due: a stage must be reached once (check currentStage)`));
        broken = true;
        break;
      }
      if (stageIndex(next) < stageIndex(stage)) {
        findings.push(this.finding('collections-ladder', this.where(fired[0].policy, fired[0].rule), `at ${day} days past due the ladder goes back from ${stage} to ${next}`));
        broken = true;
        break;
      }
      stage = next;
      walked.add(next);
    }
    for (const rule of broken ? [] : rules) {
      const target = String(rule.rule.event.params?.stage);
      if (!walked.has(target)) {
        findings.push(this.finding('collections-ladder', this.where(rule.policy, rule.rule.name), `stage ${target} (rule ${rule.rule.name}) is never reached by an invoice walked from 30 days before due`));
      }
    }
    return findings;
  }

  private async stagesFired(vary: { daysPastDue: number; currentStage: string }): Promise<FiredRule[]> {
    const facts = { ...BASE_FACTS.runCollectionCycle, daysPastAnchor: vary.daysPastDue, ...vary };
    return this.firedOf(await this.decide('runCollectionCycle', facts), ['reach-collection-stage']);
  }

  // ---- credit authority -----------------------------------------------------------------------

  async authorityTable(): Promise<StaticFinding[]> {
    const rules = this.rulesRaising('authorizeReferral', ['require-authority', 'set-referral-due']);
    if (rules.length === 0) return [];
    const tableAt = { file: rules[0].policy.file, pointer: '/rules' };
    const amounts = this.gridFor('amountBaseMinor', [0, 100]).filter((amount) => amount >= 0);
    const findings: StaticFinding[] = [];
    for (const [mutation, referralRules] of this.referredMutations()) {
      for (const referralRule of referralRules) {
        for (const riskTier of [...TIERS, '']) {
          const noApprover: number[] = [];
          const noDue: number[] = [];
          let previous: { amount: number; level: number; approvals: number } | null = null;
          for (const amount of amounts) {
            const facts = { referredMutation: mutation, amountBaseMinor: amount, riskTier, referralRule };
            const decision = await this.decide('authorizeReferral', facts);
            const authorities = this.firedOf(decision, ['require-authority']);
            if (this.firedOf(decision, ['set-referral-due']).length === 0) noDue.push(amount);
            if (authorities.length === 0) {
              noApprover.push(amount);
              continue;
            }
            const level = Math.max(...authorities.map((fired) => APPROVAL_LEVELS.indexOf(fired.event.params.level as never)));
            const approvals = Math.max(...authorities.filter((fired) => APPROVAL_LEVELS.indexOf(fired.event.params.level as never) === level).map((fired) => Number(fired.event.params.approvals)));
            if (previous && (level < previous.level || (level === previous.level && approvals < previous.approvals))) {
              findings.push(
                this.finding(
                  'authority-table',
                  this.where(authorities[0].policy, authorities[0].rule),
                  `a referred ${mutation} (${describeReferral(riskTier, referralRule)}) of ${amount} base minor units needs less authority (${APPROVAL_LEVELS[level]} x${approvals}) than one of ${previous.amount} (${APPROVAL_LEVELS[previous.level]} x${previous.approvals})`,
                ),
              );
            }
            previous = { amount, level, approvals };
          }
          const about = `a referred ${mutation} (${describeReferral(riskTier, referralRule)})`;
          if (noApprover.length > 0) findings.push(this.finding('authority-table', tableAt, `${about} of amountBaseMinor ${ranges(noApprover, amounts)}: no require-authority rule fires (a gap: it goes to ${APPROVAL_LEVELS[APPROVAL_LEVELS.length - 1]})`));
          if (noDue.length > 0) findings.push(this.finding('authority-table', tableAt, `${about} of amountBaseMinor ${ranges(noDue, amounts)}: no set-referral-due rule fires (a gap: it is due the same day)`));
        }
      }
    }
    return findings;
  }

  /** The mutations a policy in force refers (its refer rules, as policy/rule), and any the authority rules name. */
  private referredMutations(): Map<MutationName, string[]> {
    const referred = new Map<MutationName, string[]>();
    for (const mutation of MUTATION_NAMES) {
      const referRules = this.rulesRaising(mutation, ['refer']).map(({ policy, rule }) => `${policy.body.name}/${rule.name}`);
      if (referRules.length > 0) referred.set(mutation, referRules);
    }
    for (const policy of this.inForce) {
      for (const rule of policy.body.rules) {
        walk(rule.conditions as Condition, (leaf) => {
          if (leaf.fact !== 'referredMutation') return;
          for (const value of Array.isArray(leaf.value) ? leaf.value : [leaf.value]) {
            if (typeof value === 'string' && (MUTATION_NAMES as string[]).includes(value) && !referred.has(value as MutationName)) referred.set(value as MutationName, ['']);
          }
        });
      }
    }
    return referred;
  }

  // ---- helpers --------------------------------------------------------------------------------

  private decide(mutation: MutationName, facts: Record<string, unknown>): Promise<Decision> {
    return this.set.decide(mutation, facts as never, this.date);
  }

  private firedOf(decision: Decision, types: string[]): FiredRule[] {
    return decision.firedRules.filter((rule) => types.includes(rule.event.type));
  }

  /** The rules in force for the mutation that raise one of the event types. */
  private rulesRaising(mutation: MutationName, types: string[]) {
    return this.inForce.flatMap((policy) =>
      policy.body.rules
        .filter((rule) => types.includes(rule.event.type) && policy.body.appliesTo.includes(mutation) && (rule.appliesTo ?? policy.body.appliesTo).includes(mutation))
        .map((rule) => ({ policy, rule })),
    );
  }

  /** The values in the grid for a numeric fact: the defaults, plus every number a rule compares it with, and its neighbours. */
  private gridFor(fact: string, defaults: number[]): number[] {
    const values = new Set(defaults);
    for (const policy of this.inForce) {
      for (const rule of policy.body.rules) {
        walk(rule.conditions as Condition, (leaf) => {
          if (leaf.fact !== fact) return;
          for (const value of Array.isArray(leaf.value) ? leaf.value : [leaf.value]) {
            if (typeof value === 'number' && Number.isFinite(value)) for (const v of [Math.floor(value) - 1, Math.floor(value), Math.ceil(value), Math.ceil(value) + 1]) values.add(v);
          }
        });
      }
    }
    return [...values].sort((a, b) => a - b);
  }

  private where(policy: LoadedPolicy | string, rule: string): { file?: string; pointer?: string } {
    const loaded = typeof policy === 'string' ? this.inForce.find((candidate) => candidate.body.name === policy) : policy;
    if (!loaded) return {};
    const index = loaded.body.rules.findIndex((candidate) => candidate.name === rule);
    return { file: loaded.file, pointer: index >= 0 ? `/rules/${index}` : '/rules' };
  }

  private finding(check: StaticCheck, at: { file?: string; pointer?: string }, message: string): StaticFinding {
    return { check, businessDate: this.date, ...at, message };
  }
}

function walk(condition: Condition | undefined, visit: (leaf: { fact: string; value: unknown }) => void): void {
  if (!condition || typeof condition !== 'object') return;
  if ('all' in condition) condition.all.forEach((child) => walk(child, visit));
  else if ('any' in condition) condition.any.forEach((child) => walk(child, visit));
  else if ('not' in condition) walk(condition.not, visit);
  else visit(condition);
}

function describeReferral(riskTier: string, referralRule: string): string {
  return `${riskTier ? `tier ${riskTier}` : 'no customer'}, ${referralRule ? `referred by ${referralRule}` : 'a policy gap'}`;
}

function termDays(fired: FiredRule): number {
  return fired.event.type === 'require-prepayment' ? 0 : Number(fired.event.params.days);
}

function describeFired(fired: FiredRule): string {
  const summary = EVENT_TYPES[fired.event.type]?.summarize(fired.event.params) ?? fired.event.type;
  return `${fired.policy}/${fired.rule}: ${summary}`;
}

function tierIndex(tier: string): number {
  return TIERS.indexOf(tier as (typeof TIERS)[number]);
}

function stageIndex(stage: string): number {
  return stage === 'NONE' ? -1 : COLLECTION_STAGES.indexOf(stage as (typeof COLLECTION_STAGES)[number]);
}

function riskiest(tiers: string[]): string {
  return tiers.sort((a, b) => tierIndex(b) - tierIndex(a))[0];
}

function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** "0-2, 5" for the values among a sorted grid: consecutive grid values are joined, "50+" at the top. */
function ranges(values: number[], grid: number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    const consecutive = i < values.length && grid.indexOf(values[i]) === grid.indexOf(values[i - 1]) + 1;
    if (consecutive) continue;
    const from = values[start];
    const to = values[i - 1];
    const isTop = to === grid[grid.length - 1];
    parts.push(from === to ? (isTop ? `${from}+` : `${from}`) : isTop ? `${from}+` : `${from}-${to}`);
    start = i;
  }
  return parts.join(', ');
}
