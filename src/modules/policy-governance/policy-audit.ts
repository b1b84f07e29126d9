/**
 * Records the policy's life in the database: every version that goes live (so decisions can be
 * replayed under it), every load and refusal (policyHistory) with the file's author (changedBy) and
 * who had the folder read (reloadedBy), and a risk alert when a change is refused, so someone fixes the file.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { PolicyAuditSink } from '../../policy/policy.service';
import { Outbox } from '../../app/outbox/outbox';
import { PolicyEvent, PolicyEventKind } from './policy-event.entity';
import { PolicyVersionRecord } from './policy-version.entity';

export function createPolicyAudit(em: EntityManager): PolicyAuditSink {
  return {
    async loaded(set, newlyLive, at, reloadedBy) {
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
        fork.create(PolicyEvent, {
          kind: PolicyEventKind.LOADED,
          at,
          name: policy.body.name,
          version: policy.body.version,
          hash: policy.hash,
          changedBy: policy.body.changedBy ?? null,
          reloadedBy,
        });
      }
      await fork.flush();
    },

    async refused(problems, at, live, reloadedBy) {
      const message = `A change to the credit policy was refused; the previous policies keep serving. ${problems[0] ?? ''}${
        problems.length > 1 ? ` (and ${problems.length - 1} more problems; policyHistory lists them all)` : ''
      }`;
      await em.fork().transactional(async (tx) => {
        tx.create(PolicyEvent, { kind: PolicyEventKind.REFUSED, at, problems: [...problems], reloadedBy });
        // Which alert, at which severity: rules/alerts.json of the policies that keep serving.
        const outbox = Outbox.forTransaction({ policy: live, clock: { now: () => at }, actorId: reloadedBy }, tx);
        await outbox.alert(null, { customerId: null }, { alertSource: 'POLICY_REFUSED' }, { staff: message, partner: 'A policy file change was refused' }, at.toISOString().slice(0, 10));
      });
    },
  };
}
