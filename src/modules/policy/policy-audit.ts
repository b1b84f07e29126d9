/**
 * Records the policy's life in the database: every version that goes live (so decisions can be
 * replayed under it), every load and refusal (policyHistory), and a risk alert when a change is
 * refused, so someone fixes the file.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { eventsOfType } from '../../policy/decision';
import type { PolicyAuditSink } from '../../policy/policy.service';
import { lockAlertSequence } from '../alert/alert-sequence';
import { AlertSeverity, RiskAlert } from '../alert/risk-alert.entity';
import { PolicyEvent, PolicyEventKind } from './policy-event.entity';
import { PolicyVersionRecord } from './policy-version.entity';

export function createPolicyAudit(em: EntityManager): PolicyAuditSink {
  return {
    async loaded(set, newlyLive, at) {
      const fork = em.fork();
      for (const policy of set.policies) {
        await fork.upsert(
          PolicyVersionRecord,
          {
            hash: policy.hash,
            name: policy.body.name,
            version: policy.body.version,
            effectiveFrom: policy.body.effectiveFrom ?? null,
            body: policy.body as unknown as Record<string, unknown>,
            firstLoadedAt: at,
          },
          { onConflictAction: 'ignore' },
        );
      }
      for (const policy of newlyLive) {
        fork.create(PolicyEvent, { kind: PolicyEventKind.LOADED, at, name: policy.body.name, version: policy.body.version, hash: policy.hash });
      }
      await fork.flush();
    },

    async refused(problems, at, live) {
      const fork = em.fork();
      // Which alert, at which severity: rules/alerts.json of the policies that keep serving.
      const source = { alertSource: 'POLICY_REFUSED', gradeStepsDown: 0, utilization: 0, stage: '' };
      const alerting = await live.decide('raiseAlert', source, at.toISOString().slice(0, 10));
      await fork.transactional(async (tx) => {
        tx.create(PolicyEvent, { kind: PolicyEventKind.REFUSED, at, problems: [...problems] });
        const alerts = eventsOfType(alerting, 'raise-alert');
        if (alerts.length > 0) await lockAlertSequence(tx);
        for (const params of alerts) {
          tx.create(RiskAlert, {
            type: String(params.alertType),
            severity: params.severity as AlertSeverity,
            message: `A change to the credit policy was refused; the previous policies keep serving. ${problems[0] ?? ''}${
              problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''
            }`,
            data: { alertSource: source.alertSource, problems: [...problems] },
            createdAt: at,
          });
        }
      });
    },
  };
}
