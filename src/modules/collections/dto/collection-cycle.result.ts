import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../../app/scalars';

@ObjectType({ description: 'What one run of the collections cycle did.' })
export class CollectionCycleResultView {
  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field(() => Int, { description: 'Open invoices looked at.' })
  examined!: number;

  @Field(() => Int, { description: 'Invoices moved to a later collection stage (each with a decision and an alert).' })
  transitions!: number;

  @Field(() => Int, { description: 'Customers whose supply was suspended.' })
  suspensions!: number;

  @Field(() => Int, { description: 'Customers whose supply was restored because nothing is overdue any more.' })
  restorations!: number;

  @Field(() => Int, { description: 'Warnings raised because an insurance deadline (declaration, claim filing) of an overdue insured invoice comes near.' })
  insuranceWarnings!: number;

  @Field(() => Int, { description: 'Alerts raised because a country grade dropped (rules/country-risk/country-grades.json): one per customer in the country, once per drop.' })
  countryGradeAlerts!: number;

  @Field(() => Int, { description: 'Open referrals due soon (rules/credit-authority.json, reviewReferral): one REFERRAL_DUE alert each, once per referral.' })
  referralsDue!: number;

  @Field(() => Int, { description: 'Open referrals nobody decided by their due time: EXPIRED, the held request let go as declined (a held invoice CANCELLED), with a REFERRAL_EXPIRED alert.' })
  referralsExpired!: number;
}
