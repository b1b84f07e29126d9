import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number sent as a string, e.g. "1250.00". Money amounts use it with a separate ISO 4217 currency; it never loses precision to floating point. */
  Decimal: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** Open receivables in one aging bucket of the provision matrix (rules/provisions.json). */
export type AgingBucket = {
  __typename?: 'AgingBucket';
  /** Outstanding, in the reporting currency. */
  amount: Scalars['Decimal']['output'];
  /** Bucket name from the policy, e.g. CURRENT, DAYS_1_30. */
  bucket: Scalars['String']['output'];
  /** amount x lossRatePercent, rounded half-up to the minor unit. */
  expectedCreditLoss: Scalars['Decimal']['output'];
  /** Share of the expected loss the credit insurer would pay: Σ insured outstanding × the indemnity percentage of the invoice's insurance policy (with or without a named limit) × lossRatePercent, rounded half-up once to the minor unit; at most expectedCreditLoss. */
  insuredShare: Scalars['Decimal']['output'];
  invoiceCount: Scalars['Int']['output'];
  /** Expected loss, percent of the outstanding amount (policy data). */
  lossRatePercent: Scalars['Decimal']['output'];
};

/** INFO < WARNING < CRITICAL. */
export type AlertSeverity =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

export type ApproveReferralPayload = {
  __typename?: 'ApproveReferralPayload';
  /** True when the held request was carried out with the approval. False while approvals are missing, and when nothing carries out this kind of request yet: it is then APPROVED but unchanged, and must be made again by hand. */
  applied: Scalars['Boolean']['output'];
  /** Approvals still needed from other people (0: the referral is APPROVED). */
  approvalsMissing: Scalars['Int']['output'];
  referral: Referral;
};

