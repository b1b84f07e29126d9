/**
 * Credit authority (rules/credit-authority.json): who must approve a referred request and by when.
 * The policy answers with `require-authority` (level, approvals) and `set-referral-due` (business
 * days); this reads the answer. The numbers are the policy's; only the gap reading is fixed here.
 */
import { type Decision, eventsOfType, type FiredRule } from './decision';
import { APPROVAL_LEVELS, type ApprovalLevel } from './event-types';
import type { FactsOf } from './fact-catalogue';

/** Whatever decides: the live PolicyService, or a PolicySet (a draft, a back-test). */
export interface DecidesAuthority {
  decide(mutation: 'authorizeReferral', facts: FactsOf<'authorizeReferral'>, businessDate: string): Promise<Decision>;
}

export interface RequiredAuthority {
  /** The lowest role that may approve (each level covers the ones before it in APPROVAL_LEVELS). */
  level: ApprovalLevel;
  /** How many different approvers of at least that level; the requester never counts. */
  approvals: number;
  /** Business days (Mon-Fri) from the referred request's business date until the referral is due. */
  dueInBusinessDays: number;
  /** The require-authority and set-referral-due rules that gave the answer. */
  firedRules: FiredRule[];
  /**
   * Set when the policy left a gap (no rule said who, or by when): a referral is never lost for it,
   * it goes to the highest level and is due the same day, and this says why.
   */
  policyGap: string | null;
  /** The decision(s) asked: one per refer rule of the referral (see requiredAuthorityOfReferral). */
  decisions: Decision[];
}

const HIGHEST_LEVEL: ApprovalLevel = APPROVAL_LEVELS[APPROVAL_LEVELS.length - 1];

/** The authority one authorizeReferral decision requires: the highest level, then the most approvals; the shortest due period. */
export async function requiredAuthority(policy: DecidesAuthority, facts: FactsOf<'authorizeReferral'>, asOf: string): Promise<RequiredAuthority> {
  const decision = await policy.decide('authorizeReferral', facts, asOf);
  const authorities = eventsOfType(decision, 'require-authority');
  const dues = eventsOfType(decision, 'set-referral-due').map((params) => Number(params.businessDays));
  const gaps = [
    authorities.length === 0 ? `no credit-authority rule says who approves a referred ${facts.referredMutation}: it goes to ${HIGHEST_LEVEL}` : null,
    dues.length === 0 ? `no credit-authority rule sets when a referred ${facts.referredMutation} is due: it is due the same day` : null,
  ].filter((gap): gap is string => gap !== null);
  const strictest = authorities
    .map((params) => ({ level: params.level as ApprovalLevel, approvals: Number(params.approvals) }))
    .sort((a, b) => rank(b.level) - rank(a.level) || b.approvals - a.approvals)[0];
  return {
    level: strictest?.level ?? HIGHEST_LEVEL,
    approvals: strictest?.approvals ?? 1,
    dueInBusinessDays: dues.length > 0 ? Math.min(...dues) : 0,
    firedRules: decision.firedRules.filter((fired) => fired.event.type === 'require-authority' || fired.event.type === 'set-referral-due'),
    policyGap: gaps.length > 0 ? gaps.join('; ') : null,
    decisions: [decision],
  };
}

/**
 * The authority a referral requires when several refer rules referred it: asked once per rule
 * (`referralRule`, "" for a policy gap), and the strictest of the answers holds.
 */
export async function requiredAuthorityOfReferral(
  policy: DecidesAuthority,
  facts: Omit<FactsOf<'authorizeReferral'>, 'referralRule'>,
  referralRules: readonly string[],
  asOf: string,
): Promise<RequiredAuthority> {
  const rules = referralRules.length > 0 ? [...new Set(referralRules)] : [''];
  const answers: RequiredAuthority[] = [];
  for (const referralRule of rules) answers.push(await requiredAuthority(policy, { ...facts, referralRule }, asOf));
  return answers.reduce((held, next) => {
    const stricter = rank(next.level) - rank(held.level) || next.approvals - held.approvals;
    const gaps = [held.policyGap, next.policyGap].filter((gap): gap is string => gap !== null);
    return {
      level: stricter > 0 ? next.level : held.level,
      approvals: stricter > 0 ? next.approvals : held.approvals,
      dueInBusinessDays: Math.min(held.dueInBusinessDays, next.dueInBusinessDays),
      firedRules: [...held.firedRules, ...next.firedRules],
      policyGap: gaps.length > 0 ? [...new Set(gaps)].join('; ') : null,
      decisions: [...held.decisions, ...next.decisions],
    };
  });
}

function rank(level: ApprovalLevel): number {
  return APPROVAL_LEVELS.indexOf(level);
}
