/**
 * Subscription events executed once per (event, operation, variables, role), not once per subscriber.
 *
 * graphql-js executes the subscription's selection set for every event and every subscriber; with
 * a thousand portals subscribed to the same alerts, that is a thousand identical executions (auth
 * check, resolvers, result building) per alert. The result depends only on the event, the document,
 * the variables and who asks (visibility is already applied by each subscriber's source stream), so
 * subscribers asking the same thing share one execution.
 */
import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { RequestContext } from '../app/context';

/** Results kept for sharing; a burst of alerts to many subscribers needs only the latest ones. */
const SHARED_RESULTS = 5_000;

export function createSharedSubscribe() {
  const results = new Map<string, Promise<ExecutionResult>>();
  /** Each distinct operation gets a short number once, so the per-event key is short to build and hash. */
  const operationIds = new Map<string, number>();

  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterator(source)) return source as ExecutionResult;
    const context = args.contextValue as RequestContext;
    const operation = JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? {}, context.actor.role, context.actor.organisationId]);
    let operationId = operationIds.get(operation);
    if (operationId === undefined) {
      if (operationIds.size >= SHARED_RESULTS) {
        // Numbers are reused from here on: forget the results keyed by the old ones too.
        operationIds.clear();
        results.clear();
      }
      operationIds.set(operation, (operationId = operationIds.size));
    }
    const resultOf = (event: unknown): Promise<ExecutionResult> => {
      const key = `${eventKey(event)}:${operationId}`;
      let result = results.get(key);
      if (!result) {
        results.set(key, (result = Promise.resolve(execute({ ...args, rootValue: event }))));
        if (results.size > SHARED_RESULTS) results.delete(results.keys().next().value!);
      }
      return result;
    };
    return mapped(source, resultOf);
  };
}

/**
 * Events are alerts or batches of alerts (their sequences identify them: every one of them, so two
 * batches share a result only if they hold the same alerts); anything else is never shared.
 */
function eventKey(event: unknown): string {
  if (Array.isArray(event)) {
    // Often the very same array for every subscriber (a whole page of the feed): its key is made once.
    let key = batchKeys.get(event);
    if (key === undefined) {
      const sequences = event.map(sequenceOf);
      key = sequences.every((sequence) => sequence !== null) ? `alerts:${sequences.join(',')}` : unshared();
      batchKeys.set(event, key);
    }
    return key;
  }
  const sequence = sequenceOf(event);
  return sequence !== null ? `alert:${sequence}` : unshared();
}

function sequenceOf(event: unknown): number | null {
  const sequence = (event as { sequence?: unknown } | null)?.sequence;
  return typeof sequence === 'number' ? sequence : null;
}

const unshared = () => `unshared:${Math.random()}`;
const batchKeys = new WeakMap<unknown[], string>();

function isAsyncIterator(value: unknown): value is AsyncIterableIterator<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncIterableIterator<unknown>).next === 'function';
}

/** The source stream with each event turned into its result; closing it closes the source. */
function mapped<T, R>(source: AsyncIterableIterator<T>, map: (event: T) => Promise<R>): AsyncIterableIterator<R> {
  const iterator: AsyncIterableIterator<R> = {
    next: async () => {
      const step = await source.next();
      return step.done ? DONE : { value: await map(step.value), done: false };
    },
    return: async () => {
      await source.return?.();
      return DONE;
    },
    throw: async (error: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };
