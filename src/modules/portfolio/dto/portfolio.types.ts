import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';

@ArgsType()
export class PortfolioArgs {
  @Field({ description: 'ISO 4217 reporting currency; other currencies are converted at the rate in force on asOf (setFxRate).' })
  currency!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Report date: aging and the forecast are measured from it; today (the business date) when omitted.' })
  asOf?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days of the DSO and bad-debt period ending on asOf; rules/provisions.json sets the default.' })
  periodDays?: number | null;
}

@ObjectType({ description: 'Open receivables in one aging bucket of the provision matrix (rules/provisions.json).' })
export class AgingBucket {
  @Field({ description: 'Bucket name from the policy, e.g. CURRENT, DAYS_1_30.' })
  bucket!: string;

  @Field(() => DecimalScalar, { description: 'Expected loss, percent of the outstanding amount (policy data).' })
  lossRatePercent!: string;

  @Field(() => DecimalScalar, { description: 'Outstanding, in the reporting currency.' })
  amount!: string;

  @Field(() => Int)
  invoiceCount!: number;

  @Field(() => DecimalScalar, { description: 'amount x lossRatePercent, rounded half-up to the minor unit.' })
  expectedCreditLoss!: string;

  @Field(() => DecimalScalar, {
    description:
      "Share of the expected loss the credit insurer would pay: Σ insured outstanding × the indemnity percentage of the invoice's insurance policy (with or without a named limit) × lossRatePercent, rounded half-up once to the minor unit; at most expectedCreditLoss.",
  })
  insuredShare!: string;
}

@ObjectType({ description: 'Expected collections of one week of the cash forecast.' })
export class ForecastWeek {
  @Field(() => Int, { description: '1 for the week starting on asOf.' })
  week!: number;

  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the week (inclusive).' })
  to!: string;

  @Field(() => DecimalScalar, { description: 'Outstanding expected in the week, in the reporting currency.' })
  amount!: string;

  @Field(() => Int)
  invoiceCount!: number;
}

@ObjectType({ description: 'The portfolio in one original currency, before conversion.' })
export class PortfolioCurrency {
  @Field()
  currency!: string;

  @Field(() => DecimalScalar)
  outstanding!: string;

  @Field(() => Int)
  openInvoices!: number;

  @Field(() => DecimalScalar, { description: 'Insured part of the outstanding: Σ min(outstanding, insured at issue) (payments reduce the uninsured part first).' })
  insuredOutstanding!: string;

  @Field(() => DecimalScalar, { description: 'outstanding - insuredOutstanding.' })
  uninsuredOutstanding!: string;

  @Field(() => DecimalScalar, { description: 'Invoiced in the period.' })
  creditSales!: string;

  @Field(() => DecimalScalar, { description: "Written off in the period, net of the seller's recoveries on those invoices since." })
  writtenOff!: string;
}

@ObjectType({ description: 'An exchange rate the portfolio used.' })
export class FxRateUsed {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => DecimalScalar, { description: 'The stored rate; when inverted it is the rate of to -> from and amounts are divided by it.' })
  rate!: string;

  @Field()
  inverted!: boolean;

  @Field(() => LocalDateScalar)
  effectiveDate!: string;
}

@ObjectType({
  description:
    'Portfolio figures on a report date in one reporting currency. Each figure is converted from its exact original-currency sum and rounded once, so a total may differ from the sum of its parts by a minor unit per currency.',
})
export class Portfolio {
  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field()
  currency!: string;

  @Field(() => DecimalScalar, { description: 'Open receivables (issued on or before asOf) still unpaid.' })
  outstanding!: string;

  @Field(() => Int)
  openInvoices!: number;

  @Field(() => DecimalScalar, {
    description: 'Insured part of the outstanding: Σ min(outstanding, insured at issue) per original currency, each converted once (rounded half-up).',
  })
  insuredOutstanding!: string;

  @Field(() => DecimalScalar, { description: 'outstanding - insuredOutstanding, so the two add up to the outstanding exactly.' })
  uninsuredOutstanding!: string;

  @Field(() => [AgingBucket], { description: 'In the order of the provision matrix; empty buckets included.' })
  aging!: AgingBucket[];

  @Field(() => DecimalScalar, { description: 'Sum of the buckets\' expected credit loss, before insurance.' })
  expectedCreditLoss!: string;

  @Field(() => DecimalScalar, { description: "Insured share of the expected loss: the sum of the buckets' insuredShare." })
  insuredShare!: string;

  @Field(() => DecimalScalar, { description: 'expectedCreditLoss - insuredShare.' })
  netExpectedCreditLoss!: string;

  @Field(() => Int, { description: 'Days of the period for DSO and the bad-debt rate (ending on asOf, inclusive).' })
  periodDays!: number;

  @Field(() => LocalDateScalar)
  periodStart!: string;

  @Field(() => DecimalScalar, { description: 'Invoices issued in the period (credit sales).' })
  creditSales!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Days sales outstanding: outstanding / creditSales x periodDays, 2 decimals; null without credit sales.' })
  dso!: string | null;

  @Field(() => DecimalScalar, { description: "Written off as bad debt in the period, net of the seller's recoveries on those invoices since (the insurer's share of a recovery is not the seller's)." })
  writtenOff!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'writtenOff / creditSales, percent, 2 decimals; null without credit sales.' })
  badDebtRatePercent!: string | null;

  @Field(() => [ForecastWeek], { description: 'Expected collections per week from asOf, by due date; overdue amounts in week 1.' })
  cashForecast!: ForecastWeek[];

  @Field(() => DecimalScalar, { description: 'Outstanding due after the last forecast week.' })
  beyondForecast!: string;

  @Field(() => [PortfolioCurrency], { description: 'The same figures per original currency, unconverted.' })
  byCurrency!: PortfolioCurrency[];

  @Field(() => [FxRateUsed])
  fxRates!: FxRateUsed[];
}