export type BacktestOutcomeChange = {
  __typename?: 'BacktestOutcomeChange';
  count: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  mutation: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** What a draft policy would have changed in stored decisions. */
export type BacktestReportView = {
  __typename?: 'BacktestReportView';
  changed: Scalars['Int']['output'];
  /** Change in credit granted (first lines, invoices allowed on credit), in minor units of the decisions’ currencies, as an integer string. */
  creditGrantedDeltaMinor: Scalars['String']['output'];
  decisions: Scalars['Int']['output'];
  /** Invoices that would get a different payment term. */
  invoicesWithNewTerm: Scalars['Int']['output'];
  outcomeChanges: Array<BacktestOutcomeChange>;
  ruleChanges: Array<BacktestRuleChange>;
  /** Ids of some changed decisions, to open with decision(id). */
  sampleChangedDecisionIds: Array<Scalars['String']['output']>;
  /** Sum of (new term − old term) × invoice amount, in minor-unit days, as an integer string. */
  termDayAmountDelta: Scalars['String']['output'];
  tiers: Array<BacktestTier>;
};

/** How often a rule fired among the decisions that change, before and under the draft. */
export type BacktestRuleChange = {
  __typename?: 'BacktestRuleChange';
  /** The event with its params, e.g. { "type": "set-payment-term", "params": { "days": 30 } }. */
  event: Scalars['JSONObject']['output'];
  firedAfter: Scalars['Int']['output'];
  firedBefore: Scalars['Int']['output'];
  policy: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

export type BacktestTier = {
  __typename?: 'BacktestTier';
  changed: Scalars['Int']['output'];
  decisions: Scalars['Int']['output'];
  riskTier: Scalars['String']['output'];
};

/** A request to the credit insurer to be indemnified for an unpaid receivable. */
export type Claim = {
  __typename?: 'Claim';
  /** Insured loss claimed. */
  amount: Scalars['Decimal']['output'];
  cause: ClaimCause;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  customer: Customer;
  filedOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Insured loss × indemnity percentage, rounded down to the minor unit; 0 when refused. */
  indemnity: Scalars['Decimal']['output'];
  /** Indemnity percentage of the insurance policy applied to the insured loss (with or without a named limit). */
  indemnityPercent: Scalars['Float']['output'];
  insurancePolicy?: Maybe<InsurancePolicy>;
  invoice?: Maybe<Invoice>;
  /** The invoices claimed for, with their insured loss. */
  lines: Array<ClaimLine>;
  note?: Maybe<Scalars['String']['output']>;
  /** The insurer's share of the recoveries (rules/claims.json), at most the payout: to be passed on to the insurer. */
  owedToInsurer: Scalars['Decimal']['output'];
  /** Paid out by the insurer (settleClaim). */
  paid: Scalars['Decimal']['output'];
  paidOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Recovered from the buyer on the claimed invoices after the payout. */
  recovered: Scalars['Decimal']['output'];
  /** Every reason the claims policy refused the claim (empty when eligible). */
  refusalReasons: Array<Scalars['String']['output']>;
  /** The insurer's note on its review. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewedOn?: Maybe<Scalars['LocalDate']['output']>;
  status: ClaimStatus;
  version: Scalars['Int']['output'];
  /** The unrecovered remainder of the claimed invoices, written off at settlement. */
  writtenOff: Scalars['Decimal']['output'];
};

export type ClaimCause =
  | 'INSOLVENCY'
  | 'POLITICAL'
  | 'PROTRACTED_DEFAULT';

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  cause?: InputMaybe<ClaimCause>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ClaimStatus>;
};

/** An invoice claimed for, with its insured loss. */
export type ClaimLine = {
  __typename?: 'ClaimLine';
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Insured outstanding of the invoice on the filing date. */
  insuredLoss: Scalars['Decimal']['output'];
  invoice: Invoice;
};

export type ClaimPayload = {
  __typename?: 'ClaimPayload';
  claim: Claim;
  decision: Decision;
  /** The invoices of the claim after the change. */
  invoices: Array<Invoice>;
};

export type ClaimStatus =
  | 'APPROVED'
  | 'FILED'
  | 'PAID'
  | 'REJECTED'
  | 'UNDER_REVIEW';

export type ClaimVerdict =
  | 'APPROVE'
  | 'REJECT';

/** What one run of the collections cycle did. */
export type CollectionCycleResultView = {
  __typename?: 'CollectionCycleResultView';
  asOf: Scalars['LocalDate']['output'];
  /** Alerts raised because a country grade dropped (rules/country-risk/country-grades.json): one per customer in the country, once per drop. */
  countryGradeAlerts: Scalars['Int']['output'];
  /** Open invoices looked at. */
  examined: Scalars['Int']['output'];
  /** Warnings raised because an insurance deadline (declaration, claim filing) of an overdue insured invoice comes near. */
  insuranceWarnings: Scalars['Int']['output'];
  /** Open referrals due soon (rules/credit-authority.json, reviewReferral): one REFERRAL_DUE alert each, once per referral. */
  referralsDue: Scalars['Int']['output'];
  /** Open referrals nobody decided by their due time: EXPIRED, the held request let go as declined (a held invoice CANCELLED), with a REFERRAL_EXPIRED alert. */
  referralsExpired: Scalars['Int']['output'];
  /** Customers whose supply was restored because nothing is overdue any more. */
  restorations: Scalars['Int']['output'];
  /** Customers whose supply was suspended. */
  suspensions: Scalars['Int']['output'];
  /** Invoices moved to a later collection stage (each with a decision and an alert). */
  transitions: Scalars['Int']['output'];
};

export type CollectionStage =
  | 'FORMAL_DEMAND'
  | 'LEGAL'
  | 'NONE'
  | 'PHONE_FOLLOW_UP'
  | 'REMINDER';

/** A new buyer, with the figures of its third-party credit report. */
export type CreateCustomerInput = {
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country: Scalars['String']['input'];
  /** ISO 4217, e.g. EUR. */
  currency: Scalars['String']['input'];
  /** Figures from the credit report; the scorecard grades the customer from them and our own records. */
  financials: CustomerFinancialsInput;
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Language for letters (en, zh, de, fr, es); en when omitted. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Monthly sales volume with us, in the customer currency. */
  monthlySales: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  registrationNumber: Scalars['String']['input'];
  /** When the relationship started; today when omitted. */
  relationshipStart?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type CreateCustomerPayload = {
  __typename?: 'CreateCustomerPayload';
  customer: Customer;
  /** The createCustomer decision: risk tier of the grade and first credit line (gradeHistory links the score and grade decisions). */
  decision: Decision;
};

/** A credit-insurance policy to record. Terms left out take the defaults of rules/claims.json. */
export type CreateInsurancePolicyInput = {
  claimFilingDeadlineDays?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 3166-1 alpha-2 home country of the insured seller (buyers elsewhere are cross-border). */
  country: Scalars['String']['input'];
  coveredRisks: Array<InsuredRisk>;
  declarationDeadlineDays?: InputMaybe<Scalars['Int']['input']>;
  indemnityPercentWithNamedLimit?: InputMaybe<Scalars['Float']['input']>;
  indemnityPercentWithoutNamedLimit?: InputMaybe<Scalars['Float']['input']>;
  insurer: Scalars['String']['input'];
  maxCreditTermDays?: InputMaybe<Scalars['Int']['input']>;
  maxExtensionDays?: InputMaybe<Scalars['Int']['input']>;
  /** Policy number; unique. */
  number: Scalars['String']['input'];
  /** Last day of cover (included). */
  periodEnd: Scalars['LocalDate']['input'];
  periodStart: Scalars['LocalDate']['input'];
  premiumRatePercent?: InputMaybe<Scalars['Float']['input']>;
  protractedDefaultWaitingDays?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateInsurancePolicyPayload = {
  __typename?: 'CreateInsurancePolicyPayload';
  decision: Decision;
  insurancePolicy: InsurancePolicy;
};

export type CreditLimitOutcome =
  | 'APPROVED'
  | 'PARTIAL'
  | 'REFERRED'
  | 'REJECTED';

/** What one periodic review of every credit limit did. */
export type CreditLimitReviewResult = {
  __typename?: 'CreditLimitReviewResult';
  asOf: Scalars['LocalDate']['output'];
  /** Limits looked at. */
  examined: Scalars['Int']['output'];
  /** Limits reduced to their cap (REDUCED in the history). */
  reduced: Scalars['Int']['output'];
  /** Limits stepped up for a record of on-time payment. */
  steppedUp: Scalars['Int']['output'];
};

/** Outlook of the credit report. */
export type CreditOutlook =
  | 'NEGATIVE'
  | 'POSITIVE'
  | 'STABLE';

/** An amount in a currency of its own. */
export type CurrencyAmount = {
  __typename?: 'CurrencyAmount';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
};

/** A buyer who receives goods on credit. */
export type Customer = {
  __typename?: 'Customer';
  /** Insurance claims, newest first. */
  claims: ClaimConnection;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code of the customer account; exposure and invoices are in it. */
  currency: Scalars['String']['output'];
  exposure: Exposure;
  financials: CustomerFinancials;
  /** Insurer convention: 1 = exceptional, 5 = average, 10 = high risk of failure; from the score (rules/scorecard.json). */
  grade: Scalars['Int']['output'];
  /** Every grading of the customer by the scorecard, newest first. */
  gradeHistory: GradeChangeConnection;
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  /** Invoices, newest first. */
  invoices: InvoiceConnection;
  /** Preferred language for letters (BCP 47, e.g. en, de, zh). */
  language: Scalars['String']['output'];
  /** Monthly sales volume with us, in the customer currency. */
  monthlySales: Scalars['Decimal']['output'];
  name: Scalars['String']['output'];
  /** The customer's referrals, soonest due first. */
  referrals: ReferralConnection;
  /** Company registration number; unique. */
  registrationNumber: Scalars['String']['output'];
  /** When the trading relationship started. */
  relationshipStart: Scalars['LocalDate']['output'];
  riskTier: RiskTier;
  /** Scorecard score 0 (worst) to 100 (best): the weighted dimensions of rules/scorecard.json. */
  score: Scalars['Int']['output'];
  status: CustomerStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version: send it back with updateCustomer. */
  version: Scalars['Int']['output'];
};


/** A buyer who receives goods on credit. */
export type CustomerClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A buyer who receives goods on credit. */
export type CustomerGradeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A buyer who receives goods on credit. */
export type CustomerInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};


/** A buyer who receives goods on credit. */
export type CustomerReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<ReferralState>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, case-insensitive. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  riskTiers?: InputMaybe<Array<RiskTier>>;
  status?: InputMaybe<CustomerStatus>;
};

/** The customer's financial data from its credit report: what the scorecard reads besides our own records. */
export type CustomerFinancials = {
  __typename?: 'CustomerFinancials';
  /** Equity / total assets, e.g. 0.35. */
  equityRatio: Scalars['Float']['output'];
  /** When the company was founded; null when unknown. */
  foundedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Open litigation cases against the customer. */
  openLitigations: Scalars['Int']['output'];
  outlook: CreditOutlook;
  /** Registered capital, in the customer currency. */
  registeredCapital: Scalars['Decimal']['output'];
};

/** Figures from the customer's credit report; the scorecard (rules/scorecard.json) grades them. */
export type CustomerFinancialsInput = {
  /** Equity / total assets, e.g. 0.35 (negative for negative equity). */
  equityRatio: Scalars['Float']['input'];
  /** When the company was founded; omit when unknown (scores as a new company). */
  foundedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Open litigation cases against the customer. */
  openLitigations: Scalars['Int']['input'];
  outlook: CreditOutlook;
  /** Registered capital, in the customer currency. */
  registeredCapital: Scalars['Decimal']['input'];
};

/** GRADE_DESC lists the riskiest customers first. */
export type CustomerOrder =
  | 'CREATED_AT_DESC'
  | 'GRADE_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

export type CustomerStatus =
  | 'ACTIVE'
  | 'SUPPLY_SUSPENDED';

/** A policy decision taken for a mutation, with its reasons. */
export type Decision = {
  __typename?: 'Decision';
  /** Who caused the decision: a token subject, api-key:<key id>, or system:<process>. Staff only. */
  actorId?: Maybe<Scalars['String']['output']>;
  /** The business date the policy was evaluated for. */
  businessDate: Scalars['LocalDate']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  explanation: Scalars['String']['output'];
  /** The facts the rules saw. Money facts are integer minor units. */
  facts: Scalars['JSONObject']['output'];
  /** Rules evaluated that did not fire. */
  failedRules: Array<FailedRuleView>;
  firedRules: Array<FiredRuleView>;
  id: Scalars['ID']['output'];
  /** The mutation that asked for the decision, e.g. issueInvoice. */
  mutation: Scalars['String']['output'];
  outcome: DecisionOutcome;
  policyVersions: Array<PolicyVersionView>;
  /** The referral holding the request this REFERRED decision was about, for a person to decide (approveReferral); null for other decisions. */
  referral?: Maybe<Referral>;
  /** Re-evaluates the stored facts under the stored policy versions; must match. */
  replay: DecisionReplay;
  /** Type and id of the object the decision was about. */
  subject?: Maybe<Scalars['String']['output']>;
};

export type DecisionOutcome =
  | 'APPROVED'
  | 'REFERRED'
  | 'REJECTED'
  | 'REQUIRES_PREPAYMENT';

/** What the policy decides for given facts, computed without writing anything. */
export type DecisionPreview = {
  __typename?: 'DecisionPreview';
  explanation: Scalars['String']['output'];
  failedRules: Array<FailedRuleView>;
  firedRules: Array<FiredRuleView>;
  outcome: DecisionOutcome;
  policyVersions: Array<PolicyVersionView>;
};

/** A stored decision re-evaluated from its stored facts under its stored policy versions. */
export type DecisionReplay = {
  __typename?: 'DecisionReplay';
  explanation: Scalars['String']['output'];
  failedRules: Array<FailedRuleView>;
  firedRules: Array<FiredRuleView>;
  /** True when the replay gives the stored outcome and fires the same rules. */
  matches: Scalars['Boolean']['output'];
  outcome: DecisionOutcome;
  policyVersions: Array<PolicyVersionView>;
};

export type DeclareOverdueInput = {
  invoiceIds: Array<Scalars['ID']['input']>;
};

export type DeclareOverduePayload = {
  __typename?: 'DeclareOverduePayload';
  decision: Decision;
  invoices: Array<Invoice>;
};

/** A dunning letter of a collection stage, rendered from rules/letters/ in one language. */
export type DunningLetter = {
  __typename?: 'DunningLetter';
  /** The letter date: days overdue, late interest and the pay-by date are as of this day. */
  asOf: Scalars['LocalDate']['output'];
  /** Plain text, lines separated by \n. */
  body: Scalars['String']['output'];
  /** The language it is written in, e.g. de. */
  language: Scalars['String']['output'];
  stage: CollectionStage;
  subject: Scalars['String']['output'];
};

/** What we stand to lose on a customer, in its account currency. */
export type Exposure = {
  __typename?: 'Exposure';
  /** Credit limit minus outstanding; negative when over the limit. */
  available: Scalars['Decimal']['output'];
  /** Approved credit limit. */
  creditLimit: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  /** Invoices held for a referral (status ON_HOLD): not outstanding yet, but what releasing them would add (Customer.referrals). Staff only. */
  held: Scalars['Decimal']['output'];
  /** Insured part of the outstanding: Σ min(outstanding, insured at issue) over open invoices (credit insurance). */
  insured: Scalars['Decimal']['output'];
  /** Decisions on the credit limit, newest first. */
  limitHistory: LimitDecisionConnection;
  /** Outstanding on the customer's open invoices. */
  outstanding: Scalars['Decimal']['output'];
  /** Outstanding minus insured: what we lose if the customer pays nothing. */
  uninsured: Scalars['Decimal']['output'];
  /** Outstanding ÷ credit limit as a ratio (0.85 = 85%), rounded to 4 decimals; null when there is no limit. */
  utilization?: Maybe<Scalars['Float']['output']>;
};


/** What we stand to lose on a customer, in its account currency. */
export type ExposureLimitHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A policy rule that was evaluated for a decision and did not fire. */
export type FailedRuleView = {
  __typename?: 'FailedRuleView';
  description: Scalars['String']['output'];
  policy: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

/** A claim to the credit insurer for unpaid invoices of one customer. */
export type FileClaimInput = {
  cause: ClaimCause;
  /** Send the same key when retrying this request: it is done once, and a retry gets the first answer. Also accepted as the Idempotency-Key HTTP header. 1-255 printable characters. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  invoiceIds: Array<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The claims policy’s answer: an eligible claim is FILED with its indemnity; a refused one is kept REJECTED with every reason. */
export type FileClaimPayload = {
  __typename?: 'FileClaimPayload';
  claim: Claim;
  decision: Decision;
  /** True when the claim is eligible and filed with the insurer. */
  eligible: Scalars['Boolean']['output'];
  outcome: DecisionOutcome;
  /** Every reason of refusal, each naming its policy and rule (empty when eligible). */
  reasons: Array<Scalars['String']['output']>;
};

/** A policy rule that fired for a decision. */
export type FiredRuleView = {
  __typename?: 'FiredRuleView';
  /** The conditions that held, e.g. "riskTier = B". */
  because: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Event type the rule raised, e.g. set-payment-term. */
  event: Scalars['String']['output'];
  /** The event params, e.g. { "days": 30 }. */
  params: Scalars['JSONObject']['output'];
  /** Policy name, e.g. payment-terms. */
  policy: Scalars['String']['output'];
  /** Rule name within the policy. */
  rule: Scalars['String']['output'];
};

/** Expected collections of one week of the cash forecast. */
export type ForecastWeek = {
  __typename?: 'ForecastWeek';
  /** Outstanding expected in the week, in the reporting currency. */
  amount: Scalars['Decimal']['output'];
  from: Scalars['LocalDate']['output'];
  invoiceCount: Scalars['Int']['output'];
  /** Last day of the week (inclusive). */
  to: Scalars['LocalDate']['output'];
  /** 1 for the week starting on asOf. */
  week: Scalars['Int']['output'];
};

/** An exchange rate: units of `to` for one unit of `from`, in force from effectiveDate until the next rate of the pair. */
export type FxRate = {
  __typename?: 'FxRate';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The policy decision (rules/fx-rates.json) that accepted the rate. */
  decisionId?: Maybe<Scalars['ID']['output']>;
  effectiveDate: Scalars['LocalDate']['output'];
  /** ISO 4217 currency converted from. */
  from: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Units of `to` for one unit of `from`, exact (at most 10 decimals). */
  rate: Scalars['Decimal']['output'];
  /** The actor who set (or last corrected) the rate. */
  setBy: Scalars['String']['output'];
  /** ISO 4217 currency converted into. */
  to: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** An exchange rate the portfolio used. */
export type FxRateUsed = {
  __typename?: 'FxRateUsed';
  effectiveDate: Scalars['LocalDate']['output'];
  from: Scalars['String']['output'];
  inverted: Scalars['Boolean']['output'];
  /** The stored rate; when inverted it is the rate of to -> from and amounts are divided by it. */
  rate: Scalars['Decimal']['output'];
  to: Scalars['String']['output'];
};

/** One (re-)grading of a customer by the scorecard: score, grade, tier and why. */
export type GradeChange = {
  __typename?: 'GradeChange';
  /** Business date of the grading. */
  asOf: Scalars['LocalDate']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The decision that assigned the risk tier (createCustomer or updateCustomer). */
  decisionId: Scalars['ID']['output'];
  grade: Scalars['Int']['output'];
  /** The gradeCustomer decision: score to grade. */
  gradeDecisionId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The points of each dimension, as the scorecard gave them. */
  points: Array<ScorePoints>;
  /** Grade before this grading; null for the first one. */
  previousGrade?: Maybe<Scalars['Int']['output']>;
  previousRiskTier?: Maybe<RiskTier>;
  /** Why the customer was graded, e.g. "onboarding" or "financials updated". */
  reason: Scalars['String']['output'];
  riskTier: RiskTier;
  score: Scalars['Int']['output'];
  /** The scoreCustomer decision: the points of each dimension. */
  scoreDecisionId: Scalars['ID']['output'];
  /** 1 for the first grading of the customer, then 2, 3, ... */
  sequence: Scalars['Int']['output'];
};

export type GradeChangeConnection = {
  __typename?: 'GradeChangeConnection';
  edges: Array<GradeChangeEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type GradeChangeEdge = {
  __typename?: 'GradeChangeEdge';
  cursor: Scalars['String']['output'];
  node: GradeChange;
};

/** Cover on a customer under an insurance policy: its insured limit. */
export type InsuranceCover = {
  __typename?: 'InsuranceCover';
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Insured limit: the most insured outstanding at any time. */
  limit: Scalars['Decimal']['output'];
  /** True: a limit the insurer named (the higher indemnity); false: cover without a named limit. */
  named: Scalars['Boolean']['output'];
  policy: InsurancePolicy;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

/** A credit-insurance policy: insurer, period, covered risks and terms. */
export type InsurancePolicy = {
  __typename?: 'InsurancePolicy';
  /** A claim must be filed within this many days of the due date. */
  claimFilingDeadlineDays: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 home country: a buyer elsewhere is cross-border (political risk). */
  country: Scalars['String']['output'];
  coveredRisks: Array<InsuredRisk>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** An overdue invoice must be declared within this many days of its due date. */
  declarationDeadlineDays: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Indemnity for a buyer with a named limit, percent of the insured loss. */
  indemnityPercentWithNamedLimit: Scalars['Float']['output'];
  /** Indemnity for a buyer covered without a named limit, percent of the insured loss. */
  indemnityPercentWithoutNamedLimit: Scalars['Float']['output'];
  insurer: Scalars['String']['output'];
  /** Longest payment term insured; an invoice with a longer one is uninsured at issue. */
  maxCreditTermDays: Scalars['Int']['output'];
  /** Longest due-date extension (past the original due date) the cover follows. */
  maxExtensionDays: Scalars['Int']['output'];
  /** Policy number; unique. */
  number: Scalars['String']['output'];
  /** Last day of cover (included). */
  periodEnd: Scalars['LocalDate']['output'];
  periodStart: Scalars['LocalDate']['output'];
  /** Premium, percent of the insured turnover. */
  premiumRatePercent: Scalars['Float']['output'];
  /** Days after the due date before non-payment is presumed a protracted default. */
  protractedDefaultWaitingDays: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type InsurancePolicyConnection = {
  __typename?: 'InsurancePolicyConnection';
  edges: Array<InsurancePolicyEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type InsurancePolicyEdge = {
  __typename?: 'InsurancePolicyEdge';
  cursor: Scalars['String']['output'];
  node: InsurancePolicy;
};

export type InsuredRisk =
  | 'EXTENDED_TERMS'
  | 'INSOLVENCY'
  | 'POLITICAL'
  | 'PROTRACTED_DEFAULT';

/** A receivable: goods delivered on credit, to be paid by the due date. */
export type Invoice = {
  __typename?: 'Invoice';
  amount: Scalars['Decimal']['output'];
  collectionStage: CollectionStage;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  customer: Customer;
  /** Days past the due date on asOf (today when omitted); 0 when paid or not yet due. */
  daysPastDue: Scalars['Int']['output'];
  dueDate: Scalars['LocalDate']['output'];
  /** The letter of a collection stage (rules/letters/), in the customer's language unless one is given; figures as of asOf (today when omitted). */
  dunningLetter: DunningLetter;
  /** Days the due date was moved by term extensions, in all. */
  extendedDays: Scalars['Int']['output'];
  /** Term extensions, granted, pending and declined (status), oldest first. */
  extensions: Array<TermExtension>;
  id: Scalars['ID']['output'];
  /** Credit insurance of the invoice: insured at issue, deadlines, declaration. */
  insurance: InvoiceInsurance;
  issueDate: Scalars['LocalDate']['output'];
  /** The collections ladder counts overdue days from this date: a partial payment after the due date re-anchors it (rules/collections.json). Null: from the due date. */
  ladderAnchorDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Late-payment interest up to asOf (today when omitted), recomputed on what was unpaid after each payment; zeros until the day after the due date. */
  lateInterest: LateInterest;
  /** Invoice number; unique, whatever its letter case (INV-7 and inv-7 are one number). */
  number: Scalars['String']['output'];
  /** The due date before any term extension (dueDate when none). */
  originalDueDate: Scalars['LocalDate']['output'];
  outstanding: Scalars['Decimal']['output'];
  /** Payments received, oldest first. */
  payments: Array<Payment>;
  /** Recovered after the write-off (payments on the WRITTEN_OFF invoice), the insurer's share included. */
  recovered: Scalars['Decimal']['output'];
  /** The invoice's referral: the OPEN one, else the latest; null when it was never referred. */
  referral?: Maybe<Referral>;
  status: InvoiceStatus;
  /** Payment term granted by the policy (0 = prepayment). */
  termDays: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  /** Why it was written off, as the risk officer said. */
  writeOffReason?: Maybe<Scalars['String']['output']>;
  /** Written off as bad debt; 0 unless the status is WRITTEN_OFF. */
  writtenOff: Scalars['Decimal']['output'];
  /** Business date of the write-off (the bad-debt figure of its period). */
  writtenOffOn?: Maybe<Scalars['LocalDate']['output']>;
};


/** A receivable: goods delivered on credit, to be paid by the due date. */
export type InvoiceDaysPastDueArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** A receivable: goods delivered on credit, to be paid by the due date. */
export type InvoiceDunningLetterArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  stage: CollectionStage;
};


/** A receivable: goods delivered on credit, to be paid by the due date. */
export type InvoiceLateInterestArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type InvoiceFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only invoices still unpaid after their due date on this day. */
  overdueAsOf?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};

/** Credit insurance of one invoice. */
export type InvoiceInsurance = {
  __typename?: 'InvoiceInsurance';
  /** Due date + the policy’s claim filing deadline: file a claim by then. */
  claimFilingDeadline?: Maybe<Scalars['LocalDate']['output']>;
  /** Due date + the policy’s declaration deadline: declare the overdue by then. */
  declarationDeadline?: Maybe<Scalars['LocalDate']['output']>;
  /** When the overdue was declared to the insurer. */
  declaredOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Insured at issue. */
  insured: Scalars['Decimal']['output'];
  policy?: Maybe<InsurancePolicy>;
  /** Not insured at issue (beyond the insured limit or the maximum credit term, or no cover). */
  uninsured: Scalars['Decimal']['output'];
  /** Why (part of) the invoice is not insured. */
  uninsuredReason?: Maybe<Scalars['String']['output']>;
};

export type InvoiceStatus =
  /** Held, then declined, withdrawn or expired: never issued. */
  | 'CANCELLED'
  | 'DISPUTED'
  /** Referred by the credit policy and held for a person with the credit authority (Invoice.referral): counted as held exposure, not outstanding, not dunned. */
  | 'ON_HOLD'
  | 'OPEN'
  | 'OVERDUE'
  | 'PAID'
  | 'PARTLY_PAID'
  | 'WRITTEN_OFF';

/** A new invoice. Its payment term comes from the policy, never from the caller. */
export type IssueInvoiceInput = {
  /** Positive amount, e.g. "1250.00". */
  amount: Scalars['Decimal']['input'];
  /** ISO 4217; must be the customer's account currency. */
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  /** Send the same key when retrying this request: it is done once, and a retry gets the first answer. Also accepted as the Idempotency-Key HTTP header. 1-255 printable characters. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Today (the business date) when omitted. */
  issueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Your invoice number; unique. */
  number: Scalars['String']['input'];
};

export type IssueInvoicePayload = {
  __typename?: 'IssueInvoicePayload';
  /** The policy decision: payment term and limit check. */
  decision: Decision;
  invoice: Invoice;
};

/** Late-payment interest on a date (rules/late-interest.json, reference rate from rules/reference-rates/): piecewise, on what was unpaid, from the day after the due date. */
export type LateInterest = {
  __typename?: 'LateInterest';
  /** Percent per year of the latest period ("10.15" = 10.15%); 0 when nothing accrued. */
  annualRate: Scalars['Decimal']['output'];
  asOf: Scalars['LocalDate']['output'];
  /** Currency of every amount below but unconvertedCompensation. */
  currency: Scalars['String']['output'];
  /** Days on which interest ran up to asOf: days late, up to the day of full payment. */
  days: Scalars['Int']['output'];
  /** Fixed recovery compensation, once per late invoice, when the policy states it in the invoice currency (else 0: see unconvertedCompensation). */
  fixedCompensation: Scalars['Decimal']['output'];
  /** Sum of the periods' interest. */
  interest: Scalars['Decimal']['output'];
  /** How the interest was computed, oldest period first. */
  periods: Array<LateInterestPeriod>;
  /** Outstanding on asOf (0 when paid or written off). */
  principal: Scalars['Decimal']['output'];
  /** interest + fixedCompensation. */
  total: Scalars['Decimal']['output'];
  /** The fixed compensation when the policy states it in another currency than the invoice: owed, but not in total (no exchange rates yet). */
  unconvertedCompensation?: Maybe<CurrencyAmount>;
};

/** One stretch of lateness with the same unpaid amount and the same rate. */
export type LateInterestPeriod = {
  __typename?: 'LateInterestPeriod';
  /** Percent per year: reference rate + margin, e.g. "10.15". */
  annualRate: Scalars['Decimal']['output'];
  days: Scalars['Int']['output'];
  /** First day accrued. */
  from: Scalars['LocalDate']['output'];
  /** principal x annualRate x days / day-count basis, rounded half-up to the minor unit. */
  interest: Scalars['Decimal']['output'];
  /** Unpaid during the period: what the interest runs on. */
  principal: Scalars['Decimal']['output'];
  /** Last day accrued (a payment on this day still counted as unpaid on it). */
  to: Scalars['LocalDate']['output'];
};

/** One decision in the history of a credit limit. */
export type LimitDecision = {
  __typename?: 'LimitDecision';
  currency: Scalars['String']['output'];
  decidedAt: Scalars['DateTimeISO']['output'];
  /** The policy decision behind this entry; decision(id) explains it. */
  decisionId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: LimitDecisionKind;
  newLimit: Scalars['Decimal']['output'];
  previousLimit: Scalars['Decimal']['output'];
  reason: Scalars['String']['output'];
  requested?: Maybe<Scalars['Decimal']['output']>;
  /** 1 for the first decision on this limit, then 2, 3, ... */
  sequence: Scalars['Int']['output'];
};

export type LimitDecisionConnection = {
  __typename?: 'LimitDecisionConnection';
  edges: Array<LimitDecisionEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type LimitDecisionEdge = {
  __typename?: 'LimitDecisionEdge';
  cursor: Scalars['String']['output'];
  node: LimitDecision;
};

export type LimitDecisionKind =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PARTLY_APPROVED'
  | 'REDUCED'
  | 'REFERRED'
  | 'REJECTED'
  | 'REQUESTED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks an alert as seen and acted on (who and when are kept). */
  acknowledgeAlert: RiskAlert;
  /** Approves a referral: FORBIDDEN for the requester (four eyes) and for a role below the required level, CONFLICT when you approved it already or it is not OPEN. With the approvals rules/credit-authority.json asks for it is APPROVED (MODIFIED when the last approval lowers the request with `modify`: BAD_USER_INPUT naming the field unless lower than asked and of this kind of request). */
  approveReferral: ApproveReferralPayload;
  /** Onboards a buyer: the scorecard grades it from its credit report, the policy assigns its risk tier and first credit line. */
  createCustomer: CreateCustomerPayload;
  /** Records a credit-insurance policy; terms left out take the defaults of rules/claims.json. */
  createInsurancePolicy: CreateInsurancePolicyPayload;
  /** Declares overdue insured invoices to the insurer (rules/claims.json); a late declaration is recorded, and a claim on it refused. */
  declareOverdue: DeclareOverduePayload;
  /** Declines a referral with a reason, by someone who could approve it (never the requester: withdraw instead). CONFLICT when it is not OPEN. */
  declineReferral: ReferralPayload;
  /** Files a claim with the credit insurer (rules/claims.json): an eligible claim is FILED with its indemnity; a refused one is kept REJECTED with every reason. */
  fileClaim: FileClaimPayload;
  /** Lets a partner organisation see a customer's risk alerts. */
  grantPartnerAccess: Scalars['Boolean']['output'];
  /** Issues an invoice on credit. The policy sets the payment term and may refuse it (POLICY_REJECTED). */
  issueInvoice: IssueInvoicePayload;
  /** Records money received against an invoice (partial or full). */
  recordPayment: RecordPaymentPayload;
  /** Reads and checks the rules folder now (the file watcher does it on every change anyway); policyHistory records you as reloadedBy. */
  reloadPolicies: ReloadPoliciesPayload;
  /** Asks for a credit limit: APPROVED, PARTIAL (the cap of rules/credit-limits.json is granted), REFERRED or REJECTED. Every answer is kept in the limit history. */
  requestCreditLimit: RequestCreditLimitPayload;
  /** Asks for cover on a customer (rules/insurance-cover.json): APPROVED, PARTIAL (the cap), REFERRED or REJECTED; the cap says whether the insurer names the limit. */
  requestInsuredLimit: RequestInsuredLimitPayload;
  /** A customer asks to move the due date (rules/term-extensions.json): liquidity is granted against a guarantee; other reasons are referred: held as a PENDING extension, the due date unmoved, until its referral (decision.referral) is approved; never past the maximum extension period. */
  requestTermExtension: RequestTermExtensionPayload;
  /** The insurer approves or rejects a filed claim. */
  reviewClaim: ClaimPayload;
  /** The periodic review of every credit limit: reduced above its cap, stepped up when on-time payments earned it. Running it again for the same date changes nothing. */
  reviewCreditLimits: CreditLimitReviewResult;
  /** Ends it: from the next alert on, the partner sees nothing more of the customer. */
  revokePartnerAccess: Scalars['Boolean']['output'];
  /** Moves every open invoice along the collections ladder (rules/collections.json) as of a business date. Running it again for the same date changes nothing. */
  runCollectionCycle: CollectionCycleResultView;
  /** Sets the exchange rate of a pair from a date on; rules/fx-rates.json refers a large move against the previous rate: the rate is then held by a referral (fxRate null) and stored once another person approves it. */
  setFxRate: SetFxRatePayload;
  /** The insurer pays an approved claim (at most its indemnity); the unrecovered remainder of its invoices is written off. */
  settleClaim: ClaimPayload;
  /** Changes a customer; a change of country, industry or monthly sales re-grades it. */
  updateCustomer: UpdateCustomerPayload;
  /** Stores new figures from the customer's credit report and re-grades it; a downgrade raises a GRADE_DOWNGRADE alert. */
  updateCustomerFinancials: UpdateCustomerPayload;
  /** The requester takes a referred request back (FORBIDDEN for anyone else; CONFLICT when it is not OPEN). */
  withdrawReferral: ReferralPayload;
  /** Writes off what is left of an invoice as bad debt; rules/write-offs.json may refer it. */
  writeOffInvoice: WriteOffInvoicePayload;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  modify?: InputMaybe<ReferralModificationInput>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateInsurancePolicyArgs = {
  input: CreateInsurancePolicyInput;
};


export type MutationDeclareOverdueArgs = {
  input: DeclareOverdueInput;
};


export type MutationDeclineReferralArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationFileClaimArgs = {
  input: FileClaimInput;
};


export type MutationGrantPartnerAccessArgs = {
  input: PartnerAccessInput;
};


export type MutationIssueInvoiceArgs = {
  input: IssueInvoiceInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRequestCreditLimitArgs = {
  input: RequestCreditLimitInput;
};


export type MutationRequestInsuredLimitArgs = {
  input: RequestInsuredLimitInput;
};


export type MutationRequestTermExtensionArgs = {
  input: RequestTermExtensionInput;
};


export type MutationReviewClaimArgs = {
  input: ReviewClaimInput;
};


export type MutationReviewCreditLimitsArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationRevokePartnerAccessArgs = {
  input: PartnerAccessInput;
};


export type MutationRunCollectionCycleArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationSetFxRateArgs = {
  input: SetFxRateInput;
};


export type MutationSettleClaimArgs = {
  input: SettleClaimInput;
};


export type MutationUpdateCustomerArgs = {
  input: UpdateCustomerInput;
};


export type MutationUpdateCustomerFinancialsArgs = {
  input: UpdateCustomerFinancialsInput;
};


export type MutationWithdrawReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWriteOffInvoiceArgs = {
  input: WriteOffInvoiceInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PartnerAccessInput = {
  customerId: Scalars['ID']['input'];
  /** The partner organisation (the `org` claim of its tokens). */
  organisationId: Scalars['String']['input'];
};

/** Money received and allocated to an invoice. Partial payments are normal. */
export type Payment = {
  __typename?: 'Payment';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invoice: Invoice;
  receivedOn: Scalars['LocalDate']['output'];
  /** The payer's reference, e.g. a bank transfer id. */
  reference?: Maybe<Scalars['String']['output']>;
};

/** A policy file version the server is serving. */
export type Policy = {
  __typename?: 'Policy';
  /** Mutations the policy takes part in. */
  appliesTo: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Null: in force from the beginning. */
  effectiveFrom?: Maybe<Scalars['LocalDate']['output']>;
  /** The file it was read from. */
  file: Scalars['String']['output'];
  /** SHA-256 of the file: decisions name the hashes they were taken under. */
  hash: Scalars['String']['output'];
  /** Whether this is the version in force today (a later-dated version waits for its date). */
  inForce: Scalars['Boolean']['output'];
  /** When this server first served this version. */
  loadedAt: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  rules: Array<PolicyRule>;
  version: Scalars['String']['output'];
};

/** A policy version loaded, or a rules change refused. */
export type PolicyEvent = {
  __typename?: 'PolicyEvent';
  at: Scalars['DateTimeISO']['output'];
  /** Who authored this version: the changedBy of the policy file (LOADED; null when the file names nobody). */
  changedBy?: Maybe<Scalars['String']['output']>;
  hash?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PolicyEventKind;
  /** Policy name (LOADED). */
  name?: Maybe<Scalars['String']['output']>;
  /** Why a change was refused: file, JSON path and reason per problem. */
  problems: Array<Scalars['String']['output']>;
  /** Who had the rules folder read: system:startup, system:file-watcher, or the user of the reloadPolicies mutation (null on events recorded before this was kept). */
  reloadedBy?: Maybe<Scalars['String']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type PolicyEventConnection = {
  __typename?: 'PolicyEventConnection';
  edges: Array<PolicyEventEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type PolicyEventEdge = {
  __typename?: 'PolicyEventEdge';
  cursor: Scalars['String']['output'];
  node: PolicyEvent;
};

export type PolicyEventKind =
  | 'LOADED'
  | 'REFUSED';

/** A rule of a live policy. */
export type PolicyRule = {
  __typename?: 'PolicyRule';
  description: Scalars['String']['output'];
  /** The event the rule raises, e.g. set-payment-term. */
  event: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** A policy file version a decision was taken under. */
export type PolicyVersionView = {
  __typename?: 'PolicyVersionView';
  /** SHA-256 of the policy file. */
  hash: Scalars['String']['output'];
  name: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** Portfolio figures on a report date in one reporting currency. Each figure is converted from its exact original-currency sum and rounded once, so a total may differ from the sum of its parts by a minor unit per currency. */
export type Portfolio = {
  __typename?: 'Portfolio';
  /** In the order of the provision matrix; empty buckets included. */
  aging: Array<AgingBucket>;
  asOf: Scalars['LocalDate']['output'];
  /** writtenOff / creditSales, percent, 2 decimals; null without credit sales. */
  badDebtRatePercent?: Maybe<Scalars['Decimal']['output']>;
  /** Outstanding due after the last forecast week. */
  beyondForecast: Scalars['Decimal']['output'];
  /** The same figures per original currency, unconverted. */
  byCurrency: Array<PortfolioCurrency>;
  /** Expected collections per week from asOf, by due date; overdue amounts in week 1. */
  cashForecast: Array<ForecastWeek>;
  /** Invoices issued in the period (credit sales). */
  creditSales: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  /** Days sales outstanding: outstanding / creditSales x periodDays, 2 decimals; null without credit sales. */
  dso?: Maybe<Scalars['Decimal']['output']>;
  /** Sum of the buckets' expected credit loss, before insurance. */
  expectedCreditLoss: Scalars['Decimal']['output'];
  fxRates: Array<FxRateUsed>;
  /** Insured part of the outstanding: Σ min(outstanding, insured at issue) per original currency, each converted once (rounded half-up). */
  insuredOutstanding: Scalars['Decimal']['output'];
  /** Insured share of the expected loss: the sum of the buckets' insuredShare. */
  insuredShare: Scalars['Decimal']['output'];
  /** expectedCreditLoss - insuredShare. */
  netExpectedCreditLoss: Scalars['Decimal']['output'];
  openInvoices: Scalars['Int']['output'];
  /** Open receivables (issued on or before asOf) still unpaid. */
  outstanding: Scalars['Decimal']['output'];
  /** Days of the period for DSO and the bad-debt rate (ending on asOf, inclusive). */
  periodDays: Scalars['Int']['output'];
  periodStart: Scalars['LocalDate']['output'];
  /** outstanding - insuredOutstanding, so the two add up to the outstanding exactly. */
  uninsuredOutstanding: Scalars['Decimal']['output'];
  /** Written off as bad debt in the period, net of the seller's recoveries on those invoices since (the insurer's share of a recovery is not the seller's). */
  writtenOff: Scalars['Decimal']['output'];
};

/** The portfolio in one original currency, before conversion. */
export type PortfolioCurrency = {
  __typename?: 'PortfolioCurrency';
  /** Invoiced in the period. */
  creditSales: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  /** Insured part of the outstanding: Σ min(outstanding, insured at issue) (payments reduce the uninsured part first). */
  insuredOutstanding: Scalars['Decimal']['output'];
  openInvoices: Scalars['Int']['output'];
  outstanding: Scalars['Decimal']['output'];
  /** outstanding - insuredOutstanding. */
  uninsuredOutstanding: Scalars['Decimal']['output'];
  /** Written off in the period, net of the seller's recoveries on those invoices since. */
  writtenOff: Scalars['Decimal']['output'];
};

/** Premium owed on an insurance policy for a period: insured turnover × premium rate. */
export type PremiumLine = {
  __typename?: 'PremiumLine';
  currency: Scalars['String']['output'];
  /** Insured part of the invoices issued in the period under the policy. */
  insuredTurnover: Scalars['Decimal']['output'];
  invoiceCount: Scalars['Int']['output'];
  policy: InsurancePolicy;
  /** insuredTurnover × premiumRatePercent / 100, rounded half-up to the minor unit. */
  premium: Scalars['Decimal']['output'];
  premiumRatePercent: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Back-test: replays stored decisions between two business dates under draft policy files. Writes nothing. */
  backtestPolicy: BacktestReportView;
  claim: Claim;
  /** Insurance claims, newest first. */
  claims: ClaimConnection;
  customer: Customer;
  customers: CustomerConnection;
  /** A stored policy decision, with its reasons. */
  decision: Decision;
  /** Dry run: the decision for these facts under the live policies, or with a draft policy file. Writes nothing. */
  evaluatePolicy: DecisionPreview;
  /** Exchange rates by pair, newest first; with asOf, the rate of each pair in force that day. */
  fxRates: Array<FxRate>;
  /** A customer's covers, one per insurance policy. */
  insuranceCovers: Array<InsuranceCover>;
  /** Credit-insurance policies, latest period first. */
  insurancePolicies: InsurancePolicyConnection;
  insurancePolicy: InsurancePolicy;
  invoice: Invoice;
  /** Invoices, newest first; with overdueAsOf, the longest overdue first. */
  invoices: InvoiceConnection;
  /** Every policy version being served, by name then effective date. */
  policies: Array<Policy>;
  /** Policy versions loaded and changes refused, newest first. */
  policyHistory: PolicyEventConnection;
  /** Aging, expected credit loss, DSO, bad-debt rate and cash forecast of all open receivables on asOf, in one reporting currency. */
  portfolio: Portfolio;
  /** Premium per insurance policy and currency on the invoices issued from `from` to `to` (both included): insured turnover × premium rate. */
  premium: Array<PremiumLine>;
  referral: Referral;
  /** The referral inbox, soonest due first (then by id). */
  referrals: ReferralConnection;
  /** Stored risk alerts, newest first. */
  riskAlerts: RiskAlertConnection;
};


export type QueryBacktestPolicyArgs = {
  drafts: Array<Scalars['JSONObject']['input']>;
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CustomerOrder>;
};


export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluatePolicyArgs = {
  businessDate?: InputMaybe<Scalars['LocalDate']['input']>;
  draft?: InputMaybe<Scalars['JSONObject']['input']>;
  facts: Scalars['JSONObject']['input'];
  mutation: Scalars['String']['input'];
};


export type QueryFxRatesArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInsuranceCoversArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryInsurancePoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInsurancePolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPolicyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPortfolioArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  currency: Scalars['String']['input'];
  periodDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPremiumArgs = {
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRiskAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RiskAlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Money received against one invoice. Partial payments are fine; more than the outstanding is refused. */
export type RecordPaymentInput = {
  /** Positive amount, e.g. "400.00". */
  amount: Scalars['Decimal']['input'];
  /** ISO 4217; must be the invoice's currency. */
  currency: Scalars['String']['input'];
  /** Send the same key when retrying this request: it is done once, and a retry gets the first answer. Also accepted as the Idempotency-Key HTTP header. 1-255 printable characters. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  invoiceId: Scalars['ID']['input'];
  /** Today (the business date) when omitted. */
  receivedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type RecordPaymentPayload = {
  __typename?: 'RecordPaymentPayload';
  decision: Decision;
  /** The invoice after the payment: outstanding and status updated. */
  invoice: Invoice;
  payment: Payment;
};

/** A request the credit policy referred to a person, held until someone with the credit authority it needs decides it. Staff only. */
export type Referral = {
  __typename?: 'Referral';
  /** The request's amount in the customer's currency (null when it has none). */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** Approvals so far, oldest first. */
  approvals: Array<ReferralApproval>;
  /** Approvals still needed from other people (0 once it is no longer OPEN). */
  approvalsMissing: Scalars['Int']['output'];
  /** When it was referred. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 currency of amount. */
  currency?: Maybe<Scalars['String']['output']>;
  customer?: Maybe<Customer>;
  /** The customer the request is about (null for an exchange rate). */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The referred decision (outcome REFERRED). */
  decision: Decision;
  /** When a decision is due: the required business days (Monday to Friday) after the referred request, at the time of day it was referred. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** The facts the referred decision saw. Money facts are integer minor units. */
  facts: Scalars['JSONObject']['output'];
  /** The held request, as the referred mutation received it. */
  heldRequest: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  invoiceId?: Maybe<Scalars['ID']['output']>;
  /** True when you may approve it now: OPEN, your role reaches the required level, you did not ask for it and have not approved it yet. */
  mayApprove: Scalars['Boolean']['output'];
  /** The referred mutation, e.g. issueInvoice, requestCreditLimit, writeOffInvoice. */
  mutation: Scalars['String']['output'];
  /** The refer rules that fired, with their params (the reason in words). */
  reasons: Array<FiredRuleView>;
  /** Who asked for the referred request (a token subject or api-key:<key id>): never one of its approvers. */
  requestedBy: Scalars['String']['output'];
  requiredAuthority: RequiredAuthority;
  /** How it ended; null while OPEN. */
  resolution?: Maybe<ReferralResolution>;
  state: ReferralState;
  subject: ReferralSubject;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** One person's approval of a referral. */
export type ReferralApproval = {
  __typename?: 'ReferralApproval';
  /** Who approved: a token subject or api-key:<key id>. */
  approverId: Scalars['String']['output'];
  /** When they approved (the injected clock). */
  createdAt: Scalars['DateTimeISO']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The role they approved with (its credit authority covered the required level). */
  role: Role;
};

export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  edges: Array<ReferralEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  cursor: Scalars['String']['output'];
  node: Referral;
};

/** Which referrals to list; every field given must hold. */
export type ReferralFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only the OPEN referrals you may approve now (your role reaches the required level, you did not ask for it, you have not approved it yet); false: all the others. */
  mayApprove?: InputMaybe<Scalars['Boolean']['input']>;
  /** The referred mutation, e.g. issueInvoice. */
  mutation?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<ReferralState>;
};

/** Approve with less than was asked: only lower than the held request, and only what its kind of request has (a credit limit an amount, a term extension days). */
export type ReferralModificationInput = {
  /** A lower amount, in the currency of the referral (requestCreditLimit: the limit granted). */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Fewer days (requestTermExtension: the days the due date moves). */
  days?: InputMaybe<Scalars['Int']['input']>;
};

export type ReferralPayload = {
  __typename?: 'ReferralPayload';
  referral: Referral;
};

/** How a referral ended. */
export type ReferralResolution = {
  __typename?: 'ReferralResolution';
  /** True once the held request was carried out; false when it was not (declined, withdrawn, or approved while nothing carries out this kind of request yet). */
  applied: Scalars['Boolean']['output'];
  appliedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What carrying it out created or changed (ids). */
  applyResult?: Maybe<Scalars['JSONObject']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** Who made it final: the last approver, the decliner, or the requester who withdrew. */
  by: Scalars['String']['output'];
  /** The decliner's reason, or the last approver's or requester's note. */
  note?: Maybe<Scalars['String']['output']>;
  state: ReferralState;
};

/** OPEN waits for a decision; APPROVED, MODIFIED, DECLINED, EXPIRED and WITHDRAWN are final. */
export type ReferralState =
  | 'APPROVED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'MODIFIED'
  | 'OPEN'
  | 'WITHDRAWN';

/** What a referred request is about. */
export type ReferralSubject = {
  __typename?: 'ReferralSubject';
  /** The subject's id; null while it does not exist (a held invoice, a rate not yet set). */
  id?: Maybe<Scalars['ID']['output']>;
  /** e.g. "Invoice INV-1", as the referred decision names it. */
  label: Scalars['String']['output'];
  type: ReferralSubjectType;
};

export type ReferralSubjectType =
  | 'CUSTOMER'
  | 'FX_RATE'
  | 'INSURANCE_POLICY'
  | 'INVOICE';

/** What reading the rules folder did: the policies that went live, or why the change was refused. */
export type ReloadPoliciesPayload = {
  __typename?: 'ReloadPoliciesPayload';
  /** False: the folder was refused and the previous policies keep serving. */
  applied: Scalars['Boolean']['output'];
  /** The reloadPolicies decision: who asked, and when. */
  decision: Decision;
  /** Names of the policies with a version that went live (empty when nothing changed). */
  newlyLive: Array<Scalars['String']['output']>;
  /** Why the folder was refused: file, line, JSON path and reason per problem. */
  problems: Array<Scalars['String']['output']>;
};

/** A credit limit asked for a customer, in its account currency. */
export type RequestCreditLimitInput = {
  /** The limit asked for (the whole limit, not an increase). */
  amount: Scalars['Decimal']['input'];
  customerId: Scalars['ID']['input'];
  /** Send the same key when retrying this request: it is done once, and a retry gets the first answer. Also accepted as the Idempotency-Key HTTP header. 1-255 printable characters. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** The answer to a credit-limit request. A referral or a rejection is an answer too: it changes no limit but is kept in the limit history. */
export type RequestCreditLimitPayload = {
  __typename?: 'RequestCreditLimitPayload';
  /** The policy decision: caps, explanation and fired rules. */
  decision: Decision;
  /** The exposure after the decision. */
  exposure: Exposure;
  /** The limit granted (APPROVED, PARTIAL); null when referred or rejected. */
  granted?: Maybe<Scalars['Decimal']['output']>;
  /** The entry this request added to the limit history. */
  limitDecision: LimitDecision;
  outcome: CreditLimitOutcome;
};

/** Cover asked for a customer under an insurance policy: the whole insured limit, in the customer currency. */
export type RequestInsuredLimitInput = {
  amount: Scalars['Decimal']['input'];
  customerId: Scalars['ID']['input'];
  insurancePolicyId: Scalars['ID']['input'];
};

/** The answer to a cover request; a referral or rejection changes no cover. */
export type RequestInsuredLimitPayload = {
  __typename?: 'RequestInsuredLimitPayload';
  /** The cover after the decision (null: none yet). */
  cover?: Maybe<InsuranceCover>;
  decision: Decision;
  /** The insured limit granted (APPROVED, PARTIAL); null when referred or rejected. */
  granted?: Maybe<Scalars['Decimal']['output']>;
  outcome: CreditLimitOutcome;
  /** Why it was referred or rejected (empty otherwise). */
  reasons: Array<Scalars['String']['output']>;
};

/** A customer asks to move the due date of an invoice; rules/term-extensions.json decides. */
export type RequestTermExtensionInput = {
  /** Days to add to the current due date. */
  days: Scalars['Int']['input'];
  invoiceId: Scalars['ID']['input'];
  /** The customer's explanation, for the record. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: TermExtensionReason;
};

export type RequestTermExtensionPayload = {
  __typename?: 'RequestTermExtensionPayload';
  decision: Decision;
  extension: TermExtension;
  /** True when the extension holds only against a guarantee: obtain it before relying on the new date. */
  guaranteeRequired: Scalars['Boolean']['output'];
  /** The invoice with its new due date (originalDueDate keeps the first one). */
  invoice: Invoice;
};

/** Who must approve a referral and by when (rules/credit-authority.json). */
export type RequiredAuthority = {
  __typename?: 'RequiredAuthority';
  /** How many different people of at least that level must approve; the requester never counts. */
  approvals: Scalars['Int']['output'];
  /** The authorizeReferral decisions that gave this answer (decision(id) explains and replays each). */
  decisionIds: Array<Scalars['ID']['output']>;
  /** Business days (Monday to Friday) from the referred request to dueAt. */
  dueInBusinessDays: Scalars['Int']['output'];
  /** The lowest role that may approve; a higher one may too (RISK_OFFICER < CREDIT_MANAGER < ADMIN). */
  level: Role;
  /** Set when the credit-authority policy had no rule for this referral: it then went to the highest level, due the same day. */
  policyGap?: Maybe<Scalars['String']['output']>;
};

export type ReviewClaimInput = {
  claimId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  verdict: ClaimVerdict;
};

/** An event someone must act on. Which events raise which alert, at which severity, is rules/alerts.json. */
export type RiskAlert = {
  __typename?: 'RiskAlert';
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who acknowledged it. */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  customerId?: Maybe<Scalars['ID']['output']>;
  /** What raised it: the alert source and its facts, the business date. Partners get only asOf, alertSource, stage, deadline, country, effectiveFrom and utilization. */
  data: Scalars['JSONObject']['output'];
  /** The decision that raised it: decision(id) explains it. */
  decisionId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  invoiceId?: Maybe<Scalars['ID']['output']>;
  /** What happened. Partners get words with nothing staff-only in them (no score, previous grade, amounts asked, ...). */
  message: Scalars['String']['output'];
  /** Position in the alert stream, increasing in commit order: resume a subscription after the last one you saw. */
  sequence: Scalars['Int']['output'];
  severity: AlertSeverity;
  /** e.g. COLLECTION_STAGE, SUPPLY_SUSPENDED, GRADE_DOWNGRADE, LIMIT_DECISION, POLICY_REJECTED. */
  type: Scalars['String']['output'];
};

export type RiskAlertConnection = {
  __typename?: 'RiskAlertConnection';
  edges: Array<RiskAlertEdge>;
  pageInfo: PageInfo;
  /** All items matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type RiskAlertEdge = {
  __typename?: 'RiskAlertEdge';
  cursor: Scalars['String']['output'];
  node: RiskAlert;
};

/** Every given field must match; an empty filter matches every alert you may see. */
export type RiskAlertFilter = {
  /** Only alerts about these customers. */
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** This severity or a more urgent one. */
  minSeverity?: InputMaybe<AlertSeverity>;
  /** Only these alert types, e.g. ["SUPPLY_SUSPENDED"]. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Policy group of grades (the bands live in rules/scorecard.json). */
export type RiskTier =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type Role =
  | 'ADMIN'
  | 'CREDIT_MANAGER'
  | 'INSURER'
  | 'OPERATOR'
  | 'PARTNER'
  | 'RISK_OFFICER'
  | 'VIEWER';

/** Points one dimension of the scorecard contributed to a score. */
export type ScorePoints = {
  __typename?: 'ScorePoints';
  dimension: Scalars['String']['output'];
  points: Scalars['Int']['output'];
};

/** The rate of a currency pair from a date on; setting the same pair and date again corrects it. */
export type SetFxRateInput = {
  /** First day the rate is used; today (the business date) when omitted. */
  effectiveDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** ISO 4217 currency converted from, e.g. USD. */
  from: Scalars['String']['input'];
  /** Units of `to` for one unit of `from`, e.g. "0.92"; positive, at most 10 decimals. */
  rate: Scalars['Decimal']['input'];
  /** ISO 4217 currency converted into, e.g. EUR. */
  to: Scalars['String']['input'];
};

export type SetFxRatePayload = {
  __typename?: 'SetFxRatePayload';
  /** The policy decision (rules/fx-rates.json). */
  decision: Decision;
  /** The rate as stored; null when the policy referred it (held by the referral on decision.referral, stored once approved). */
  fxRate?: Maybe<FxRate>;
};

export type SettleClaimInput = {
  /** What the insurer pays, in the claim currency; at most the indemnity. */
  amount: Scalars['Decimal']['input'];
  claimId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The riskAlerts stream in batches, for portals that take bursts: each message carries every alert waiting for you (at most maxBatchSize), so the alerts of one commit arrive in one message. Same filter, replay and exactly-once guarantees. */
  riskAlertBatches: Array<RiskAlert>;
  /** Risk alerts as they are committed (graphql-ws on /graphql). With afterSequence, the stored ones after it first. */
  riskAlerts: RiskAlert;
};


export type SubscriptionRiskAlertBatchesArgs = {
  afterSequence?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RiskAlertFilter>;
  maxBatchSize?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionRiskAlertsArgs = {
  afterSequence?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RiskAlertFilter>;
};

/** A term extension of the due date of an invoice: granted, or referred and pending (then declined or granted). */
export type TermExtension = {
  __typename?: 'TermExtension';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Days granted: the request, within the policy's maximum extension period (0 while PENDING or DECLINED). */
  grantedDays: Scalars['Int']['output'];
  /** Granted only against additional security (a guarantee). */
  guaranteeRequired: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The due date after the extension (previousDueDate while PENDING or DECLINED). */
  newDueDate: Scalars['LocalDate']['output'];
  /** The customer's explanation, as recorded. */
  note?: Maybe<Scalars['String']['output']>;
  previousDueDate: Scalars['LocalDate']['output'];
  reason: TermExtensionReason;
  /** Days the customer asked for. */
  requestedDays: Scalars['Int']['output'];
  /** Business date of the request. */
  requestedOn: Scalars['LocalDate']['output'];
  status: TermExtensionStatus;
};

/** LIQUIDITY: a short-term cash problem; OPERATING_DIFFICULTY: the business itself is in trouble (re-grade first); DISPUTE; OTHER. */
export type TermExtensionReason =
  | 'DISPUTE'
  | 'LIQUIDITY'
  | 'OPERATING_DIFFICULTY'
  | 'OTHER';

/** GRANTED moved the due date; PENDING waits for a referral; DECLINED never moved it. */
export type TermExtensionStatus =
  | 'DECLINED'
  | 'GRANTED'
  | 'PENDING';

/** New figures from a customer's credit report: the customer is re-graded. */
export type UpdateCustomerFinancialsInput = {
  customerId: Scalars['ID']['input'];
  /** The version you read; a stale version is a CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  financials: CustomerFinancialsInput;
};

/** Changes to a customer; omitted fields stay as they are. A change of country, industry or monthly sales re-grades it; a change rules/master-data.json asks a second person to check is held for a referral. */
export type UpdateCustomerInput = {
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version is a CONFLICT, so no one overwrites a change unseen. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Language for letters (en, zh, de, fr, es); en when omitted. */
  language?: InputMaybe<Scalars['String']['input']>;
  monthlySales?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** When the relationship started (never in the future); moving it changes relationshipYears, which terms and limits depend on. */
  relationshipStart?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateCustomerPayload = {
  __typename?: 'UpdateCustomerPayload';
  customer: Customer;
  /** The updateCustomer decision: the risk tier of the (new) grade. */
  decision: Decision;
};

/** Writes off what is left of an invoice as bad debt. */
export type WriteOffInvoiceInput = {
  invoiceId: Scalars['ID']['input'];
  /** Why, for the audit trail (e.g. "buyer insolvent, no dividend expected"). */
  reason: Scalars['String']['input'];
};

export type WriteOffInvoicePayload = {
  __typename?: 'WriteOffInvoicePayload';
  decision: Decision;
  /** The invoice: WRITTEN_OFF, nothing outstanding, the amount in writtenOff. */
  invoice: Invoice;
};

export type RiskAlertPartsFragment = { __typename?: 'RiskAlert', id: string, sequence: number, type: string, severity: AlertSeverity, customerId?: string | null, invoiceId?: string | null, message: string, data: Record<string, unknown>, decisionId?: string | null, createdAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null };

export type RiskAlertStreamSubscriptionVariables = Exact<{
  filter?: InputMaybe<RiskAlertFilter>;
  afterSequence?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RiskAlertStreamSubscription = { __typename?: 'Subscription', riskAlerts: { __typename?: 'RiskAlert', id: string, sequence: number, type: string, severity: AlertSeverity, customerId?: string | null, invoiceId?: string | null, message: string, data: Record<string, unknown>, decisionId?: string | null, createdAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null } };

export type PartnerRiskAlertStreamSubscriptionVariables = Exact<{
  filter?: InputMaybe<RiskAlertFilter>;
  afterSequence?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PartnerRiskAlertStreamSubscription = { __typename?: 'Subscription', riskAlerts: { __typename?: 'RiskAlert', id: string, sequence: number, type: string, severity: AlertSeverity, customerId?: string | null, invoiceId?: string | null, message: string, data: Record<string, unknown>, createdAt: string, acknowledgedAt?: string | null } };

export type RiskAlertBatchStreamSubscriptionVariables = Exact<{
  filter?: InputMaybe<RiskAlertFilter>;
  afterSequence?: InputMaybe<Scalars['Int']['input']>;
  maxBatchSize?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RiskAlertBatchStreamSubscription = { __typename?: 'Subscription', riskAlertBatches: Array<{ __typename?: 'RiskAlert', id: string, sequence: number, type: string, severity: AlertSeverity, customerId?: string | null, invoiceId?: string | null, message: string, data: Record<string, unknown>, decisionId?: string | null, createdAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null }> };

export type RiskAlertHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RiskAlertFilter>;
}>;


export type RiskAlertHistoryQuery = { __typename?: 'Query', riskAlerts: { __typename?: 'RiskAlertConnection', totalCount: number, edges: Array<{ __typename?: 'RiskAlertEdge', cursor: string, node: { __typename?: 'RiskAlert', id: string, sequence: number, type: string, severity: AlertSeverity, customerId?: string | null, invoiceId?: string | null, message: string, data: Record<string, unknown>, decisionId?: string | null, createdAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutation = { __typename?: 'Mutation', acknowledgeAlert: { __typename?: 'RiskAlert', id: string, sequence: number, type: string, severity: AlertSeverity, customerId?: string | null, invoiceId?: string | null, message: string, data: Record<string, unknown>, decisionId?: string | null, createdAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null } };

export type GrantPartnerAccessMutationVariables = Exact<{
  input: PartnerAccessInput;
}>;


export type GrantPartnerAccessMutation = { __typename?: 'Mutation', grantPartnerAccess: boolean };

export type RevokePartnerAccessMutationVariables = Exact<{
  input: PartnerAccessInput;
}>;


export type RevokePartnerAccessMutation = { __typename?: 'Mutation', revokePartnerAccess: boolean };

export type ClaimQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClaimQuery = { __typename?: 'Query', claim: { __typename?: 'Claim', id: string, cause: ClaimCause, status: ClaimStatus, amount: string, currency: string, filedOn: string, note?: string | null, customer: { __typename?: 'Customer', id: string, name: string }, invoice?: { __typename?: 'Invoice', number: string } | null } };

export type ClaimsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
}>;


export type ClaimsQuery = { __typename?: 'Query', claims: { __typename?: 'ClaimConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ClaimEdge', cursor: string, node: { __typename?: 'Claim', id: string, cause: ClaimCause, status: ClaimStatus, amount: string } }> } };

export type DecisionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionQuery = { __typename?: 'Query', decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } };

export type RunCollectionCycleMutationVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type RunCollectionCycleMutation = { __typename?: 'Mutation', runCollectionCycle: { __typename?: 'CollectionCycleResultView', asOf: string, examined: number, transitions: number, suspensions: number, restorations: number, insuranceWarnings: number, countryGradeAlerts: number, referralsDue: number, referralsExpired: number } };

export type LimitDecisionPartsFragment = { __typename?: 'LimitDecision', sequence: number, kind: LimitDecisionKind, requested?: string | null, previousLimit: string, newLimit: string, currency: string, reason: string, decisionId?: string | null };

export type GradeChangePartsFragment = { __typename?: 'GradeChange', sequence: number, score: number, grade: number, riskTier: RiskTier, previousGrade?: number | null, previousRiskTier?: RiskTier | null, reason: string, asOf: string, decisionId: string, scoreDecisionId: string, gradeDecisionId: string, points: Array<{ __typename?: 'ScorePoints', dimension: string, points: number }> };

export type UpdateCustomerFinancialsMutationVariables = Exact<{
  input: UpdateCustomerFinancialsInput;
}>;


export type UpdateCustomerFinancialsMutation = { __typename?: 'Mutation', updateCustomerFinancials: { __typename?: 'UpdateCustomerPayload', customer: { __typename?: 'Customer', id: string, score: number, grade: number, riskTier: RiskTier, version: number, financials: { __typename?: 'CustomerFinancials', equityRatio: number, registeredCapital: string, foundedOn?: string | null, openLitigations: number, outlook: CreditOutlook } }, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } } };

export type CustomerCreditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerCreditQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, score: number, grade: number, riskTier: RiskTier, financials: { __typename?: 'CustomerFinancials', equityRatio: number, registeredCapital: string, foundedOn?: string | null, openLitigations: number, outlook: CreditOutlook }, gradeHistory: { __typename?: 'GradeChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'GradeChangeEdge', node: { __typename?: 'GradeChange', sequence: number, score: number, grade: number, riskTier: RiskTier, previousGrade?: number | null, previousRiskTier?: RiskTier | null, reason: string, asOf: string, decisionId: string, scoreDecisionId: string, gradeDecisionId: string, points: Array<{ __typename?: 'ScorePoints', dimension: string, points: number }> } }> }, exposure: { __typename?: 'Exposure', creditLimit: string, outstanding: string, available: string, limitHistory: { __typename?: 'LimitDecisionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'LimitDecisionEdge', node: { __typename?: 'LimitDecision', sequence: number, kind: LimitDecisionKind, requested?: string | null, previousLimit: string, newLimit: string, currency: string, reason: string, decisionId?: string | null } }> } } } };

export type CustomersCreditQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CustomersCreditQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', id: string, grade: number, gradeHistory: { __typename?: 'GradeChangeConnection', totalCount: number, edges: Array<{ __typename?: 'GradeChangeEdge', node: { __typename?: 'GradeChange', grade: number, score: number } }> }, exposure: { __typename?: 'Exposure', limitHistory: { __typename?: 'LimitDecisionConnection', totalCount: number, edges: Array<{ __typename?: 'LimitDecisionEdge', node: { __typename?: 'LimitDecision', kind: LimitDecisionKind, newLimit: string } }> } } } }> } };

export type RequestCreditLimitMutationVariables = Exact<{
  input: RequestCreditLimitInput;
}>;


export type RequestCreditLimitMutation = { __typename?: 'Mutation', requestCreditLimit: { __typename?: 'RequestCreditLimitPayload', outcome: CreditLimitOutcome, granted?: string | null, exposure: { __typename?: 'Exposure', creditLimit: string, available: string }, limitDecision: { __typename?: 'LimitDecision', sequence: number, kind: LimitDecisionKind, requested?: string | null, previousLimit: string, newLimit: string, currency: string, reason: string, decisionId?: string | null }, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } } };

export type ReviewCreditLimitsMutationVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ReviewCreditLimitsMutation = { __typename?: 'Mutation', reviewCreditLimits: { __typename?: 'CreditLimitReviewResult', asOf: string, examined: number, reduced: number, steppedUp: number } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'CreateCustomerPayload', customer: { __typename?: 'Customer', id: string, name: string, registrationNumber: string, country: string, currency: string, language: string, industry?: string | null, monthlySales: string, relationshipStart: string, score: number, grade: number, riskTier: RiskTier, status: CustomerStatus, version: number, exposure: { __typename?: 'Exposure', creditLimit: string, outstanding: string, available: string, utilization?: number | null, currency: string, limitHistory: { __typename?: 'LimitDecisionConnection', totalCount: number, edges: Array<{ __typename?: 'LimitDecisionEdge', node: { __typename?: 'LimitDecision', kind: LimitDecisionKind, requested?: string | null, previousLimit: string, newLimit: string, currency: string, reason: string } }> } } }, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } } };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { __typename?: 'Mutation', updateCustomer: { __typename?: 'UpdateCustomerPayload', customer: { __typename?: 'Customer', id: string, name: string, registrationNumber: string, country: string, currency: string, language: string, industry?: string | null, monthlySales: string, relationshipStart: string, score: number, grade: number, riskTier: RiskTier, status: CustomerStatus, version: number, exposure: { __typename?: 'Exposure', creditLimit: string, outstanding: string, available: string, utilization?: number | null, currency: string, limitHistory: { __typename?: 'LimitDecisionConnection', totalCount: number, edges: Array<{ __typename?: 'LimitDecisionEdge', node: { __typename?: 'LimitDecision', kind: LimitDecisionKind, requested?: string | null, previousLimit: string, newLimit: string, currency: string, reason: string } }> } } }, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } } };

export type CustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, name: string, registrationNumber: string, country: string, currency: string, language: string, industry?: string | null, monthlySales: string, relationshipStart: string, score: number, grade: number, riskTier: RiskTier, status: CustomerStatus, version: number, invoices: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', id: string, number: string, amount: string, outstanding: string, currency: string, issueDate: string, termDays: number, dueDate: string, status: InvoiceStatus, collectionStage: CollectionStage, ladderAnchorDate?: string | null, version: number } }> }, claims: { __typename?: 'ClaimConnection', totalCount: number, edges: Array<{ __typename?: 'ClaimEdge', node: { __typename?: 'Claim', id: string, cause: ClaimCause, status: ClaimStatus, amount: string } }> }, exposure: { __typename?: 'Exposure', creditLimit: string, outstanding: string, available: string, utilization?: number | null, currency: string, limitHistory: { __typename?: 'LimitDecisionConnection', totalCount: number, edges: Array<{ __typename?: 'LimitDecisionEdge', node: { __typename?: 'LimitDecision', kind: LimitDecisionKind, requested?: string | null, previousLimit: string, newLimit: string, currency: string, reason: string } }> } } } };

export type CustomersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  orderBy?: InputMaybe<CustomerOrder>;
}>;


export type CustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomerEdge', cursor: string, node: { __typename?: 'Customer', id: string, name: string, grade: number, riskTier: RiskTier, status: CustomerStatus } }> } };

export type CustomerInvoicesPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InvoiceStatus>;
}>;


export type CustomerInvoicesPageQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'InvoiceEdge', cursor: string, node: { __typename?: 'Invoice', number: string, issueDate: string, status: InvoiceStatus } }> } } };

export type PortfolioNestedQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type PortfolioNestedQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', name: string, exposure: { __typename?: 'Exposure', available: string }, invoices: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', number: string, payments: Array<{ __typename?: 'Payment', amount: string }> } }> } } }> } };

export type DecisionPartsFragment = { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> };

export type CustomerPartsFragment = { __typename?: 'Customer', id: string, name: string, registrationNumber: string, country: string, currency: string, language: string, industry?: string | null, monthlySales: string, relationshipStart: string, score: number, grade: number, riskTier: RiskTier, status: CustomerStatus, version: number, exposure: { __typename?: 'Exposure', creditLimit: string, outstanding: string, available: string, utilization?: number | null, currency: string, limitHistory: { __typename?: 'LimitDecisionConnection', totalCount: number, edges: Array<{ __typename?: 'LimitDecisionEdge', node: { __typename?: 'LimitDecision', kind: LimitDecisionKind, requested?: string | null, previousLimit: string, newLimit: string, currency: string, reason: string } }> } } };

export type InvoicePartsFragment = { __typename?: 'Invoice', id: string, number: string, amount: string, outstanding: string, currency: string, issueDate: string, termDays: number, dueDate: string, status: InvoiceStatus, collectionStage: CollectionStage, ladderAnchorDate?: string | null, version: number };

export type PageInfoPartsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null };

