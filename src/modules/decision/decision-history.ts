/**
 * Stored decisions in business-date order, read in keyset-paged batches so that replaying a
 * million of them holds one batch in memory at a time.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { HistoricDecision } from '../../policy/backtest';
import { DecisionRecord } from '../../app/outbox/decision-record.entity';

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
    // Plain rows, not entities: nothing here is changed, and hydration would cost more than the replay.
    const query = em
      .createQueryBuilder(DecisionRecord)
      .select(['id', 'mutation', 'businessDate', 'outcome', 'facts', 'firedRules'])
      .where({ businessDate: { $gte: range.from, $lte: range.to } });
    // Row-value keyset on the (business_date, id) index: each batch starts where the last one ended.
    if (after) query.andWhere('(business_date, id) > (?, ?)', [after.businessDate, after.id]);
    const batch: HistoricDecision[] = await query
      .orderBy([{ businessDate: 'asc' }, { id: 'asc' }])
      .limit(batchSize)
      .execute('all', true);
    for (const record of batch) {
      yield {
        id: record.id,
        mutation: record.mutation,
        businessDate: record.businessDate,
        outcome: record.outcome,
        facts: fromJson(record.facts),
        firedRules: fromJson(record.firedRules),
      };
    }
    if (batch.length < batchSize) return;
    const last: HistoricDecision = batch[batch.length - 1];
    after = { businessDate: last.businessDate, id: last.id };
  }
}

/** SQLite hands JSON columns back as text when rows are not hydrated; PostgreSQL parses jsonb itself. */
function fromJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
