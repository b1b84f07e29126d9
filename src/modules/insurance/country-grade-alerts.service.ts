/**
 * Country grade drops (rules/country-risk/country-grades.json), raised by the collections cycle once
 * they take effect: for every drop whose row is in force on the cycle's business date and not yet
 * raised, the raiseAlert decision of rules/alerts.json (alert source COUNTRY_DOWNGRADE, gradeStepsDown =
 * new grade - previous grade) is stored, and its alerts go to every customer in the country, one each,
 * so each partner sees the drop on the customers it is entitled to. A country_grade_drop row per
 * (country, new grade, effective date), written in the same transaction, makes it exactly once: a cycle
 * that finds it (or loses the race to insert it) raises nothing.
 * A drop found after its date (a missed cycle, a table edited after the fact) is raised at the next cycle.
 */
import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { insertRows } from '../../app/bound-sql';
import type { PolicyService } from '../../policy/policy.service';
import type { Clock } from '../../shared/clock';
import { Outbox } from '../../app/outbox/outbox';
import { Customer } from '../customer';
import { CountryGradeDrop } from './country-grade-drop.entity';
import { countryDowngrades } from '../../policy/data/country-risk';

export interface CountryGradeReviewDependencies {
  em: EntityManager;
  policy: PolicyService;
  clock: Clock;
  actorId: string;
}

/** Raises the country grade drops in force on asOf that were not raised yet; returns how many alerts it raised. */
export async function reviewCountryGrades(deps: CountryGradeReviewDependencies, asOf: string): Promise<number> {
  const drops = countryDowngrades(deps.policy.current().data.countryGrades).filter((drop) => drop.from <= asOf);
  if (drops.length === 0) return 0;
  const raised = await deps.em.fork().find(CountryGradeDrop, { country: { $in: [...new Set(drops.map((drop) => drop.country))] } }, { fields: ['country', 'grade', 'effectiveFrom'] });
  const key = (country: string, grade: number, from: string) => `${country}/${grade}/${from}`;
  const done = new Set(raised.map((drop) => key(drop.country, drop.grade, drop.effectiveFrom)));
  let alerts = 0;
  for (const drop of drops) {
    if (done.has(key(drop.country, drop.grade, drop.from))) continue;
    try {
      alerts += await deps.em.fork().transactional(async (tx) => {
        const source = { alertSource: 'COUNTRY_DOWNGRADE', gradeStepsDown: drop.grade - drop.previousGrade };
        const decision = await deps.policy.decide('raiseAlert', { utilization: 0, stage: '', ...source }, asOf);
        const outbox = Outbox.bulk(deps, tx);
        const record = outbox.record(decision, `Country ${drop.country}: grade ${drop.previousGrade} -> ${drop.grade} from ${drop.from}`);
        const customers = await tx.find(Customer, { country: drop.country }, { fields: ['id', 'name'], orderBy: { id: 'asc' } });
        const data = { country: drop.country, previousGrade: drop.previousGrade, grade: drop.grade, effectiveFrom: drop.from };
        for (const customer of customers) {
          await outbox.alert(
            record,
            { customerId: customer.id },
            source,
            {
              staff: `Country ${drop.country} was downgraded from grade ${drop.previousGrade} to ${drop.grade} on ${drop.from}: review the credit and insured limits of ${customer.name}`,
              // Partners learn of the drop, not the grades of the insurer's country table.
              partner: `Country ${drop.country} was downgraded on ${drop.from}`,
            },
            asOf,
            { data },
          );
        }
        // The decision first (the drop row points at it), then the drop, before any alert: a concurrent
        // cycle that got here before makes this insert fail, and nothing is raised twice.
        await outbox.write({ decisionsOnly: true });
        await insertRows(tx, CountryGradeDrop, [
          { id: randomUUID(), country: drop.country, previousGrade: drop.previousGrade, grade: drop.grade, effectiveFrom: drop.from, raisedOn: asOf, alertCount: outbox.alertsRaised, decision: record.id, createdAt: deps.clock.now() },
        ]);
        await outbox.write();
        return outbox.alertsRaised;
      });
    } catch (error) {
      // The bound-SQL insert reports the driver's own error: convert it to know a lost race from a failure.
      const converted = error instanceof UniqueConstraintViolationException ? error : deps.em.getDriver().convertException(error as Error);
      if (!(converted instanceof UniqueConstraintViolationException)) throw error;
    }
  }
  return alerts;
}