export type ApproveReferralWithKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApproveReferralWithKeyMutation = { __typename?: 'Mutation', approveReferral: { __typename?: 'ApproveReferralPayload', approvalsMissing: number, applied: boolean, referral: { __typename?: 'Referral', id: string, state: ReferralState, invoiceId?: string | null, resolution?: { __typename?: 'ReferralResolution', state: ReferralState, by: string, note?: string | null, applied: boolean, applyResult?: Record<string, unknown> | null } | null } } };

export type ReferralInboxQueryVariables = Exact<{
  filter?: InputMaybe<ReferralFilter>;
}>;


export type ReferralInboxQuery = { __typename?: 'Query', referrals: { __typename?: 'ReferralConnection', edges: Array<{ __typename?: 'ReferralEdge', node: { __typename?: 'Referral', id: string, mutation: string, invoiceId?: string | null, state: ReferralState, mayApprove: boolean, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role } } }> } };

export type CreateInsurancePolicyMutationVariables = Exact<{
  input: CreateInsurancePolicyInput;
}>;


export type CreateInsurancePolicyMutation = { __typename?: 'Mutation', createInsurancePolicy: { __typename?: 'CreateInsurancePolicyPayload', insurancePolicy: { __typename?: 'InsurancePolicy', id: string, number: string, insurer: string, country: string, periodStart: string, periodEnd: string, coveredRisks: Array<InsuredRisk>, indemnityPercentWithNamedLimit: number, indemnityPercentWithoutNamedLimit: number, maxCreditTermDays: number, maxExtensionDays: number, protractedDefaultWaitingDays: number, declarationDeadlineDays: number, claimFilingDeadlineDays: number, premiumRatePercent: number }, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome } } };

