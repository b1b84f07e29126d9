/**
 * Idempotency keys: a caller that did not hear back from a mutation (a timeout, a dropped connection)
 * sends it again with the same key and gets the first answer, instead of a second payment.
 *
 *  - The key comes from the `Idempotency-Key` HTTP header or the input's `idempotencyKey` field
 *    (both may be sent if they agree). It belongs to the caller: the scope is the actor id.
 *  - The first request with a key claims it (a row in idempotency_key) at the start of the policy
 *    pipeline's transaction and stores its outcome there before commit: the result's entity ids and
 *    decision id, or the refusal it was answered with. Key and effects commit together or not at all.
 *  - A later request with the key and the same input (same mutation, same canonical input) gets that
 *    outcome again: the same entities, re-read, or the same error. Another input is a CONFLICT.
 *  - A concurrent request with the key waits for the first to commit (PostgreSQL: the insert of the
 *    same unique key blocks; SQLite: one writer at a time) and then replays its outcome.
 *  - A request that ends in an error that writes nothing (invalid input, not found, an over-payment)
 *    stores no key: nothing happened, so sending it again runs it again.
 *
 * Keys are kept (no expiry yet); see "Retrying safely" in README.md.
 * A mutation opts in by passing its input as `idempotent` to runPolicyMutation, and by declaring the
 * input field with @IdempotencyKeyField().
 */
