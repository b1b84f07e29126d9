import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { READERS, RISK_OFFICERS } from '../../app/roles';
import { businessDate } from '../../shared/clock';
import { assertIsoDate } from '../../shared/dates';
import { findPage, PageArgs, toPage } from '../../app/pagination';
import { DecisionPreview } from '../decision';
import { EvaluatePolicyArgs, PolicyEventConnection, PolicyView, ReloadPoliciesPayload } from './dto/policy.types';
import { reloadPolicies } from './policy-reload.service';
import { draftPolicy, evaluatePolicy } from './policy-dry-run.service';
import { backtestDrafts } from './policy-backtest.service';
import { BacktestPolicyArgs, BacktestReportView } from './dto/backtest.types';
import { checkPolicyFile } from '../../policy/policy-file';
import { BadUserInputError } from '../../shared/errors';
import { PolicyEvent } from './policy-event.entity';

@Resolver()
export class PolicyResolver {
  @Authorized(...READERS)
  @Query(() => [PolicyView], { description: 'Every policy version being served, by name then effective date.' })
  policies(@Ctx() ctx: RequestContext): PolicyView[] {
    const set = ctx.policy.current();
    const today = businessDate(ctx.clock);
    return [...set.policies]
      .sort((a, b) => a.body.name.localeCompare(b.body.name) || a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((policy) => ({
        name: policy.body.name,
        version: policy.body.version,
        description: policy.body.description,
        hash: policy.hash,
        file: policy.file,
        loadedAt: ctx.policy.loadedAt(policy.hash) ?? set.loadedAt,
        effectiveFrom: policy.body.effectiveFrom ?? null,
        inForce: set.inForce(policy.body.name, today)?.hash === policy.hash,
        appliesTo: [...policy.body.appliesTo],
        rules: policy.body.rules.map((rule) => ({ name: rule.name, description: rule.description, event: rule.event.type })),
      }));
  }

  @Authorized(...READERS)
  @Query(() => PolicyEventConnection, { description: 'Policy versions loaded and changes refused, newest first.' })
  async policyHistory(@Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    const page = toPage(args);
    return await findPage(ctx.em, PolicyEvent, {}, page, [{ sequence: 'desc' }]);
  }

  @Authorized(...RISK_OFFICERS)
  @Mutation(() => ReloadPoliciesPayload, {
    description: 'Reads and checks the rules folder now (the file watcher does it on every change anyway); policyHistory records you as reloadedBy.',
  })
  reloadPolicies(@Ctx() ctx: RequestContext): Promise<ReloadPoliciesPayload> {
    return reloadPolicies(ctx);
  }

  @Authorized(...RISK_OFFICERS)
  @Query(() => BacktestReportView, { description: 'Back-test: replays stored decisions between two business dates under draft policy files. Writes nothing.' })
  async backtestPolicy(@Args() args: BacktestPolicyArgs, @Ctx() ctx: RequestContext): Promise<BacktestReportView> {
    const range = { from: assertIsoDate(args.from, 'from'), to: assertIsoDate(args.to, 'to') };
    const drafts = args.drafts.map((draft, index) => {
      const problems = checkPolicyFile(draft);
      if (problems.length > 0) throw new BadUserInputError(`drafts[${index}] is invalid: ${problems.join('; ')}`, { field: 'drafts', problems });
      return draftPolicy(draft);
    });
    const report = await backtestDrafts(ctx.em, ctx.policy.current(), drafts, range);
    return { ...report, creditGrantedDeltaMinor: String(report.creditGrantedDeltaMinor), termDayAmountDelta: String(report.termDayAmountDelta) };
  }

  @Authorized(...RISK_OFFICERS)
  @Query(() => DecisionPreview, { description: 'Dry run: the decision for these facts under the live policies, or with a draft policy file. Writes nothing.' })
  async evaluatePolicy(@Args() args: EvaluatePolicyArgs, @Ctx() ctx: RequestContext): Promise<DecisionPreview> {
    const date = args.businessDate ? assertIsoDate(args.businessDate, 'businessDate') : businessDate(ctx.clock);
    return DecisionPreview.of(await evaluatePolicy(ctx, args.mutation, args.facts, date, args.draft ?? null));
  }
}
