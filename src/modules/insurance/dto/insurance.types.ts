import { Matches, Max, Min } from 'class-validator';
import { ArgsType, Authorized, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { READERS } from '../../../app/roles';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { Connection, PageArgs } from '../../../app/pagination';
import { DecisionRecord } from '../../../app/outbox/decision-record.entity';
import { CreditLimitOutcome } from '../../exposure';
import { Invoice } from '../../invoice';
import { InsuranceCover, InsurancePolicy, InsuredRisk } from '../insurance-policy.entity';
import { ExactPercent, NotBefore, NotBlank } from '../../../shared/validation';

export const InsurancePolicyConnection = Connection(InsurancePolicy, 'InsurancePolicy');

/** The longest term, extension, waiting period or deadline a policy may be recorded with: a sanity bound (the rules set the real ones). */
const MAX_TERM_DAYS = 1095;
const TERM_DAYS = { message: `$property must be a whole number of days from 0 to ${MAX_TERM_DAYS} (got $value)` };
const TermDays = () => (target: object, property: string) => {
  Min(0, TERM_DAYS)(target, property);
  Max(MAX_TERM_DAYS, TERM_DAYS)(target, property);
};

@InputType({ description: 'A credit-insurance policy to record. Terms left out take the defaults of rules/claims.json.' })
export class CreateInsurancePolicyInput {
  @Field()
  @NotBlank()
  insurer!: string;

  @Field({ description: 'Policy number; unique.' })
  @NotBlank()
  number!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 home country of the insured seller (buyers elsewhere are cross-border).' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as DE (got "$value")' })
  country!: string;

  @Field(() => LocalDateScalar)
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of cover (included).' })
  @NotBefore('periodStart')
  periodEnd!: string;

  @Field(() => [InsuredRisk])
  coveredRisks!: InsuredRisk[];

  @Field(() => Float, { nullable: true })
  @ExactPercent()
  indemnityPercentWithNamedLimit?: number | null;

  @Field(() => Float, { nullable: true })
  @ExactPercent()
  indemnityPercentWithoutNamedLimit?: number | null;

  @Field(() => Int, { nullable: true })
  @TermDays()
  maxCreditTermDays?: number | null;

  @Field(() => Int, { nullable: true })
  @TermDays()
  maxExtensionDays?: number | null;

  @Field(() => Int, { nullable: true })
  @TermDays()
  protractedDefaultWaitingDays?: number | null;

  @Field(() => Int, { nullable: true })
  @TermDays()
  declarationDeadlineDays?: number | null;

  @Field(() => Int, { nullable: true })
  @TermDays()
  claimFilingDeadlineDays?: number | null;

  @Field(() => Float, { nullable: true })
  @ExactPercent()
  premiumRatePercent?: number | null;
}

@ObjectType()
export class CreateInsurancePolicyPayload {
  @Field(() => InsurancePolicy)
  insurancePolicy!: InsurancePolicy;

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}

@InputType({ description: 'Cover asked for a customer under an insurance policy: the whole insured limit, in the customer currency.' })
export class RequestInsuredLimitInput {
  @Field(() => ID)
  insurancePolicyId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => DecimalScalar)
  amount!: string;
}

@ObjectType({ description: 'The answer to a cover request; a referral or rejection changes no cover.' })
export class RequestInsuredLimitPayload {
  @Field(() => CreditLimitOutcome)
  outcome!: CreditLimitOutcome;

  @Field(() => DecimalScalar, { nullable: true, description: 'The insured limit granted (APPROVED, PARTIAL); null when referred or rejected.' })
  granted!: string | null;

  @Field(() => InsuranceCover, { nullable: true, description: 'The cover after the decision (null: none yet).' })
  cover!: InsuranceCover | null;

  @Field(() => [String], { description: 'Why it was referred or rejected (empty otherwise).' })
  reasons!: string[];

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}

@ObjectType({ description: 'Credit insurance of one invoice.' })
export class InvoiceInsurance {
  @Field(() => DecimalScalar, { description: 'Insured at issue.' })
  insured!: string;

  @Field(() => DecimalScalar, { description: 'Not insured at issue (beyond the insured limit or the maximum credit term, or no cover).' })
  uninsured!: string;

  @Field(() => String, { nullable: true, description: 'Why (part of) the invoice is not insured.' })
  uninsuredReason!: string | null;

  @Authorized(...READERS) // staff only: partners do not see it
  @Field(() => InsurancePolicy, { nullable: true })
  policy!: InsurancePolicy | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date + the policy’s declaration deadline: declare the overdue by then.' })
  declarationDeadline!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date + the policy’s claim filing deadline: file a claim by then.' })
  claimFilingDeadline!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the overdue was declared to the insurer.' })
  declaredOn!: string | null;
}

@InputType()
export class DeclareOverdueInput {
  @Field(() => [ID])
  invoiceIds!: string[];
}

@ObjectType()
export class DeclareOverduePayload {
  @Field(() => [Invoice])
  invoices!: Invoice[];

  @Field(() => DecisionRecord)
  decision!: DecisionRecord;
}

@ObjectType({ description: 'Premium owed on an insurance policy for a period: insured turnover × premium rate.' })
export class PremiumLine {
  @Field(() => InsurancePolicy)
  policy!: InsurancePolicy;

  @Field()
  currency!: string;

  @Field(() => DecimalScalar, { description: 'Insured part of the invoices issued in the period under the policy.' })
  insuredTurnover!: string;

  @Field(() => Int)
  invoiceCount!: number;

  @Field(() => Float)
  premiumRatePercent!: number;

  @Field(() => DecimalScalar, { description: 'insuredTurnover × premiumRatePercent / 100, rounded half-up to the minor unit.' })
  premium!: string;
}

@ArgsType()
export class InsurancePoliciesArgs extends PageArgs {}
