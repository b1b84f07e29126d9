/**
 * The facts each mutation hands to the policy. A rule may only read facts listed for the mutations it
 * applies to; the loader refuses any other. Money facts are integer minor units (suffix `Minor`):
 * EUR 50,000.00 is 5000000.
 */
export type FactType = 'integer' | 'number' | 'string' | 'boolean';

export interface FactSpec {
  type: FactType;
  description: string;
}

const customerProfileFacts = {
  grade: { type: 'integer', description: 'Credit grade 1 (exceptional) to 10 (high risk of failure).' },
  country: { type: 'string', description: 'ISO 3166-1 alpha-2 country of the customer.' },
  currency: { type: 'string', description: 'ISO 4217 currency of the customer account.' },
  industry: { type: 'string', description: 'Industry, or "" when unknown.' },
  monthlySalesMinor: { type: 'integer', description: 'Monthly sales volume with us, minor units.' },
  relationshipYears: { type: 'integer', description: 'Whole years since the relationship started.' },
} satisfies Record<string, FactSpec>;

/** What a credit-limit decision sees: the customer's standing and payment record, and the amounts. */
function creditLimitFacts() {
  return {
    grade: customerProfileFacts.grade,
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
    relationshipYears: customerProfileFacts.relationshipYears,
    customerStatus: { type: 'string', description: 'ACTIVE or SUPPLY_SUSPENDED.' },
    monthlySalesMinor: customerProfileFacts.monthlySalesMinor,
    currentLimitMinor: { type: 'integer', description: 'Credit limit approved today, minor units.' },
    requestedMinor: { type: 'integer', description: 'Limit asked for, minor units (in a review: the current limit).' },
    requestedShareOfMonthlySales: {
      type: 'number',
      description: 'Requested limit / monthly sales, e.g. 1.5 (0 when there are no monthly sales).',
    },
    onTimePayments: { type: 'integer', description: 'Payments received on or before their due date.' },
    latePayments: { type: 'integer', description: 'Payments received after their due date.' },
  } as const satisfies Record<string, FactSpec>;
}

