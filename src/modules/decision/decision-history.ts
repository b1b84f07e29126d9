/**
 * Stored decisions in business-date order, read in keyset-paged batches so that replaying a
 * million of them holds one batch in memory at a time.
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { HistoricDecision } from '../../policy/backtest';
import { DecisionRecord } from './decision-record.entity';

export interface HistoryRange {
  from: string;
  to: string;
}

const BATCH_SIZE = 1000;

export function countDecisions(em: EntityManager, range: HistoryRange): Promise<number> {
  return em.count(DecisionRecord, { businessDate: { $gte: range.from, $lte: range.to } });
}

export async function* streamDecisions(em: EntityManager, range: HistoryRange, batchSize = BATCH_SIZE): AsyncGenerator<HistoricDecision> {
  let after: { businessDate: string; id: string } | null = null;
  for (;;) {
    const where: FilterQuery<DecisionRecord> = after
      ? {
          businessDate: { $lte: range.to },
          $or: [{ businessDate: { $gt: after.businessDate } }, { businessDate: after.businessDate, id: { $gt: after.id } }],
        }
      : { businessDate: { $gte: range.from, $lte: range.to } };
    const batch: HistoricDecision[] = await em.find(DecisionRecord, where, {
      orderBy: [{ businessDate: 'asc' }, { id: 'asc' }],
      limit: batchSize,
      disableIdentityMap: true,
      fields: ['id', 'mutation', 'businessDate', 'outcome', 'facts', 'firedRules'],
    });
    for (const record of batch) {
      yield {
        id: record.id,
        mutation: record.mutation,
        businessDate: record.businessDate,
        outcome: record.outcome,
        facts: record.facts,
        firedRules: record.firedRules,
      };
    }
    if (batch.length < batchSize) return;
    const last: HistoricDecision = batch[batch.length - 1];
    after = { businessDate: last.businessDate, id: last.id };
  }
}
