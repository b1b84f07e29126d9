import { Authorized, Field, Float, ObjectType } from 'type-graphql';
import { READERS } from '../../app/roles';
import { fromMinorUnits } from '../../shared/money';
import { DecimalScalar } from '../../app/scalars';
import type { ExposureFigures } from './exposure.loaders';

/** What we stand to lose on a customer, as the API shows it. */
@ObjectType('Exposure', { description: 'What we stand to lose on a customer, in its account currency.' })
export class ExposureView {
  constructor(private readonly figures: ExposureFigures) {}

  get exposureId(): string {
    return this.figures.exposure.id;
  }

  @Field()
  get currency(): string {
    return this.figures.exposure.currency;
  }

  @Field(() => DecimalScalar, { description: 'Approved credit limit.' })
  get creditLimit(): string {
    return fromMinorUnits(this.figures.exposure.creditLimitMinor, this.currency);
  }

  @Field(() => DecimalScalar, { description: "Outstanding on the customer's open invoices." })
  get outstanding(): string {
    return fromMinorUnits(this.figures.outstandingMinor, this.currency);
  }

  @Authorized(...READERS) // referrals are staff-only: partners see no held request
  @Field(() => DecimalScalar, {
    description: 'Invoices held for a referral (status ON_HOLD): not outstanding yet, but what releasing them would add (Customer.referrals). Staff only.',
  })
  get held(): string {
    return fromMinorUnits(this.figures.heldMinor ?? 0, this.currency);
  }

  @Field(() => DecimalScalar, { description: 'Credit limit minus outstanding; negative when over the limit.' })
  get available(): string {
    return fromMinorUnits(this.figures.exposure.creditLimitMinor - this.figures.outstandingMinor, this.currency);
  }

  @Field(() => DecimalScalar, { description: 'Insured part of the outstanding: Σ min(outstanding, insured at issue) over open invoices (credit insurance).' })
  get insured(): string {
    return fromMinorUnits(this.figures.insuredMinor ?? 0, this.currency);
  }

  @Field(() => DecimalScalar, { description: 'Outstanding minus insured: what we lose if the customer pays nothing.' })
  get uninsured(): string {
    return fromMinorUnits(this.figures.outstandingMinor - (this.figures.insuredMinor ?? 0), this.currency);
  }

  @Field(() => Float, {
    nullable: true,
    description: 'Outstanding ÷ credit limit as a ratio (0.85 = 85%), rounded to 4 decimals; null when there is no limit.',
  })
  get utilization(): number | null {
    const limit = this.figures.exposure.creditLimitMinor;
    return limit === 0 ? null : Math.round((this.figures.outstandingMinor / limit) * 10_000) / 10_000;
  }
}