import { createHash, randomUUID } from 'node:crypto';
import { Utils, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { IsOptional, Matches } from 'class-validator';
import { Field } from 'type-graphql';
import type { RequestContext } from '../context';
import { BadUserInputError, ConflictError, type DomainError, ReplayedError } from '../../shared/errors';
import { DecisionRecord } from '../outbox/decision-record.entity';
import { IdempotencyKey, type StoredOutcome, type StoredValue } from './idempotency-key.entity';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** 1 to 255 printable ASCII characters, not only spaces (a UUID is a good key). */
const KEY_PATTERN = /^(?=.*[\x21-\x7E])[\x20-\x7E]{1,255}$/;
const KEY_RULE = 'an idempotency key is 1 to 255 printable ASCII characters, not only spaces, e.g. a UUID';

/** The input of a mutation that takes an idempotency key. */
export interface IdempotentInput {
  idempotencyKey?: string | null;
}

/** The `idempotencyKey` field of an input type: `@IdempotencyKeyField() idempotencyKey?: string | null;` */
export function IdempotencyKeyField(): PropertyDecorator {
  return (target, property) => {
    Field(() => String, {
      nullable: true,
      description: `Send the same key when retrying this request: it is done once, and a retry gets the first answer. Also accepted as the ${IDEMPOTENCY_KEY_HEADER} HTTP header. 1-255 printable characters.`,
    })(target, property);
    IsOptional()(target, property);
    Matches(KEY_PATTERN, { message: KEY_RULE })(target, property);
  };
}

export interface IdempotentRequest {
  scope: string;
  key: string;
  operation: string;
  requestHash: string;
}

/** The key this request carries for `operation`, or null when it carries none. */
export function idempotentRequest(ctx: RequestContext, operation: string, input: IdempotentInput): IdempotentRequest | null {
  const fromHeader = ctx.idempotencyKey ?? null;
  const fromInput = input.idempotencyKey ?? null;
  if (fromHeader !== null && !KEY_PATTERN.test(fromHeader)) {
    throw new BadUserInputError(`The ${IDEMPOTENCY_KEY_HEADER} header is not valid: ${KEY_RULE}`, { field: 'idempotencyKey' });
  }
  if (fromInput !== null && !KEY_PATTERN.test(fromInput)) {
    throw new BadUserInputError(`idempotencyKey is not valid: ${KEY_RULE}`, { field: 'idempotencyKey' });
  }
  if (fromHeader !== null && fromInput !== null && fromHeader !== fromInput) {
    throw new BadUserInputError(`The ${IDEMPOTENCY_KEY_HEADER} header and input.idempotencyKey differ; send one key, or the same key in both`, {
      field: 'idempotencyKey',
    });
  }
  const key = fromInput ?? fromHeader;
  if (key === null) return null;
  const { idempotencyKey: _key, ...request } = input;
  return { scope: ctx.actor.id, key, operation, requestHash: createHash('sha256').update(canonicalJson(request)).digest('hex') };
}

/** Raised inside a transaction when the key is taken; the transaction rolls back and the stored outcome is replayed. */
export class KeyAlreadyUsed extends Error {
  constructor(readonly stored: IdempotencyKey) {
    super(`idempotency key ${stored.key} is already used`);
  }
}

/**
 * Claims the key in the transaction `em` runs: inserted, or KeyAlreadyUsed with the stored row. On
 * PostgreSQL an insert of a key another open transaction has inserted waits for that one to end.
 */
export async function claimKey(em: EntityManager, request: IdempotentRequest, now: Date): Promise<void> {
  const inserted = await em
    .createQueryBuilder(IdempotencyKey)
    .insert({ id: randomUUID(), scope: request.scope, key: request.key, operation: request.operation, requestHash: request.requestHash, createdAt: now })
    .onConflict(['scope', 'key'])
    .ignore()
    .execute('run');
  if (inserted.affectedRows > 0) return;
  const stored = await em.findOneOrFail(IdempotencyKey, { scope: request.scope, key: request.key }, { disableIdentityMap: true });
  throw new KeyAlreadyUsed(stored);
}

/** Stores what the request that claimed the key came to, in the same transaction. */
export async function storeOutcome(em: EntityManager, request: IdempotentRequest, outcome: StoredOutcome): Promise<void> {
  await em.flush(); // the result's ids are final once its rows are written
  await em.nativeUpdate(IdempotencyKey, { scope: request.scope, key: request.key }, { outcome });
}

export function resultOutcome(result: unknown, decision: DecisionRecord): StoredOutcome {
  return { result: toStored(result), decisionId: decision.id };
}

/** The refusal to answer again; `extensions` keeps the error's details (rows written before them also hold the code). */
export function errorOutcome(error: DomainError): StoredOutcome {
  return { error: { code: error.code, message: error.message, extensions: { ...error.details } } };
}

/** The first request's outcome, again: its entities re-read (their state now), or its error. */
export async function replayOutcome(em: EntityManager, request: IdempotentRequest, stored: IdempotencyKey): Promise<{ result: unknown; decision: DecisionRecord }> {
  if (stored.operation !== request.operation || stored.requestHash !== request.requestHash) {
    const what = stored.operation === request.operation ? 'another input' : `${stored.operation}`;
    throw new ConflictError(
      `Idempotency key "${request.key}" was already used for ${what}; use a new key for a new request (the same key only to retry the same request)`,
      { field: 'idempotencyKey', idempotencyKey: request.key },
    );
  }
  const outcome = stored.outcome;
  if (outcome === null) {
    // Not reached: a key is claimed and answered in one transaction, so no other request sees it half done.
    throw new ConflictError(`A request with idempotency key "${request.key}" is still in progress; retry shortly`, { idempotencyKey: request.key });
  }
  if ('error' in outcome) throw new ReplayedError(outcome.error.message, outcome.error.code, outcome.error.extensions);
  const decision = await em.findOneOrFail(DecisionRecord, { id: outcome.decisionId });
  return { result: await revive(em, outcome.result), decision };
}

/** JSON with sorted keys and without null or absent fields: the same request always hashes the same. */
export function canonicalJson(value: unknown): string {
  const canonical = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(canonical);
    if (item instanceof Date) return item.toISOString();
    if (item !== null && typeof item === 'object') {
      const fields = Object.entries(item as Record<string, unknown>).filter(([, field]) => field !== undefined && field !== null);
      return Object.fromEntries(fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, field]) => [name, canonical(field)]));
    }
    return item;
  };
  return JSON.stringify(canonical(value));
}

function toStored(value: unknown): StoredValue {
  if (value === undefined || value === null) return null;
  if (isEntity(value)) {
    const entity = wrap(value as object, true);
    return { $entity: entity.__meta.className, id: entity.getPrimaryKey() as string };
  }
  if (Array.isArray(value)) return value.map(toStored);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, toStored(field)]));
  }
  throw new Error(`An idempotent mutation's result holds a ${Object.prototype.toString.call(value)}; return entities, plain objects and JSON values`);
}

function isEntity(value: unknown): boolean {
  return Utils.isEntity(value);
}

async function revive(em: EntityManager, stored: StoredValue): Promise<unknown> {
  if (Array.isArray(stored)) {
    const items: unknown[] = [];
    for (const item of stored) items.push(await revive(em, item));
    return items;
  }
  if (stored === null || typeof stored !== 'object') return stored;
  if (typeof stored.$entity === 'string') return em.findOneOrFail(stored.$entity, stored.id as never);
  const fields: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(stored)) fields[name] = await revive(em, field);
  return fields;
}