export const FACT_CATALOGUE = {
  createCustomer: customerProfileFacts,
  updateCustomer: {
    ...customerProfileFacts,
    previousGrade: { type: 'integer', description: 'Grade before this update.' },
    previousRiskTier: { type: 'string', description: 'Risk tier before this update (A-D).' },
    changedByRole: {
      type: 'string',
      description: 'Role of the person who asked for the change (OPERATOR, RISK_OFFICER, ...); "" when the system re-grades a customer on its own (a review).',
    },
    monthlySalesChangePercent: {
      type: 'number',
      description: 'Size of the change of monthly sales against the stored figure, percent, always >= 0 (e.g. 40 for 100,000 to 140,000 or 60,000); 100 when the stored figure was 0 and the new one is not; 0 when unchanged.',
    },
    relationshipStartMovedDays: { type: 'integer', description: 'Days the relationship start date moves (earlier or later), always >= 0; 0 when unchanged.' },
    gradeImprovement: { type: 'integer', description: 'Grade steps the change improves the customer by: previousGrade - grade (2: from 6 to 4); 0 or less when it does not improve.' },
  },
  issueInvoice: {
    grade: customerProfileFacts.grade,
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
    relationshipYears: customerProfileFacts.relationshipYears,
    customerStatus: { type: 'string', description: 'ACTIVE or SUPPLY_SUSPENDED.' },
    invoiceAmountMinor: { type: 'integer', description: 'Amount of the new invoice, minor units.' },
    creditLimitMinor: { type: 'integer', description: 'Approved credit limit, minor units.' },
    outstandingMinor: { type: 'integer', description: 'Outstanding on open invoices before this one, minor units.' },
    availableMinor: {
      type: 'integer',
      description: 'Credit limit minus outstanding minus invoices held for a referral (other than this one), minor units (negative when over the limit).',
    },
    exceedsLimitByMinor: {
      type: 'integer',
      description:
        'Outstanding + invoices held for a referral (other than this one) + this invoice - limit, minor units: above 0 means the invoice would breach the limit once the held ones are released.',
    },
  },
  recordPayment: {
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
    paymentAmountMinor: { type: 'integer', description: 'Amount received, minor units.' },
    invoiceOutstandingMinor: { type: 'integer', description: 'Invoice outstanding before this payment, minor units.' },
    daysPastDue: { type: 'integer', description: 'Days past the due date on the day received (negative when early).' },
    settlesInvoice: { type: 'boolean', description: 'True when this payment pays the invoice in full.' },
  },
  /** A risk officer writes off what is left of an invoice as bad debt. */
  writeOffInvoice: {
    daysPastDue: { type: 'integer', description: 'Days past the due date on the day of the write-off.' },
    outstandingMinor: { type: 'integer', description: 'Amount left unpaid, to be written off, minor units.' },
    collectionStage: { type: 'string', description: 'Collection stage reached: NONE, REMINDER, PHONE_FOLLOW_UP, FORMAL_DEMAND or LEGAL.' },
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
  },
  /** The collections cycle's look at a customer whose supply is suspended: may it be restored? */
  reviewSupplySuspension: {
    maxDaysPastDue: {
      type: 'integer',
      description: "Days past due of the customer's most overdue open invoice on the cycle's business date; 0 or less when nothing is overdue (0 when nothing is open).",
    },
    overdueInvoices: { type: 'integer', description: 'How many open invoices are past their due date.' },
  },
  /** One run of the collections ladder over one open invoice (a scheduled job, not yet a GraphQL mutation). */
  runCollectionCycle: {
    daysPastDue: {
      type: 'integer',
      description: 'Days past the due date on the business date of the cycle: negative before the due date (-3 is three days before), 0 on it.',
    },
    daysPastAnchor: {
      type: 'integer',
      description:
        "Days the ladder counts overdue: past the due date, or past the last partial payment that re-anchored the ladder (a re-anchor-ladder rule of recordPayment). Equals daysPastDue until such a payment.",
    },
    currentStage: {
      type: 'string',
      description: 'Collection stage the invoice has already reached: NONE, REMINDER, PHONE_FOLLOW_UP, FORMAL_DEMAND or LEGAL.',
    },
    outstandingMinor: { type: 'integer', description: 'Amount still unpaid on this invoice, minor units.' },
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
    customerStatus: { type: 'string', description: 'ACTIVE or SUPPLY_SUSPENDED.' },
  },
  /** Late-payment interest on one overdue invoice, per period (a read: Invoice.lateInterest; nothing is stored). */
  computeLateInterest: {
    daysPastDue: { type: 'integer', description: 'Days past the due date on the last day of the period (negative before the due date).' },
    outstandingMinor: { type: 'integer', description: 'Amount unpaid during the period, minor units: the principal the interest runs on.' },
    currency: { type: 'string', description: 'ISO 4217 currency of the invoice.' },
    referenceRatePercent: {
      type: 'number',
      description: 'Central-bank reference rate in force, percent per year (e.g. 4.5); the policy adds its margin on top.',
    },
  },
  /** A customer asks to move the due date of an invoice (requestTermExtension). */
  requestTermExtension: {
    reason: { type: 'string', description: 'Why the customer asks: LIQUIDITY, OPERATING_DIFFICULTY, DISPUTE or OTHER.' },
    requestedDays: { type: 'integer', description: 'Days the customer asks to add to the current due date.' },
    daysBeyondOriginalDue: {
      type: 'integer',
      description: 'Days the new due date would lie past the ORIGINAL due date, counting earlier extensions and this request.',
    },
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
    grade: { type: 'integer', description: 'Credit grade 1 (exceptional) to 10 (high risk of failure).' },
    daysPastDue: { type: 'integer', description: 'Days past the current due date on the day of the request (negative before it).' },
  },
  /** A claim to the credit insurer for unpaid invoices of one customer (fileClaim): every failing condition of eligibility is a reason. */
  fileClaim: {
    cause: { type: 'string', description: 'Cause of the loss: INSOLVENCY, PROTRACTED_DEFAULT or POLITICAL.' },
    riskCovered: { type: 'boolean', description: 'True when the insurance policy covers this cause of loss.' },
    invoiceCount: { type: 'integer', description: 'Invoices claimed for.' },
    uninsuredInvoices: {
      type: 'integer',
      description: 'Claimed invoices that were not issued under cover (no cover, beyond the insured limit or beyond the maximum credit term: nothing insured at issue).',
    },
    invoicesBeyondMaxExtension: {
      type: 'integer',
      description: "Claimed invoices whose due date was extended further than the insurance policy's maximum extension period (or at all, when extended terms are not covered).",
    },
    undeclaredInvoices: { type: 'integer', description: 'Claimed invoices whose overdue was never declared to the insurer (declareOverdue).' },
    lateDeclaredInvoices: { type: 'integer', description: 'Claimed invoices declared after their declaration deadline.' },
    daysPastDue: { type: 'integer', description: 'Days past the (last agreed) due date on the filing date, of the least overdue invoice claimed.' },
    waitingPeriodDays: {
      type: 'integer',
      description: "The insurance policy's protracted-default waiting period: days after the due date before non-payment is presumed a protracted default.",
    },
    daysPastFilingDeadline: {
      type: 'integer',
      description: 'Days the filing date lies past the claim filing deadline of the latest-filed invoice (0 or less: filed in time).',
    },
    hasNamedLimit: { type: 'boolean', description: 'True when the insurer approved a named limit for this buyer (indemnity with a named limit).' },
    insuredLossMinor: { type: 'integer', description: 'Insured loss claimed, minor units (before the indemnity percentage), capped by the cover.' },
    crossBorder: { type: 'boolean', description: "True when the buyer's country differs from the insurance policy's home country." },
    countryGrade: { type: 'integer', description: "Grade of the buyer's country on the filing date, 1 (safest) to 7 (riskiest); 0 when the country is not graded." },
  },
  /** A risk officer records a credit-insurance policy (createInsurancePolicy); the default terms come from rules/claims.json. */
  createInsurancePolicy: {
    periodDays: { type: 'integer', description: 'Days the insurance policy runs, first and last day included.' },
    coveredRiskCount: { type: 'integer', description: 'How many risks the policy covers (INSOLVENCY, PROTRACTED_DEFAULT, POLITICAL, EXTENDED_TERMS).' },
  },
  /** A risk officer asks the insurer for cover on a customer: an insured limit (requestInsuredLimit). */
  requestInsuredLimit: {
    grade: customerProfileFacts.grade,
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
    creditLimitMinor: { type: 'integer', description: 'Approved credit limit, minor units.' },
    requestedMinor: { type: 'integer', description: 'Insured limit asked for, minor units.' },
    currentInsuredLimitMinor: { type: 'integer', description: 'Insured limit in force today, minor units (0 without cover).' },
    requestedShareOfCreditLimit: { type: 'number', description: 'Requested insured limit / credit limit, e.g. 0.8 (0 without a credit limit).' },
    countryGrade: { type: 'integer', description: "Grade of the customer's country, 1 (safest) to 7 (riskiest); 0 when the country is not graded." },
  },
  /** A risk officer declares overdue invoices to the insurer (declareOverdue). */
  declareOverdue: {
    invoiceCount: { type: 'integer', description: 'Invoices declared.' },
    notOverdueInvoices: { type: 'integer', description: 'Of them, invoices not past their due date (or with nothing outstanding).' },
    uninsuredInvoices: { type: 'integer', description: 'Of them, invoices with nothing insured (no cover at issue).' },
    alreadyDeclaredInvoices: { type: 'integer', description: 'Of them, invoices declared before.' },
    lateDeclaredInvoices: { type: 'integer', description: 'Of them, invoices declared after their declaration deadline.' },
  },
  /** The collections cycle's look at the insurance deadlines of one overdue insured invoice (runCollectionCycle). */
  reviewInsuranceDeadlines: {
    daysToDeclarationDeadline: { type: 'integer', description: 'Days from the business date to the declaration deadline (0: today; negative: passed).' },
    declared: { type: 'boolean', description: 'True when the overdue is already declared to the insurer.' },
    daysToClaimFilingDeadline: { type: 'integer', description: 'Days from the business date to the claim filing deadline (negative: passed).' },
    claimFiled: { type: 'boolean', description: 'True when a claim covering the invoice is filed (and not rejected).' },
  },
  /** The insurer reviews a filed claim (reviewClaim): approves or rejects it. */
  reviewClaim: {
    verdict: { type: 'string', description: "The insurer's verdict: APPROVE or REJECT." },
    indemnityMinor: { type: 'integer', description: 'Indemnity the insurance policy computes for the claim, minor units.' },
  },
  /** The insurer settles an approved claim (settleClaim). */
  settleClaim: {
    settlementMinor: { type: 'integer', description: 'Amount the insurer pays, minor units.' },
    indemnityMinor: { type: 'integer', description: 'Indemnity the insurance policy computes for the claim, minor units.' },
  },
  /** A payment received on a written-off invoice (recordPayment): a recovery, shared with the insurer when a paid claim covered the invoice. */
  recordRecovery: {
    recoveryMinor: { type: 'integer', description: 'Amount recovered, minor units.' },
    recoverableMinor: {
      type: 'integer',
      description: 'What the buyer still owes on the invoice before this recovery: indemnified by the insurer + written off - recovered so far, minor units.',
    },
    claimPaid: { type: 'boolean', description: 'True when a claim covering the invoice was settled (PAID) by the insurer before.' },
    indemnityPercent: { type: 'number', description: "The paid claim's indemnity percentage, e.g. 90 (0 without a paid claim)." },
    payoutMinor: { type: 'integer', description: 'What the insurer paid on that claim, minor units (0 without a paid claim).' },
    owedToInsurerMinor: { type: 'integer', description: "The insurer's share of the claim's earlier recoveries, minor units (at most payoutMinor)." },
    daysSinceWriteOff: { type: 'integer', description: 'Days from the write-off to the day the recovery was received.' },
  },
  /** Something happened that someone may have to act on: which alert, at which severity (not yet a GraphQL mutation). */
  raiseAlert: {
    alertSource: {
      type: 'string',
      description:
        'What happened: GRADE_DOWNGRADE, LIMIT_UTILISATION, COLLECTION_STAGE, SUPPLY_SUSPENDED, SUPPLY_RESTORED, POLICY_REFUSED, CLAIM_FILED, CLAIM_DECIDED, LIMIT_DECISION, INSURED_LIMIT_DECISION, INSURANCE_DEADLINE, COUNTRY_DOWNGRADE, RECOVERY_OWED_TO_INSURER (part of a recovery after a claim payout belongs to the insurer), TERM_EXTENSION_OPERATING_DIFFICULTY (a term extension asked for operating difficulty: re-grade the customer), REFERRAL_OPENED, REFERRAL_DUE (a referral due within a day), REFERRAL_EXPIRED or REFERRAL_RESOLVED (stage: the state the referral ended in).',
    },
    gradeStepsDown: { type: 'integer', description: 'For GRADE_DOWNGRADE and COUNTRY_DOWNGRADE: new grade minus previous grade (0 for other sources).' },
    utilization: { type: 'number', description: 'For LIMIT_UTILISATION: outstanding / approved limit, e.g. 0.93 (0 for other sources).' },
    stage: {
      type: 'string',
      description: 'For COLLECTION_STAGE: the stage reached (REMINDER ... LEGAL); for INSURANCE_DEADLINE: the deadline coming (DECLARATION or CLAIM_FILING); for CLAIM_DECIDED: the claim status (APPROVED, REJECTED, PAID); "" for other sources.',
    },
  },
  /** A risk officer sets the exchange rate of a currency pair from a date (setFxRate). */
  setFxRate: {
    fromCurrency: { type: 'string', description: 'ISO 4217 currency converted from (the base of the rate).' },
    toCurrency: { type: 'string', description: 'ISO 4217 currency converted into (the quote of the rate).' },
    rate: { type: 'number', description: 'Units of toCurrency for one unit of fromCurrency, e.g. 0.92.' },
    hasPreviousRate: { type: 'boolean', description: 'True when a rate for the pair (either direction) is in force before the effective date.' },
    changePercent: {
      type: 'number',
      description: 'Size of the move against the previous rate, percent, always >= 0 (e.g. 12.5 for a 12.5% rise or fall); 0 without a previous rate.',
    },
    daysSincePreviousRate: { type: 'integer', description: 'Days from the effective date of the previous rate to this one; 0 without a previous rate.' },
  },
  /** The portfolio query's provision matrix for receivables this many days past due (a read: no decision is stored). */
  provisionReceivables: {
    daysPastDue: { type: 'integer', description: 'Days past the due date on the report date; 0 or less when not yet due.' },
  },
  /** The portfolio query's reporting settings (a read: no decision is stored). */
  reportPortfolio: {
    reportingCurrency: { type: 'string', description: 'ISO 4217 currency the portfolio is reported in.' },
  },
  /** The scorecard: one customer's dimension facts, each banded into weighted points (rules/scorecard.json). */
  scoreCustomer: {
    equityRatio: { type: 'number', description: 'Solvency: equity / total assets from the latest financial statements, e.g. 0.35 (0 when unknown).' },
    yearsInBusiness: { type: 'integer', description: 'Whole years since the customer was founded (0 when unknown).' },
    registeredCapitalMinor: { type: 'integer', description: 'Registered capital, minor units of the customer currency (0 when unknown).' },
    openLitigations: { type: 'integer', description: 'Open litigation cases against the customer, from its credit report.' },
    outlook: { type: 'string', description: 'Outlook of the credit report: POSITIVE, STABLE or NEGATIVE.' },
    monthlySalesMinor: customerProfileFacts.monthlySalesMinor,
    paymentsRecorded: { type: 'integer', description: 'Payments we have received from the customer (0: no payment history yet).' },
    onTimeShare: { type: 'number', description: 'Share of those payments received on or before the due date, e.g. 0.95 (0 when none).' },
    concentration: {
      type: 'number',
      description: "The customer's outstanding / the whole portfolio's outstanding, e.g. 0.12 (0 when nothing is outstanding).",
    },
    country: customerProfileFacts.country,
    industry: { type: 'string', description: 'Industry in lower case (e.g. "machinery"), or "" when unknown.' },
  },
  /** The summed score of the scorecard becomes a grade (rules/scorecard.json). */
  gradeCustomer: {
    score: { type: 'integer', description: 'Scorecard score 0 (worst) to 100 (best): the sum of the points of every dimension.' },
  },
  /** A customer asks for a credit limit (requestCreditLimit). */
  requestCreditLimit: creditLimitFacts(),
  /** The periodic review of an existing credit limit (reviewCreditLimits). */
  reviewCreditLimit: creditLimitFacts(),
  /** An administrator lets a partner organisation see a customer (grantPartnerAccess). */
  grantPartnerAccess: {
    organisationId: { type: 'string', description: 'The partner organisation (the org claim of its tokens).' },
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
  },
  /** An administrator ends a partner organisation's access to a customer (revokePartnerAccess). */
  revokePartnerAccess: {
    organisationId: { type: 'string', description: 'The partner organisation (the org claim of its tokens).' },
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D).' },
  },
  /** Someone acknowledges a risk alert (acknowledgeAlert). */
  acknowledgeAlert: {
    alertType: { type: 'string', description: 'The alert acknowledged, e.g. SUPPLY_SUSPENDED.' },
    severity: { type: 'string', description: 'INFO, WARNING or CRITICAL.' },
  },
  /** Who must decide a referred request, and by when (rules/credit-authority.json); asked when a referral is opened. */
  authorizeReferral: {
    referredMutation: { type: 'string', description: 'The mutation whose request was referred, e.g. issueInvoice, requestCreditLimit, writeOffInvoice.' },
    amountBaseMinor: {
      type: 'integer',
      description:
        "The request's amount converted to the base currency (EUR) at the dated exchange rate of its business date, minor units (0 when the request has no amount, e.g. an exchange rate).",
    },
    riskTier: { type: 'string', description: 'Risk tier of the customer (A-D); "" when the request is about no customer (an exchange rate).' },
    referralRule: {
      type: 'string',
      description:
        'The refer rule that referred it, as policy/rule (e.g. credit-limits/invoice-slightly-over-limit); "" when no rule covered the request (a policy gap). A request referred by several rules is decided once per rule; the strictest answer holds.',
    },
  },
  /**
   * A person approves a referral (approveReferral): with every approval the credit authority asks
   * for, the held request is decided again on today's facts and carried out unless the policy now
   * rejects it or refers it for reasons nobody has approved (rules/credit-authority.json).
   */
  resolveReferral: {
    referredMutation: { type: 'string', description: 'The mutation whose request was referred, e.g. issueInvoice.' },
    approvalsMissing: { type: 'integer', description: 'Approvals still needed after this one (four eyes: each by another person).' },
    redecidedOutcome: {
      type: 'string',
      description: 'The held request decided again on today\'s facts once every approval is in: APPROVED, REQUIRES_PREPAYMENT, REFERRED or REJECTED ("" while approvals are missing).',
    },
    newReferralReasons: {
      type: 'integer',
      description: 'Refer rules that refer the request on today\'s facts and were not reasons of the referral (0 while approvals are missing): the approvers did not see them.',
    },
  },
  /**
   * The collections cycle's look at one open referral (runCollectionCycle): is it due soon, has it
   * expired? (rules/credit-authority.json; the cycle raises REFERRAL_DUE once and expires it once.)
   */
  reviewReferral: {
    referredMutation: { type: 'string', description: 'The mutation whose request was referred, e.g. issueInvoice.' },
    daysToDue: {
      type: 'integer',
      description:
        "Days from the cycle's business date to the date (UTC) of the referral's due time: 1 the day before, 0 on the due day, negative once the due day has passed (the due time then lies before the start of the business date).",
    },
  },
  /** A risk officer has the rules folder read now (reloadPolicies); what loads is recorded in policyHistory. */
  reloadPolicies: {
    policiesServing: { type: 'integer', description: 'How many policy versions are being served before the reload.' },
  },
} as const satisfies Record<string, Record<string, FactSpec>>;