export type RequestInsuredLimitMutationVariables = Exact<{
  input: RequestInsuredLimitInput;
}>;


export type RequestInsuredLimitMutation = { __typename?: 'Mutation', requestInsuredLimit: { __typename?: 'RequestInsuredLimitPayload', outcome: CreditLimitOutcome, granted?: string | null, reasons: Array<string>, cover?: { __typename?: 'InsuranceCover', id: string, limit: string, named: boolean, currency: string, policy: { __typename?: 'InsurancePolicy', number: string } } | null, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, explanation: string } } };

export type DeclareOverdueMutationVariables = Exact<{
  input: DeclareOverdueInput;
}>;


export type DeclareOverdueMutation = { __typename?: 'Mutation', declareOverdue: { __typename?: 'DeclareOverduePayload', invoices: Array<{ __typename?: 'Invoice', id: string, insurance: { __typename?: 'InvoiceInsurance', declaredOn?: string | null, declarationDeadline?: string | null } }>, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome } } };

export type FileClaimMutationVariables = Exact<{
  input: FileClaimInput;
}>;


export type FileClaimMutation = { __typename?: 'Mutation', fileClaim: { __typename?: 'FileClaimPayload', outcome: DecisionOutcome, eligible: boolean, reasons: Array<string>, claim: { __typename?: 'Claim', id: string, cause: ClaimCause, status: ClaimStatus, amount: string, currency: string, indemnityPercent: number, indemnity: string, paid: string, paidOn?: string | null, writtenOff: string, recovered: string, owedToInsurer: string, refusalReasons: Array<string>, filedOn: string, reviewedOn?: string | null, insurancePolicy?: { __typename?: 'InsurancePolicy', number: string } | null, lines: Array<{ __typename?: 'ClaimLine', insuredLoss: string, invoice: { __typename?: 'Invoice', number: string } }> }, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, mutation: string } } };

