/**
 * reloadPolicies: a risk officer has the rules folder read and checked now, instead of waiting for the
 * file watcher. The request is decided and recorded like every mutation (who asked, when); the reload
 * itself records what went live or was refused in policyHistory, with the officer as reloadedBy.
 */
import { runPolicyMutation } from '../../app/policy-pipeline';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import type { ReloadPoliciesPayload } from './dto/policy.types';

export async function reloadPolicies(ctx: RequestContext): Promise<ReloadPoliciesPayload> {
  const { decision } = await runPolicyMutation(ctx, {
    mutation: 'reloadPolicies',
    businessDate: businessDate(ctx.clock),
    subject: `Policies of ${ctx.policy.rulesDir}`,
    gatherFacts: async () => ({ facts: { policiesServing: ctx.policy.current().policies.length }, read: undefined }),
    apply: async () => undefined,
  });
  // After the decision is committed: the reload writes its own events, and may take a moment.
  const result = await ctx.policy.reload(ctx.actor.id);
  return result.applied
    ? { applied: true, newlyLive: result.newlyLive, problems: [], decision }
    : { applied: false, newlyLive: [], problems: result.problems, decision };
}