export type MutationName = keyof typeof FACT_CATALOGUE;
export const MUTATION_NAMES = Object.keys(FACT_CATALOGUE) as MutationName[];

type TsTypeOf<T extends FactType> = T extends 'integer' | 'number' ? number : T extends 'string' ? string : boolean;

/** The fact object a mutation must build, typed from the catalogue so no fact can be forgotten. */
export type FactsOf<M extends MutationName> = {
  [K in keyof (typeof FACT_CATALOGUE)[M]]: (typeof FACT_CATALOGUE)[M][K] extends { type: infer T extends FactType } ? TsTypeOf<T> : never;
};

/** What each mutation is, in words (for the policy-file JSON Schema and rules:check). */
export const MUTATION_DESCRIPTIONS: Record<MutationName, string> = {
  acknowledgeAlert: 'Someone acknowledges a risk alert (acknowledgeAlert).',
  reloadPolicies: 'A risk officer has the rules folder read and checked now instead of waiting for the file watcher (reloadPolicies).',
  grantPartnerAccess: 'A partner organisation is let see a customer (grantPartnerAccess).',
  revokePartnerAccess: "A partner organisation's access to a customer ends (revokePartnerAccess).",
  createCustomer: 'A new customer is registered: risk tier from its grade, first credit line.',
  updateCustomer: "A customer's profile, financials or grade changes (updateCustomer, updateCustomerFinancials, re-grading): its risk tier is re-assigned; a change a person must check (rules/master-data.json) is held for a referral.",
  issueInvoice: 'A new invoice on credit: payment term, prepayment or refusal.',
  recordPayment: 'A payment is received against an invoice.',
  runCollectionCycle: 'One step of the collections ladder for one open invoice (runCollectionCycle).',
  writeOffInvoice: 'What is left of an invoice is written off as bad debt (writeOffInvoice).',
  reviewSupplySuspension: 'The collections cycle reviews a customer whose supply is suspended (runCollectionCycle).',
  computeLateInterest: 'Late-payment interest terms for one period of an overdue invoice (asked by the Invoice.lateInterest field; nothing is stored).',
  requestTermExtension: 'A customer asks to move the due date of an invoice (requestTermExtension).',
  fileClaim: 'A claim to the credit insurer for unpaid invoices (fileClaim): eligible, or rejected with every reason.',
  createInsurancePolicy: 'A credit-insurance policy is recorded (createInsurancePolicy): its default terms.',
  requestInsuredLimit: 'Cover on a customer is asked for (requestInsuredLimit): an insured limit, named by the insurer or not.',
  declareOverdue: 'Overdue invoices are declared to the insurer (declareOverdue).',
  reviewInsuranceDeadlines: 'The collections cycle warns before the declaration and claim filing deadlines of an overdue insured invoice (runCollectionCycle).',
  reviewClaim: 'The insurer reviews a filed claim (reviewClaim): approved or rejected.',
  settleClaim: 'The insurer settles an approved claim (settleClaim): the payout is recorded, the rest written off.',
  recordRecovery: "A payment on a written-off invoice (recordPayment): a recovery, and after a claim payout the insurer's share of it.",
  raiseAlert: 'Which alert, at which severity, an event raises (not a GraphQL mutation yet).',
  setFxRate: 'A risk officer sets the exchange rate of a currency pair from a date (setFxRate).',
  provisionReceivables: 'The aging bucket and expected-loss rate of receivables by days past due (portfolio query; not stored).',
  reportPortfolio: 'The period for DSO and bad-debt rate and the cash-forecast horizon of the portfolio query (not stored).',
  scoreCustomer: 'The scorecard of a customer: each dimension banded into weighted points (createCustomer, updateCustomer, updateCustomerFinancials).',
  gradeCustomer: 'The scorecard total becomes a credit grade 1-10 (then the risk tier follows from the grade).',
  requestCreditLimit: 'A customer asks for a credit limit: approved, partly approved up to the caps, referred or rejected.',
  reviewCreditLimit: 'The periodic review of a credit limit (reviewCreditLimits): reduced above its cap, stepped up when earned.',
  authorizeReferral: 'Who must approve a referred request (a role level and how many approvers) and by when (business days); asked when the referral is opened.',
  reviewReferral: 'The collections cycle looks at an open referral (runCollectionCycle): a warning before it is due, expiry (the held request let go as declined) once its due day has passed.',
  resolveReferral: 'A person approves a referral (approveReferral): the held request is carried out once every approval is in, unless today\'s facts say otherwise.',
};

/** The type of a fact by name. A name means the same thing, with the same type, in every mutation that has it. */
export function factType(mutation: MutationName, fact: string): FactType | undefined {
  return (FACT_CATALOGUE[mutation] as Record<string, FactSpec>)[fact]?.type;
}