export type ReviewClaimMutationVariables = Exact<{
  input: ReviewClaimInput;
}>;


export type ReviewClaimMutation = { __typename?: 'Mutation', reviewClaim: { __typename?: 'ClaimPayload', claim: { __typename?: 'Claim', id: string, cause: ClaimCause, status: ClaimStatus, amount: string, currency: string, indemnityPercent: number, indemnity: string, paid: string, paidOn?: string | null, writtenOff: string, recovered: string, owedToInsurer: string, refusalReasons: Array<string>, filedOn: string, reviewedOn?: string | null, insurancePolicy?: { __typename?: 'InsurancePolicy', number: string } | null, lines: Array<{ __typename?: 'ClaimLine', insuredLoss: string, invoice: { __typename?: 'Invoice', number: string } }> }, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome } } };

export type SettleClaimMutationVariables = Exact<{
  input: SettleClaimInput;
}>;


export type SettleClaimMutation = { __typename?: 'Mutation', settleClaim: { __typename?: 'ClaimPayload', claim: { __typename?: 'Claim', id: string, cause: ClaimCause, status: ClaimStatus, amount: string, currency: string, indemnityPercent: number, indemnity: string, paid: string, paidOn?: string | null, writtenOff: string, recovered: string, owedToInsurer: string, refusalReasons: Array<string>, filedOn: string, reviewedOn?: string | null, insurancePolicy?: { __typename?: 'InsurancePolicy', number: string } | null, lines: Array<{ __typename?: 'ClaimLine', insuredLoss: string, invoice: { __typename?: 'Invoice', number: string } }> }, invoices: Array<{ __typename?: 'Invoice', id: string, number: string, status: InvoiceStatus, outstanding: string, writtenOff: string, writtenOffOn?: string | null }>, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome } } };

export type ClaimPartsFragment = { __typename?: 'Claim', id: string, cause: ClaimCause, status: ClaimStatus, amount: string, currency: string, indemnityPercent: number, indemnity: string, paid: string, paidOn?: string | null, writtenOff: string, recovered: string, owedToInsurer: string, refusalReasons: Array<string>, filedOn: string, reviewedOn?: string | null, insurancePolicy?: { __typename?: 'InsurancePolicy', number: string } | null, lines: Array<{ __typename?: 'ClaimLine', insuredLoss: string, invoice: { __typename?: 'Invoice', number: string } }> };

export type InvoiceInsuranceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceInsuranceQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, number: string, amount: string, dueDate: string, status: InvoiceStatus, outstanding: string, writtenOff: string, recovered: string, insurance: { __typename?: 'InvoiceInsurance', insured: string, uninsured: string, uninsuredReason?: string | null, declarationDeadline?: string | null, claimFilingDeadline?: string | null, declaredOn?: string | null, policy?: { __typename?: 'InsurancePolicy', number: string } | null } } };

export type CustomerInsuredExposureQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerInsuredExposureQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, exposure: { __typename?: 'Exposure', outstanding: string, insured: string, uninsured: string } } };

export type InsurancePremiumQueryVariables = Exact<{
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
}>;


export type InsurancePremiumQuery = { __typename?: 'Query', premium: Array<{ __typename?: 'PremiumLine', currency: string, insuredTurnover: string, invoiceCount: number, premiumRatePercent: number, premium: string, policy: { __typename?: 'InsurancePolicy', number: string } }> };

export type InsurancePoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type InsurancePoliciesQuery = { __typename?: 'Query', insurancePolicies: { __typename?: 'InsurancePolicyConnection', totalCount: number, edges: Array<{ __typename?: 'InsurancePolicyEdge', node: { __typename?: 'InsurancePolicy', number: string, coveredRisks: Array<InsuredRisk> } }> } };

export type InsuredPortfolioQueryVariables = Exact<{
  currency: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type InsuredPortfolioQuery = { __typename?: 'Query', portfolio: { __typename?: 'Portfolio', outstanding: string, insuredOutstanding: string, uninsuredOutstanding: string, expectedCreditLoss: string, insuredShare: string, netExpectedCreditLoss: string, writtenOff: string, aging: Array<{ __typename?: 'AgingBucket', bucket: string, amount: string, expectedCreditLoss: string, insuredShare: string }>, byCurrency: Array<{ __typename?: 'PortfolioCurrency', currency: string, outstanding: string, insuredOutstanding: string, uninsuredOutstanding: string, writtenOff: string }> } };

export type AlertTypesByCustomerQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AlertTypesByCustomerQuery = { __typename?: 'Query', riskAlerts: { __typename?: 'RiskAlertConnection', edges: Array<{ __typename?: 'RiskAlertEdge', node: { __typename?: 'RiskAlert', type: string, customerId?: string | null } }> } };

export type ClaimRecoveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClaimRecoveriesQuery = { __typename?: 'Query', claim: { __typename?: 'Claim', status: ClaimStatus, paid: string, writtenOff: string, recovered: string, owedToInsurer: string } };

export type LateInterestPartsFragment = { __typename?: 'LateInterest', asOf: string, currency: string, principal: string, days: number, annualRate: string, interest: string, fixedCompensation: string, total: string, unconvertedCompensation?: { __typename?: 'CurrencyAmount', amount: string, currency: string } | null, periods: Array<{ __typename?: 'LateInterestPeriod', from: string, to: string, days: number, principal: string, annualRate: string, interest: string }> };

export type InvoiceLateInterestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type InvoiceLateInterestQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, number: string, dueDate: string, outstanding: string, lateInterest: { __typename?: 'LateInterest', asOf: string, currency: string, principal: string, days: number, annualRate: string, interest: string, fixedCompensation: string, total: string, unconvertedCompensation?: { __typename?: 'CurrencyAmount', amount: string, currency: string } | null, periods: Array<{ __typename?: 'LateInterestPeriod', from: string, to: string, days: number, principal: string, annualRate: string, interest: string }> } } };

export type InvoicesLateInterestQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
}>;


export type InvoicesLateInterestQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', number: string, lateInterest: { __typename?: 'LateInterest', interest: string, total: string } } }> } };

export type InvoiceDunningLetterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  stage: CollectionStage;
  language?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type InvoiceDunningLetterQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, dunningLetter: { __typename?: 'DunningLetter', stage: CollectionStage, language: string, asOf: string, subject: string, body: string } } };

export type RequestTermExtensionMutationVariables = Exact<{
  input: RequestTermExtensionInput;
}>;


export type RequestTermExtensionMutation = { __typename?: 'Mutation', requestTermExtension: { __typename?: 'RequestTermExtensionPayload', guaranteeRequired: boolean, invoice: { __typename?: 'Invoice', originalDueDate: string, extendedDays: number, id: string, number: string, amount: string, outstanding: string, currency: string, issueDate: string, termDays: number, dueDate: string, status: InvoiceStatus, collectionStage: CollectionStage, ladderAnchorDate?: string | null, version: number, extensions: Array<{ __typename?: 'TermExtension', status: TermExtensionStatus, reason: TermExtensionReason, note?: string | null, requestedDays: number, grantedDays: number, previousDueDate: string, newDueDate: string, guaranteeRequired: boolean, requestedOn: string }> }, extension: { __typename?: 'TermExtension', id: string, status: TermExtensionStatus, reason: TermExtensionReason, requestedDays: number, grantedDays: number, previousDueDate: string, newDueDate: string, guaranteeRequired: boolean }, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, referral?: { __typename?: 'Referral', id: string, state: ReferralState } | null, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } } };

export type InvoiceExtensionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceExtensionsQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', dueDate: string, originalDueDate: string, extendedDays: number, extensions: Array<{ __typename?: 'TermExtension', status: TermExtensionStatus, grantedDays: number, newDueDate: string }> } };

export type IssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { __typename?: 'Mutation', issueInvoice: { __typename?: 'IssueInvoicePayload', invoice: { __typename?: 'Invoice', id: string, number: string, amount: string, outstanding: string, currency: string, issueDate: string, termDays: number, dueDate: string, status: InvoiceStatus, collectionStage: CollectionStage, ladderAnchorDate?: string | null, version: number, customer: { __typename?: 'Customer', id: string, name: string } }, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { __typename?: 'Mutation', recordPayment: { __typename?: 'RecordPaymentPayload', payment: { __typename?: 'Payment', id: string, amount: string, currency: string, receivedOn: string, reference?: string | null, invoice: { __typename?: 'Invoice', number: string } }, invoice: { __typename?: 'Invoice', id: string, number: string, amount: string, outstanding: string, currency: string, issueDate: string, termDays: number, dueDate: string, status: InvoiceStatus, collectionStage: CollectionStage, ladderAnchorDate?: string | null, version: number, payments: Array<{ __typename?: 'Payment', amount: string, receivedOn: string }> }, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } } };

export type InvoiceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type InvoiceQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', daysPastDue: number, id: string, number: string, amount: string, outstanding: string, currency: string, issueDate: string, termDays: number, dueDate: string, status: InvoiceStatus, collectionStage: CollectionStage, ladderAnchorDate?: string | null, version: number, customer: { __typename?: 'Customer', id: string, name: string }, payments: Array<{ __typename?: 'Payment', amount: string, receivedOn: string }> } };

export type InvoicesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'InvoiceEdge', cursor: string, node: { __typename?: 'Invoice', id: string, number: string, amount: string, outstanding: string, currency: string, issueDate: string, termDays: number, dueDate: string, status: InvoiceStatus, collectionStage: CollectionStage, ladderAnchorDate?: string | null, version: number } }> } };

export type WriteOffInvoiceMutationVariables = Exact<{
  input: WriteOffInvoiceInput;
}>;


export type WriteOffInvoiceMutation = { __typename?: 'Mutation', writeOffInvoice: { __typename?: 'WriteOffInvoicePayload', invoice: { __typename?: 'Invoice', writtenOff: string, writeOffReason?: string | null, writtenOffOn?: string | null, id: string, number: string, amount: string, outstanding: string, currency: string, issueDate: string, termDays: number, dueDate: string, status: InvoiceStatus, collectionStage: CollectionStage, ladderAnchorDate?: string | null, version: number }, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, businessDate: string, explanation: string, subject?: string | null, actorId?: string | null, facts: Record<string, unknown>, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, description: string, event: string, params: Record<string, unknown>, because: Array<string> }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } } };

export type ChangeCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type ChangeCustomerMutation = { __typename?: 'Mutation', updateCustomer: { __typename?: 'UpdateCustomerPayload', customer: { __typename?: 'Customer', id: string, monthlySales: string, relationshipStart: string, grade: number, version: number }, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, facts: Record<string, unknown>, referral?: { __typename?: 'Referral', id: string, state: ReferralState, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number } } | null } } };

export type ChangeCustomerFinancialsMutationVariables = Exact<{
  input: UpdateCustomerFinancialsInput;
}>;


export type ChangeCustomerFinancialsMutation = { __typename?: 'Mutation', updateCustomerFinancials: { __typename?: 'UpdateCustomerPayload', customer: { __typename?: 'Customer', id: string, grade: number, version: number, financials: { __typename?: 'CustomerFinancials', equityRatio: number, outlook: CreditOutlook } }, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, referral?: { __typename?: 'Referral', id: string, state: ReferralState } | null } } };

export type PoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type PoliciesQuery = { __typename?: 'Query', policies: Array<{ __typename?: 'Policy', name: string, version: string, description: string, hash: string, file: string, loadedAt: string, effectiveFrom?: string | null, inForce: boolean, appliesTo: Array<string>, rules: Array<{ __typename?: 'PolicyRule', name: string, description: string, event: string }> }> };

export type PolicyHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PolicyHistoryQuery = { __typename?: 'Query', policyHistory: { __typename?: 'PolicyEventConnection', totalCount: number, edges: Array<{ __typename?: 'PolicyEventEdge', node: { __typename?: 'PolicyEvent', id: string, kind: PolicyEventKind, at: string, name?: string | null, version?: string | null, hash?: string | null, problems: Array<string>, changedBy?: string | null, reloadedBy?: string | null } }> } };

