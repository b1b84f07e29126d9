/**
 * Back-test: replays stored decisions under a draft policy set and reports what would change —
 * per policy rule, per risk tier, and in money (credit granted, payment terms). Streams: it holds
 * one decision at a time plus the running totals, whatever the length of history.
 */
import { eventKey, eventsOfType, type Decision } from './decision';
import type { FactsOf, MutationName } from './fact-catalogue';
import type { PolicySet } from './policy-set';

/** A stored decision as the back-test needs it. */
export interface HistoricDecision {
  id: string;
  mutation: string;
  businessDate: string;
  outcome: string;
  facts: Record<string, unknown>;
  firedRules: Array<{ policy: string; rule: string; event: { type: string; params: Record<string, unknown> } }>;
}

export interface RuleChange {
  policy: string;
  rule: string;
  /** The event as raised, e.g. { type: 'set-payment-term', params: { days: 30 } }: a new param is a new row. */
  event: { type: string; params: Record<string, unknown> };
  firedBefore: number;
  firedAfter: number;
}

export interface TierChange {
  riskTier: string;
  decisions: number;
  changed: number;
}

export interface OutcomeChange {
  mutation: string;
  from: string;
  to: string;
  count: number;
}

export interface BacktestReport {
  decisions: number;
  changed: number;
  outcomeChanges: OutcomeChange[];
  ruleChanges: RuleChange[];
  tiers: TierChange[];
  /** Credit granted (first lines + invoices allowed on credit) under the draft minus as decided, minor units. */
  creditGrantedDeltaMinor: number;
  /** Invoices whose payment term changes, and the change in term days weighted by invoice amount (minor-unit days). */
  invoicesWithNewTerm: number;
  termDayAmountDelta: number;
  /** Examples of changed decisions (ids), for a person to open with decision(id). */
  sampleChangedDecisionIds: string[];
}

const SAMPLE_SIZE = 20;
const APPLIED = new Set(['APPROVED', 'REQUIRES_PREPAYMENT']);

export class Backtest {
  private decisions = 0;
  private changed = 0;
  private readonly outcomeChanges = new Map<string, OutcomeChange>();
  private readonly rules = new Map<string, RuleChange>();
  private readonly tiers = new Map<string, TierChange>();
  private creditGrantedDeltaMinor = 0;
  private invoicesWithNewTerm = 0;
  private termDayAmountDelta = 0;
  private readonly samples: string[] = [];

  constructor(private readonly draft: PolicySet) {}

  async add(stored: HistoricDecision): Promise<boolean> {
    const replayed = await this.draft.decide(stored.mutation as MutationName, stored.facts as FactsOf<MutationName>, stored.businessDate);
    this.decisions += 1;
    const before = stored.firedRules.map((fired) => `${fired.policy}\u0000${fired.rule}\u0000${eventKey(fired.event)}`).sort();
    const after = replayed.firedRules.map((fired) => `${fired.policy}\u0000${fired.rule}\u0000${eventKey(fired.event)}`).sort();
    const isChanged = stored.outcome !== replayed.outcome || before.join('\n') !== after.join('\n');
    const tier = String(stored.facts.riskTier ?? tierOf(stored) ?? 'unknown');
    const tierRow = this.tiers.get(tier) ?? { riskTier: tier, decisions: 0, changed: 0 };
    tierRow.decisions += 1;
    if (isChanged) {
      tierRow.changed += 1;
      this.changed += 1;
      if (this.samples.length < SAMPLE_SIZE) this.samples.push(stored.id);
      if (stored.outcome !== replayed.outcome) {
        const key = `${stored.mutation}|${stored.outcome}|${replayed.outcome}`;
        const row = this.outcomeChanges.get(key) ?? { mutation: stored.mutation, from: stored.outcome, to: replayed.outcome, count: 0 };
        row.count += 1;
        this.outcomeChanges.set(key, row);
      }
      this.countRules(stored.firedRules, 'firedBefore');
      this.countRules(replayed.firedRules, 'firedAfter');
      this.addMoneyEffect(stored, replayed);
    }
    this.tiers.set(tier, tierRow);
    return isChanged;
  }

