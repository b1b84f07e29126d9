import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TimestampColumn } from '../../shared/columns';

/** A value of a stored result: JSON, with entities kept as references ({ $entity, id }) that a replay loads again. */
export type StoredValue = null | boolean | number | string | StoredValue[] | { [key: string]: StoredValue };

/** What the first request with a key came to: its result (and decision), or the refusal it was answered with. */
export type StoredOutcome =
  | { result: StoredValue; decisionId: string }
  | { error: { code: string; message: string; extensions: Record<string, unknown> } };

/**
 * One idempotency key a caller sent with a mutation, and the outcome of the first request that used
 * it. Written in the same transaction as that request's effects (src/app/idempotency/idempotency.ts),
 * so a key never exists without its effects, nor effects without their key.
 */
@Entity()
@Unique({ properties: ['scope', 'key'] })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Whose key it is: the actor id. Two callers may use the same key without meeting. */
  @Property({ length: 100 })
  scope!: string;

  @Property({ length: 255 })
  key!: string;

  /** The mutation it was used with, e.g. recordPayment. */
  @Property({ length: 64 })
  operation!: string;

  /** SHA-256 (hex) of the canonical JSON of the mutation's input, the key left out. */
  @Property({ length: 64 })
  requestHash!: string;

  /** Null only inside the transaction that claimed the key: it is set before that transaction commits. */
  @Property({ type: 'json', nullable: true })
  outcome: StoredOutcome | null = null;

  @TimestampColumn()
  createdAt!: Date;
}