export type EvaluatePolicyQueryVariables = Exact<{
  mutation: Scalars['String']['input'];
  facts: Scalars['JSONObject']['input'];
  businessDate?: InputMaybe<Scalars['LocalDate']['input']>;
  draft?: InputMaybe<Scalars['JSONObject']['input']>;
}>;


export type EvaluatePolicyQuery = { __typename?: 'Query', evaluatePolicy: { __typename?: 'DecisionPreview', outcome: DecisionOutcome, explanation: string, firedRules: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, event: string, params: Record<string, unknown> }>, failedRules: Array<{ __typename?: 'FailedRuleView', policy: string, rule: string }>, policyVersions: Array<{ __typename?: 'PolicyVersionView', name: string, version: string, hash: string }> } };

export type DecisionReplayQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DecisionReplayQuery = { __typename?: 'Query', decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, failedRules: Array<{ __typename?: 'FailedRuleView', policy: string, rule: string, description: string }>, replay: { __typename?: 'DecisionReplay', matches: boolean, outcome: DecisionOutcome, explanation: string } } };

export type BacktestPolicyQueryVariables = Exact<{
  drafts: Array<Scalars['JSONObject']['input']> | Scalars['JSONObject']['input'];
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
}>;


export type BacktestPolicyQuery = { __typename?: 'Query', backtestPolicy: { __typename?: 'BacktestReportView', decisions: number, changed: number, creditGrantedDeltaMinor: string, invoicesWithNewTerm: number, termDayAmountDelta: string, sampleChangedDecisionIds: Array<string>, outcomeChanges: Array<{ __typename?: 'BacktestOutcomeChange', mutation: string, from: string, to: string, count: number }>, ruleChanges: Array<{ __typename?: 'BacktestRuleChange', policy: string, rule: string, event: Record<string, unknown>, firedBefore: number, firedAfter: number }>, tiers: Array<{ __typename?: 'BacktestTier', riskTier: string, decisions: number, changed: number }> } };

export type ReloadPoliciesMutationVariables = Exact<{ [key: string]: never; }>;


export type ReloadPoliciesMutation = { __typename?: 'Mutation', reloadPolicies: { __typename?: 'ReloadPoliciesPayload', applied: boolean, newlyLive: Array<string>, problems: Array<string>, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, actorId?: string | null } } };

export type SetFxRateMutationVariables = Exact<{
  input: SetFxRateInput;
}>;


export type SetFxRateMutation = { __typename?: 'Mutation', setFxRate: { __typename?: 'SetFxRatePayload', fxRate?: { __typename?: 'FxRate', id: string, from: string, to: string, rate: string, effectiveDate: string, setBy: string, decisionId?: string | null } | null, decision: { __typename?: 'Decision', id: string, mutation: string, outcome: DecisionOutcome, explanation: string, facts: Record<string, unknown> } } };

export type FxRatesQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type FxRatesQuery = { __typename?: 'Query', fxRates: Array<{ __typename?: 'FxRate', from: string, to: string, rate: string, effectiveDate: string, setBy: string }> };

export type PortfolioQueryVariables = Exact<{
  currency: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  periodDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PortfolioQuery = { __typename?: 'Query', portfolio: { __typename?: 'Portfolio', asOf: string, currency: string, outstanding: string, openInvoices: number, expectedCreditLoss: string, insuredShare: string, netExpectedCreditLoss: string, periodDays: number, periodStart: string, creditSales: string, dso?: string | null, writtenOff: string, badDebtRatePercent?: string | null, beyondForecast: string, aging: Array<{ __typename?: 'AgingBucket', bucket: string, lossRatePercent: string, amount: string, invoiceCount: number, expectedCreditLoss: string, insuredShare: string }>, cashForecast: Array<{ __typename?: 'ForecastWeek', week: number, from: string, to: string, amount: string, invoiceCount: number }>, byCurrency: Array<{ __typename?: 'PortfolioCurrency', currency: string, outstanding: string, openInvoices: number, creditSales: string, writtenOff: string }>, fxRates: Array<{ __typename?: 'FxRateUsed', from: string, to: string, rate: string, inverted: boolean, effectiveDate: string }> } };

export type ReferralPartsFragment = { __typename?: 'Referral', id: string, mutation: string, customerId?: string | null, invoiceId?: string | null, requestedBy: string, facts: Record<string, unknown>, state: ReferralState, dueAt: string, amount?: string | null, currency?: string | null, heldRequest: Record<string, unknown>, approvalsMissing: number, mayApprove: boolean, subject: { __typename?: 'ReferralSubject', type: ReferralSubjectType, id?: string | null, label: string }, reasons: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, event: string, params: Record<string, unknown> }>, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome }, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number, dueInBusinessDays: number, policyGap?: string | null, decisionIds: Array<string> }, approvals: Array<{ __typename?: 'ReferralApproval', approverId: string, role: Role, note?: string | null, createdAt: string }>, resolution?: { __typename?: 'ReferralResolution', state: ReferralState, by: string, at: string, note?: string | null, applied: boolean, appliedAt?: string | null, applyResult?: Record<string, unknown> | null } | null };

export type ReferralsQueryVariables = Exact<{
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReferralsQuery = { __typename?: 'Query', referrals: { __typename?: 'ReferralConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ReferralEdge', cursor: string, node: { __typename?: 'Referral', id: string, mutation: string, customerId?: string | null, invoiceId?: string | null, requestedBy: string, facts: Record<string, unknown>, state: ReferralState, dueAt: string, amount?: string | null, currency?: string | null, heldRequest: Record<string, unknown>, approvalsMissing: number, mayApprove: boolean, subject: { __typename?: 'ReferralSubject', type: ReferralSubjectType, id?: string | null, label: string }, reasons: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, event: string, params: Record<string, unknown> }>, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome }, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number, dueInBusinessDays: number, policyGap?: string | null, decisionIds: Array<string> }, approvals: Array<{ __typename?: 'ReferralApproval', approverId: string, role: Role, note?: string | null, createdAt: string }>, resolution?: { __typename?: 'ReferralResolution', state: ReferralState, by: string, at: string, note?: string | null, applied: boolean, appliedAt?: string | null, applyResult?: Record<string, unknown> | null } | null } }> } };

export type ReferralQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReferralQuery = { __typename?: 'Query', referral: { __typename?: 'Referral', id: string, mutation: string, customerId?: string | null, invoiceId?: string | null, requestedBy: string, facts: Record<string, unknown>, state: ReferralState, dueAt: string, amount?: string | null, currency?: string | null, heldRequest: Record<string, unknown>, approvalsMissing: number, mayApprove: boolean, subject: { __typename?: 'ReferralSubject', type: ReferralSubjectType, id?: string | null, label: string }, reasons: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, event: string, params: Record<string, unknown> }>, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome }, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number, dueInBusinessDays: number, policyGap?: string | null, decisionIds: Array<string> }, approvals: Array<{ __typename?: 'ReferralApproval', approverId: string, role: Role, note?: string | null, createdAt: string }>, resolution?: { __typename?: 'ReferralResolution', state: ReferralState, by: string, at: string, note?: string | null, applied: boolean, appliedAt?: string | null, applyResult?: Record<string, unknown> | null } | null } };

export type CustomerReferralsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  state?: InputMaybe<ReferralState>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerReferralsQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', id: string, referrals: { __typename?: 'ReferralConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ReferralEdge', node: { __typename?: 'Referral', id: string, state: ReferralState, dueAt: string } }> } } };

export type InvoiceReferralQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceReferralQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, referral?: { __typename?: 'Referral', id: string, state: ReferralState, mutation: string } | null } };

export type ApproveReferralMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  modify?: InputMaybe<ReferralModificationInput>;
}>;


export type ApproveReferralMutation = { __typename?: 'Mutation', approveReferral: { __typename?: 'ApproveReferralPayload', approvalsMissing: number, applied: boolean, referral: { __typename?: 'Referral', id: string, mutation: string, customerId?: string | null, invoiceId?: string | null, requestedBy: string, facts: Record<string, unknown>, state: ReferralState, dueAt: string, amount?: string | null, currency?: string | null, heldRequest: Record<string, unknown>, approvalsMissing: number, mayApprove: boolean, subject: { __typename?: 'ReferralSubject', type: ReferralSubjectType, id?: string | null, label: string }, reasons: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, event: string, params: Record<string, unknown> }>, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome }, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number, dueInBusinessDays: number, policyGap?: string | null, decisionIds: Array<string> }, approvals: Array<{ __typename?: 'ReferralApproval', approverId: string, role: Role, note?: string | null, createdAt: string }>, resolution?: { __typename?: 'ReferralResolution', state: ReferralState, by: string, at: string, note?: string | null, applied: boolean, appliedAt?: string | null, applyResult?: Record<string, unknown> | null } | null } } };

export type DeclineReferralMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineReferralMutation = { __typename?: 'Mutation', declineReferral: { __typename?: 'ReferralPayload', referral: { __typename?: 'Referral', id: string, mutation: string, customerId?: string | null, invoiceId?: string | null, requestedBy: string, facts: Record<string, unknown>, state: ReferralState, dueAt: string, amount?: string | null, currency?: string | null, heldRequest: Record<string, unknown>, approvalsMissing: number, mayApprove: boolean, subject: { __typename?: 'ReferralSubject', type: ReferralSubjectType, id?: string | null, label: string }, reasons: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, event: string, params: Record<string, unknown> }>, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome }, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number, dueInBusinessDays: number, policyGap?: string | null, decisionIds: Array<string> }, approvals: Array<{ __typename?: 'ReferralApproval', approverId: string, role: Role, note?: string | null, createdAt: string }>, resolution?: { __typename?: 'ReferralResolution', state: ReferralState, by: string, at: string, note?: string | null, applied: boolean, appliedAt?: string | null, applyResult?: Record<string, unknown> | null } | null } } };

export type WithdrawReferralMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type WithdrawReferralMutation = { __typename?: 'Mutation', withdrawReferral: { __typename?: 'ReferralPayload', referral: { __typename?: 'Referral', id: string, mutation: string, customerId?: string | null, invoiceId?: string | null, requestedBy: string, facts: Record<string, unknown>, state: ReferralState, dueAt: string, amount?: string | null, currency?: string | null, heldRequest: Record<string, unknown>, approvalsMissing: number, mayApprove: boolean, subject: { __typename?: 'ReferralSubject', type: ReferralSubjectType, id?: string | null, label: string }, reasons: Array<{ __typename?: 'FiredRuleView', policy: string, rule: string, event: string, params: Record<string, unknown> }>, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome }, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number, dueInBusinessDays: number, policyGap?: string | null, decisionIds: Array<string> }, approvals: Array<{ __typename?: 'ReferralApproval', approverId: string, role: Role, note?: string | null, createdAt: string }>, resolution?: { __typename?: 'ReferralResolution', state: ReferralState, by: string, at: string, note?: string | null, applied: boolean, appliedAt?: string | null, applyResult?: Record<string, unknown> | null } | null } } };

export type HeldDecisionPartsFragment = { __typename?: 'Decision', id: string, outcome: DecisionOutcome, referral?: { __typename?: 'Referral', id: string, state: ReferralState, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number } } | null };

export type IssueHeldInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueHeldInvoiceMutation = { __typename?: 'Mutation', issueInvoice: { __typename?: 'IssueInvoicePayload', invoice: { __typename?: 'Invoice', id: string, number: string, status: InvoiceStatus, issueDate: string, dueDate: string, termDays: number, amount: string, outstanding: string, referral?: { __typename?: 'Referral', id: string, state: ReferralState } | null }, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, referral?: { __typename?: 'Referral', id: string, state: ReferralState, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number } } | null } } };

export type CustomerCreditLimitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerCreditLimitQuery = { __typename?: 'Query', customer: { __typename?: 'Customer', exposure: { __typename?: 'Exposure', creditLimit: string, outstanding: string, held: string, available: string } } };

export type HeldInvoiceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HeldInvoiceQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, status: InvoiceStatus, issueDate: string, dueDate: string, termDays: number, outstanding: string, referral?: { __typename?: 'Referral', id: string, state: ReferralState } | null } };

export type RequestHeldCreditLimitMutationVariables = Exact<{
  input: RequestCreditLimitInput;
}>;


export type RequestHeldCreditLimitMutation = { __typename?: 'Mutation', requestCreditLimit: { __typename?: 'RequestCreditLimitPayload', outcome: CreditLimitOutcome, granted?: string | null, exposure: { __typename?: 'Exposure', creditLimit: string }, limitDecision: { __typename?: 'LimitDecision', sequence: number, kind: LimitDecisionKind, requested?: string | null, previousLimit: string, newLimit: string, currency: string, reason: string, decisionId?: string | null }, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, referral?: { __typename?: 'Referral', id: string, state: ReferralState, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number } } | null } } };

export type WriteOffHeldInvoiceMutationVariables = Exact<{
  input: WriteOffInvoiceInput;
}>;


export type WriteOffHeldInvoiceMutation = { __typename?: 'Mutation', writeOffInvoice: { __typename?: 'WriteOffInvoicePayload', invoice: { __typename?: 'Invoice', id: string, status: InvoiceStatus, outstanding: string, writtenOff: string, writtenOffOn?: string | null }, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, referral?: { __typename?: 'Referral', id: string, state: ReferralState, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number } } | null } } };

export type RequestHeldInsuredLimitMutationVariables = Exact<{
  input: RequestInsuredLimitInput;
}>;


export type RequestHeldInsuredLimitMutation = { __typename?: 'Mutation', requestInsuredLimit: { __typename?: 'RequestInsuredLimitPayload', outcome: CreditLimitOutcome, granted?: string | null, reasons: Array<string>, cover?: { __typename?: 'InsuranceCover', id: string, limit: string, named: boolean } | null, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, referral?: { __typename?: 'Referral', id: string, state: ReferralState, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number } } | null } } };

export type CustomerCoversQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type CustomerCoversQuery = { __typename?: 'Query', insuranceCovers: Array<{ __typename?: 'InsuranceCover', limit: string, named: boolean, policy: { __typename?: 'InsurancePolicy', number: string } }> };

export type SetHeldFxRateMutationVariables = Exact<{
  input: SetFxRateInput;
}>;


export type SetHeldFxRateMutation = { __typename?: 'Mutation', setFxRate: { __typename?: 'SetFxRatePayload', fxRate?: { __typename?: 'FxRate', id: string, rate: string, setBy: string } | null, decision: { __typename?: 'Decision', id: string, outcome: DecisionOutcome, referral?: { __typename?: 'Referral', id: string, state: ReferralState, requiredAuthority: { __typename?: 'RequiredAuthority', level: Role, approvals: number } } | null } } };

