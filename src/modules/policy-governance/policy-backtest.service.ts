/**
 * Back-tests draft policy files against stored decisions: what would the drafts have decided, on
 * the same facts and business dates? Used by `npm run rules:backtest` and the backtestPolicy query.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { Backtest, type BacktestReport } from '../../policy/backtest';
import type { LoadedPolicy, PolicySet } from '../../policy/policy-set';
import { countDecisions, type HistoryRange, streamDecisions } from '../decision';

export interface BacktestProgress {
  done: number;
  total: number;
  changed: number;
}

export async function backtestDrafts(
  em: EntityManager,
  live: PolicySet,
  drafts: readonly LoadedPolicy[],
  range: HistoryRange,
  onProgress?: (progress: BacktestProgress) => void,
): Promise<BacktestReport> {
  const backtest = new Backtest(live.withDrafts(drafts));
  const total = onProgress ? await countDecisions(em, range) : 0;
  let done = 0;
  let changed = 0;
  for await (const decision of streamDecisions(em, range)) {
    if (await backtest.add(decision)) changed += 1;
    done += 1;
    if (onProgress && (done % 1000 === 0 || done === total)) onProgress({ done, total, changed });
  }
  return backtest.report();
}
