import { Field, Int, ObjectType } from 'type-graphql';
import { decimalsIn, fromMinorUnits } from '../../../shared/money';
import { DecimalScalar, LocalDateScalar } from '../../../app/scalars';
import { formatRatePercent, type LateInterestFigures, type LateInterestPeriodFigures } from '../late-interest.service';

@ObjectType({ description: 'One stretch of lateness with the same unpaid amount and the same rate.' })
export class LateInterestPeriod {
  @Field(() => LocalDateScalar, { description: 'First day accrued.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day accrued (a payment on this day still counted as unpaid on it).' })
  to!: string;

  @Field(() => Int)
  days!: number;

  @Field(() => DecimalScalar, { description: 'Unpaid during the period: what the interest runs on.' })
  principal!: string;

  @Field(() => DecimalScalar, { description: 'Percent per year: reference rate + margin, e.g. "10.15".' })
  annualRate!: string;

  @Field(() => DecimalScalar, { description: 'principal x annualRate x days / day-count basis, rounded half-up to the minor unit.' })
  interest!: string;
}

@ObjectType({ description: 'An amount in a currency of its own.' })
export class CurrencyAmount {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field()
  currency!: string;
}

@ObjectType({
  description:
    'Late-payment interest on a date (rules/late-interest.json, reference rate from rules/reference-rates/): piecewise, on what was unpaid, from the day after the due date.',
})
export class LateInterest {
  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field({ description: 'Currency of every amount below but unconvertedCompensation.' })
  currency!: string;

  @Field(() => DecimalScalar, { description: 'Outstanding on asOf (0 when paid or written off).' })
  principal!: string;

  @Field(() => Int, { description: 'Days on which interest ran up to asOf: days late, up to the day of full payment.' })
  days!: number;

  @Field(() => DecimalScalar, { description: 'Percent per year of the latest period ("10.15" = 10.15%); 0 when nothing accrued.' })
  annualRate!: string;

  @Field(() => DecimalScalar, { description: 'Sum of the periods\' interest.' })
  interest!: string;

  @Field(() => DecimalScalar, { description: 'Fixed recovery compensation, once per late invoice, when the policy states it in the invoice currency (else 0: see unconvertedCompensation).' })
  fixedCompensation!: string;

  @Field(() => CurrencyAmount, {
    nullable: true,
    description: 'The fixed compensation when the policy states it in another currency than the invoice: owed, but not in total (no exchange rates yet).',
  })
  unconvertedCompensation!: CurrencyAmount | null;

  @Field(() => DecimalScalar, { description: 'interest + fixedCompensation.' })
  total!: string;

  @Field(() => [LateInterestPeriod], { description: 'How the interest was computed, oldest period first.' })
  periods!: LateInterestPeriod[];
}

export function lateInterestView(figures: LateInterestFigures): LateInterest {
  const money = decimalsIn(figures.currency);
  return {
    asOf: figures.asOf,
    currency: figures.currency,
    principal: money(figures.principalMinor),
    days: figures.days,
    annualRate: formatRatePercent(figures.annualRateMillionths),
    interest: money(figures.interestMinor),
    fixedCompensation: money(figures.fixedCompensationMinor),
    unconvertedCompensation: figures.unconvertedCompensation
      ? { amount: fromMinorUnits(figures.unconvertedCompensation.minor, figures.unconvertedCompensation.currency), currency: figures.unconvertedCompensation.currency }
      : null,
    total: money(figures.totalMinor),
    periods: figures.periods.map((period: LateInterestPeriodFigures) => ({
      from: period.from,
      to: period.to,
      days: period.days,
      principal: money(period.principalMinor),
      annualRate: formatRatePercent(period.annualRateMillionths),
      interest: money(period.interestMinor),
    })),
  };
}