export const RiskAlertPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]} as unknown as DocumentNode<RiskAlertPartsFragment, unknown>;
export const LimitDecisionPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LimitDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"previousLimit"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}}]}}]} as unknown as DocumentNode<LimitDecisionPartsFragment, unknown>;
export const GradeChangePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeChangeParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"previousRiskTier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"scoreDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"gradeDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<GradeChangePartsFragment, unknown>;
export const DecisionPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<DecisionPartsFragment, unknown>;
export const CustomerPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySales"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipStart"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"limitHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"previousLimit"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPartsFragment, unknown>;
export const InvoicePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectionStage"}},{"kind":"Field","name":{"kind":"Name","value":"ladderAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InvoicePartsFragment, unknown>;
export const PageInfoPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoPartsFragment, unknown>;
export const ClaimPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"indemnityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"indemnity"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"owedToInsurer"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"insurancePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredLoss"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimPartsFragment, unknown>;
export const LateInterestPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LateInterestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LateInterest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"fixedCompensation"}},{"kind":"Field","name":{"kind":"Name","value":"unconvertedCompensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}}]}}]} as unknown as DocumentNode<LateInterestPartsFragment, unknown>;
export const ReferralPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"dueInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyGap"}},{"kind":"Field","name":{"kind":"Name","value":"decisionIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"heldRequest"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applyResult"}}]}}]}}]} as unknown as DocumentNode<ReferralPartsFragment, unknown>;
export const HeldDecisionPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeldDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}}]}}]}}]}}]} as unknown as DocumentNode<HeldDecisionPartsFragment, unknown>;
export const RiskAlertStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RiskAlertStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAlertParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]} as unknown as DocumentNode<RiskAlertStreamSubscription, RiskAlertStreamSubscriptionVariables>;
export const PartnerRiskAlertStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PartnerRiskAlertStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<PartnerRiskAlertStreamSubscription, PartnerRiskAlertStreamSubscriptionVariables>;
export const RiskAlertBatchStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RiskAlertBatchStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxBatchSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlertBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxBatchSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxBatchSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAlertParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]} as unknown as DocumentNode<RiskAlertBatchStreamSubscription, RiskAlertBatchStreamSubscriptionVariables>;
export const RiskAlertHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskAlertHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAlertParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]} as unknown as DocumentNode<RiskAlertHistoryQuery, RiskAlertHistoryQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAlertParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAlertParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const GrantPartnerAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantPartnerAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantPartnerAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<GrantPartnerAccessMutation, GrantPartnerAccessMutationVariables>;
export const RevokePartnerAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePartnerAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartnerAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokePartnerAccessMutation, RevokePartnerAccessMutationVariables>;
export const ClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Claim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimQuery, ClaimQueryVariables>;
export const ClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Claims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ClaimsQuery, ClaimsQueryVariables>;
export const DecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<DecisionQuery, DecisionQueryVariables>;
export const RunCollectionCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunCollectionCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCollectionCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"examined"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"}},{"kind":"Field","name":{"kind":"Name","value":"restorations"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"countryGradeAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"referralsDue"}},{"kind":"Field","name":{"kind":"Name","value":"referralsExpired"}}]}}]}}]} as unknown as DocumentNode<RunCollectionCycleMutation, RunCollectionCycleMutationVariables>;
export const UpdateCustomerFinancialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomerFinancials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerFinancialsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomerFinancials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"financials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openLitigations"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerFinancialsMutation, UpdateCustomerFinancialsMutationVariables>;
export const CustomerCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"financials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openLitigations"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeChangeParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"limitHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitDecisionParts"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeChangeParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"previousRiskTier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"scoreDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"gradeDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LimitDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"previousLimit"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}}]}}]} as unknown as DocumentNode<CustomerCreditQuery, CustomerCreditQueryVariables>;
export const CustomersCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limitHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersCreditQuery, CustomersCreditQueryVariables>;
export const RequestCreditLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCreditLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCreditLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCreditLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limitDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitDecisionParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LimitDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"previousLimit"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<RequestCreditLimitMutation, RequestCreditLimitMutationVariables>;
export const ReviewCreditLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCreditLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCreditLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"examined"}},{"kind":"Field","name":{"kind":"Name","value":"reduced"}},{"kind":"Field","name":{"kind":"Name","value":"steppedUp"}}]}}]}}]} as unknown as DocumentNode<ReviewCreditLimitsMutation, ReviewCreditLimitsMutationVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySales"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipStart"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"limitHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"previousLimit"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySales"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipStart"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"limitHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"previousLimit"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerParts"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySales"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipStart"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"utilization"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"limitHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"previousLimit"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectionStage"}},{"kind":"Field","name":{"kind":"Name","value":"ladderAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const CustomerInvoicesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInvoicesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CustomerInvoicesPageQuery, CustomerInvoicesPageQueryVariables>;
export const PortfolioNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioNestedQuery, PortfolioNestedQueryVariables>;
export const ApproveReferralWithKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveReferralWithKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"applyResult"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApproveReferralWithKeyMutation, ApproveReferralWithKeyMutationVariables>;
export const ReferralInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferralInboxQuery, ReferralInboxQueryVariables>;
export const CreateInsurancePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInsurancePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInsurancePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInsurancePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurancePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"coveredRisks"}},{"kind":"Field","name":{"kind":"Name","value":"indemnityPercentWithNamedLimit"}},{"kind":"Field","name":{"kind":"Name","value":"indemnityPercentWithoutNamedLimit"}},{"kind":"Field","name":{"kind":"Name","value":"maxCreditTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"protractedDefaultWaitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"declarationDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"claimFilingDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"premiumRatePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInsurancePolicyMutation, CreateInsurancePolicyMutationVariables>;
export const RequestInsuredLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestInsuredLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInsuredLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInsuredLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<RequestInsuredLimitMutation, RequestInsuredLimitMutationVariables>;
export const DeclareOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareOverdue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareOverdueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareOverdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaredOn"}},{"kind":"Field","name":{"kind":"Name","value":"declarationDeadline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<DeclareOverdueMutation, DeclareOverdueMutationVariables>;
export const FileClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"indemnityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"indemnity"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"owedToInsurer"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"insurancePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredLoss"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<FileClaimMutation, FileClaimMutationVariables>;
export const ReviewClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"indemnityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"indemnity"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"owedToInsurer"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"insurancePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredLoss"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewClaimMutation, ReviewClaimMutationVariables>;
export const SettleClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOffOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"indemnityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"indemnity"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"owedToInsurer"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReasons"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"insurancePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredLoss"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<SettleClaimMutation, SettleClaimMutationVariables>;
export const InvoiceInsuranceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceInsurance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"uninsured"}},{"kind":"Field","name":{"kind":"Name","value":"uninsuredReason"}},{"kind":"Field","name":{"kind":"Name","value":"declarationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"claimFilingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"declaredOn"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceInsuranceQuery, InvoiceInsuranceQueryVariables>;
export const CustomerInsuredExposureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInsuredExposure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"uninsured"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerInsuredExposureQuery, CustomerInsuredExposureQueryVariables>;
export const InsurancePremiumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsurancePremium"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"premium"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"insuredTurnover"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"premiumRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}}]}}]}}]} as unknown as DocumentNode<InsurancePremiumQuery, InsurancePremiumQueryVariables>;
export const InsurancePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsurancePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurancePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"coveredRisks"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsurancePoliciesQuery, InsurancePoliciesQueryVariables>;
export const InsuredPortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsuredPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"insuredOutstanding"}},{"kind":"Field","name":{"kind":"Name","value":"uninsuredOutstanding"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCreditLoss"}},{"kind":"Field","name":{"kind":"Name","value":"insuredShare"}},{"kind":"Field","name":{"kind":"Name","value":"netExpectedCreditLoss"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"aging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCreditLoss"}},{"kind":"Field","name":{"kind":"Name","value":"insuredShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"insuredOutstanding"}},{"kind":"Field","name":{"kind":"Name","value":"uninsuredOutstanding"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}}]}}]}}]}}]} as unknown as DocumentNode<InsuredPortfolioQuery, InsuredPortfolioQueryVariables>;
export const AlertTypesByCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertTypesByCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertTypesByCustomerQuery, AlertTypesByCustomerQueryVariables>;
export const ClaimRecoveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimRecoveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"owedToInsurer"}}]}}]}}]} as unknown as DocumentNode<ClaimRecoveriesQuery, ClaimRecoveriesQueryVariables>;
export const InvoiceLateInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceLateInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LateInterestParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LateInterestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LateInterest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"fixedCompensation"}},{"kind":"Field","name":{"kind":"Name","value":"unconvertedCompensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}}]}}]} as unknown as DocumentNode<InvoiceLateInterestQuery, InvoiceLateInterestQueryVariables>;
export const InvoicesLateInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesLateInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lateInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesLateInterestQuery, InvoicesLateInterestQueryVariables>;
export const InvoiceDunningLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDunningLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dunningLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceDunningLetterQuery, InvoiceDunningLetterQueryVariables>;
export const RequestTermExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTermExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestTermExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTermExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDays"}},{"kind":"Field","name":{"kind":"Name","value":"grantedDays"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"newDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDays"}},{"kind":"Field","name":{"kind":"Name","value":"grantedDays"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"newDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectionStage"}},{"kind":"Field","name":{"kind":"Name","value":"ladderAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<RequestTermExtensionMutation, RequestTermExtensionMutationVariables>;
export const InvoiceExtensionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceExtensions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedDays"}},{"kind":"Field","name":{"kind":"Name","value":"newDueDate"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceExtensionsQuery, InvoiceExtensionsQueryVariables>;
export const IssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectionStage"}},{"kind":"Field","name":{"kind":"Name","value":"ladderAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectionStage"}},{"kind":"Field","name":{"kind":"Name","value":"ladderAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const InvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectionStage"}},{"kind":"Field","name":{"kind":"Name","value":"ladderAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InvoiceQuery, InvoiceQueryVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectionStage"}},{"kind":"Field","name":{"kind":"Name","value":"ladderAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const WriteOffInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteOffInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceParts"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOffOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collectionStage"}},{"kind":"Field","name":{"kind":"Name","value":"ladderAnchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"because"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<WriteOffInvoiceMutation, WriteOffInvoiceMutationVariables>;
export const ChangeCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySales"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipStart"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeCustomerMutation, ChangeCustomerMutationVariables>;
export const ChangeCustomerFinancialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCustomerFinancials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerFinancialsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomerFinancials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"financials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeCustomerFinancialsMutation, ChangeCustomerFinancialsMutationVariables>;
export const PoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"event"}}]}}]}}]}}]} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const PolicyHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reloadedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyHistoryQuery, PolicyHistoryQueryVariables>;
export const EvaluatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mutation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mutation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mutation"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}},{"kind":"Argument","name":{"kind":"Name","value":"businessDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"firedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluatePolicyQuery, EvaluatePolicyQueryVariables>;
export const DecisionReplayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionReplayQuery, DecisionReplayQueryVariables>;
export const BacktestPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BacktestPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drafts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtestPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"drafts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drafts"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"firedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"firedAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskTier"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditGrantedDeltaMinor"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesWithNewTerm"}},{"kind":"Field","name":{"kind":"Name","value":"termDayAmountDelta"}},{"kind":"Field","name":{"kind":"Name","value":"sampleChangedDecisionIds"}}]}}]}}]} as unknown as DocumentNode<BacktestPolicyQuery, BacktestPolicyQueryVariables>;
export const ReloadPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReloadPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reloadPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"newlyLive"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}}]}}]}}]}}]} as unknown as DocumentNode<ReloadPoliciesMutation, ReloadPoliciesMutationVariables>;
export const SetFxRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFxRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"setBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}}]} as unknown as DocumentNode<SetFxRateMutation, SetFxRateMutationVariables>;
export const FxRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FxRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fxRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"setBy"}}]}}]}}]} as unknown as DocumentNode<FxRatesQuery, FxRatesQueryVariables>;
export const PortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"openInvoices"}},{"kind":"Field","name":{"kind":"Name","value":"aging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"lossRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCreditLoss"}},{"kind":"Field","name":{"kind":"Name","value":"insuredShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedCreditLoss"}},{"kind":"Field","name":{"kind":"Name","value":"insuredShare"}},{"kind":"Field","name":{"kind":"Name","value":"netExpectedCreditLoss"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"creditSales"}},{"kind":"Field","name":{"kind":"Name","value":"dso"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"badDebtRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"cashForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beyondForecast"}},{"kind":"Field","name":{"kind":"Name","value":"byCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"openInvoices"}},{"kind":"Field","name":{"kind":"Name","value":"creditSales"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fxRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"inverted"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioQuery, PortfolioQueryVariables>;
export const ReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"dueInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyGap"}},{"kind":"Field","name":{"kind":"Name","value":"decisionIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"heldRequest"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applyResult"}}]}}]}}]} as unknown as DocumentNode<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"dueInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyGap"}},{"kind":"Field","name":{"kind":"Name","value":"decisionIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"heldRequest"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applyResult"}}]}}]}}]} as unknown as DocumentNode<ReferralQuery, ReferralQueryVariables>;
export const CustomerReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CustomerReferralsQuery, CustomerReferralsQueryVariables>;
export const InvoiceReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceReferralQuery, InvoiceReferralQueryVariables>;
export const ApproveReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modify"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralModificationInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"modify"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modify"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"dueInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyGap"}},{"kind":"Field","name":{"kind":"Name","value":"decisionIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"heldRequest"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applyResult"}}]}}]}}]} as unknown as DocumentNode<ApproveReferralMutation, ApproveReferralMutationVariables>;
export const DeclineReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"dueInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyGap"}},{"kind":"Field","name":{"kind":"Name","value":"decisionIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"heldRequest"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applyResult"}}]}}]}}]} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const WithdrawReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"dueInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyGap"}},{"kind":"Field","name":{"kind":"Name","value":"decisionIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"heldRequest"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approverId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applyResult"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const IssueHeldInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueHeldInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeldDecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeldDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}}]}}]}}]}}]} as unknown as DocumentNode<IssueHeldInvoiceMutation, IssueHeldInvoiceMutationVariables>;
export const CustomerCreditLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCreditLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCreditLimitQuery, CustomerCreditLimitQueryVariables>;
export const HeldInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeldInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<HeldInvoiceQuery, HeldInvoiceQueryVariables>;
export const RequestHeldCreditLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestHeldCreditLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCreditLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCreditLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"exposure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limitDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitDecisionParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeldDecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LimitDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"previousLimit"}},{"kind":"Field","name":{"kind":"Name","value":"newLimit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeldDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}}]}}]}}]}}]} as unknown as DocumentNode<RequestHeldCreditLimitMutation, RequestHeldCreditLimitMutationVariables>;
export const WriteOffHeldInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffHeldInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteOffInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOffOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeldDecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeldDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}}]}}]}}]}}]} as unknown as DocumentNode<WriteOffHeldInvoiceMutation, WriteOffHeldInvoiceMutationVariables>;
export const RequestHeldInsuredLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestHeldInsuredLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInsuredLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInsuredLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"named"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeldDecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeldDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}}]}}]}}]}}]} as unknown as DocumentNode<RequestHeldInsuredLimitMutation, RequestHeldInsuredLimitMutationVariables>;
export const CustomerCoversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCovers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuranceCovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"named"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCoversQuery, CustomerCoversQueryVariables>;
export const SetHeldFxRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHeldFxRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"setBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HeldDecisionParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HeldDecisionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}}]}}]}}]}}]} as unknown as DocumentNode<SetHeldFxRateMutation, SetHeldFxRateMutationVariables>;