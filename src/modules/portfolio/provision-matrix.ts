/**
 * The provision matrix of rules/provisions.json, asked for by a read: decide() is pure, so the
 * portfolio asks it once per distinct days-past-due value (never per invoice) and stores nothing.
 */
import { eventsOfType } from '../../policy/decision';
import type { PolicyService } from '../../policy/policy.service';
import { BadUserInputError } from '../../shared/errors';

export interface BucketRule {
  bucket: string;
  lossRatePercent: number;
}

export class ProvisionMatrix {
  private readonly decided = new Map<number, Promise<BucketRule>>();

  constructor(
    private readonly policy: PolicyService,
    private readonly asOf: string,
  ) {}

  /** Every bucket of the matrix in force on asOf, in the order of its rules (so empty buckets are reported too). */
  buckets(): BucketRule[] {
    const set = this.policy.current();
    const seen = new Map<string, BucketRule>();
    for (const name of new Set(set.policies.map((policy) => policy.body.name))) {
      const policy = set.inForce(name, this.asOf);
      for (const rule of policy?.body.rules ?? []) {
        if (!(rule.appliesTo ?? policy!.body.appliesTo).includes('provisionReceivables') || rule.event.type !== 'assign-aging-bucket') continue;
        const params = rule.event.params as { bucket: string; lossRatePercent: number };
        if (!seen.has(params.bucket)) seen.set(params.bucket, { bucket: params.bucket, lossRatePercent: params.lossRatePercent });
      }
    }
    return [...seen.values()];
  }

  /** The bucket of receivables this many days past due (0 or less: not yet due). */
  bucketFor(daysPastDue: number): Promise<BucketRule> {
    let decided = this.decided.get(daysPastDue);
    if (!decided) {
      decided = this.policy.decide('provisionReceivables', { daysPastDue }, this.asOf).then((decision) => {
        const [event] = eventsOfType(decision, 'assign-aging-bucket');
        if (!event) {
          // A gap in the matrix: no guessed bucket, the report is refused until the policy covers it.
          throw new BadUserInputError(`The provision matrix in force on ${this.asOf} puts receivables ${daysPastDue} days past due in no aging bucket; fix rules/provisions.json`, {
            field: 'asOf',
          });
        }
        return { bucket: String(event.bucket), lossRatePercent: Number(event.lossRatePercent) };
      });
      this.decided.set(daysPastDue, decided);
    }
    return decided;
  }
}

/** The DSO period and forecast horizon the policy sets for a report (rules/provisions.json). */
export async function reportingSettings(policy: PolicyService, reportingCurrency: string, asOf: string): Promise<{ periodDays: number; forecastWeeks: number }> {
  const decision = await policy.decide('reportPortfolio', { reportingCurrency }, asOf);
  const [event] = eventsOfType(decision, 'set-reporting-period');
  if (!event) throw new BadUserInputError(`No reporting period is set for ${reportingCurrency} on ${asOf}; add a set-reporting-period rule to rules/provisions.json`, { field: 'currency' });
  return { periodDays: Number(event.periodDays), forecastWeeks: Number(event.forecastWeeks) };
}