  report(): BacktestReport {
    return {
      decisions: this.decisions,
      changed: this.changed,
      outcomeChanges: [...this.outcomeChanges.values()].sort((a, b) => b.count - a.count),
      ruleChanges: [...this.rules.values()].filter((row) => row.firedBefore !== row.firedAfter).sort((a, b) => a.policy.localeCompare(b.policy) || a.rule.localeCompare(b.rule)),
      tiers: [...this.tiers.values()].sort((a, b) => a.riskTier.localeCompare(b.riskTier)),
      creditGrantedDeltaMinor: this.creditGrantedDeltaMinor,
      invoicesWithNewTerm: this.invoicesWithNewTerm,
      termDayAmountDelta: this.termDayAmountDelta,
      sampleChangedDecisionIds: [...this.samples],
    };
  }

  /** Counts, among changed decisions only, how often each rule fired before and after. */
  private countRules(fired: HistoricDecision['firedRules'], side: 'firedBefore' | 'firedAfter'): void {
    for (const { policy, rule, event } of fired) {
      const key = `${policy}/${rule}/${eventKey(event)}`;
      const row = this.rules.get(key) ?? { policy, rule, event, firedBefore: 0, firedAfter: 0 };
      row[side] += 1;
      this.rules.set(key, row);
    }
  }

  private addMoneyEffect(stored: HistoricDecision, replayed: Decision): void {
    const facts = stored.facts;
    if (stored.mutation === 'issueInvoice') {
      const amount = Number(facts.invoiceAmountMinor ?? 0);
      const wasGranted = APPLIED.has(stored.outcome);
      const isGranted = APPLIED.has(replayed.outcome);
      if (wasGranted !== isGranted) this.creditGrantedDeltaMinor += isGranted ? amount : -amount;
      if (wasGranted && isGranted) {
        const termBefore = termOf(stored.outcome, stored.firedRules.filter((f) => f.event.type === 'set-payment-term').map((f) => f.event.params));
        const termAfter = termOf(replayed.outcome, eventsOfType(replayed, 'set-payment-term'));
        if (termBefore !== termAfter) {
          this.invoicesWithNewTerm += 1;
          this.termDayAmountDelta += (termAfter - termBefore) * amount;
        }
      }
    }
    if (stored.mutation === 'createCustomer') {
      const monthlySales = Number(facts.monthlySalesMinor ?? 0);
      const lineBefore = firstLine(monthlySales, stored.firedRules.filter((f) => f.event.type === 'set-initial-credit-limit').map((f) => f.event.params));
      const lineAfter = firstLine(monthlySales, eventsOfType(replayed, 'set-initial-credit-limit'));
      this.creditGrantedDeltaMinor += (APPLIED.has(replayed.outcome) ? lineAfter : 0) - (APPLIED.has(stored.outcome) ? lineBefore : 0);
    }
  }
}

function termOf(outcome: string, terms: Array<Record<string, unknown>>): number {
  if (outcome === 'REQUIRES_PREPAYMENT' || terms.length === 0) return 0;
  return Math.min(...terms.map((params) => Number(params.days)));
}

function firstLine(monthlySalesMinor: number, shares: Array<Record<string, unknown>>): number {
  if (shares.length === 0) return 0;
  return Math.floor(monthlySalesMinor * Math.min(...shares.map((params) => Number(params.shareOfMonthlySales))));
}

/** Customer decisions carry the tier they assigned, not a riskTier fact. */
function tierOf(stored: HistoricDecision): string | null {
  const assigned = stored.firedRules.find((fired) => fired.event.type === 'assign-risk-tier');
  return assigned ? String(assigned.event.params.tier) : null;
}
