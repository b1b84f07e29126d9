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
import type { RequestContext } from './context';
import { markShared, sharedRun } from './shared-payloads';

/** Results kept for sharing; a burst of alerts to many subscribers needs only the latest ones. */
const SHARED_RESULTS = 5_000;
/** Events taken at once from a source that has several waiting (one write; about 50 KB of alerts). */
const MAX_EVENTS_PER_SEND = 100;

/**
 * A source stream that can hand over every event waiting at once (AlertStream). Each event still
 * becomes its own `next` message; they just leave together: graphql-ws's per-message work (a chain
 * of promises, a stringify, a send callback) is then done once per burst instead of once per event.
 */
interface WaitingEventsSource<T> {
  nextWaiting(max: number): Promise<IteratorResult<T[]>>;
}

export function createSharedSubscribe() {
  const results = new Map<string, Promise<ExecutionResult | ExecutionResult[]>>();
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
    const shared = <R extends ExecutionResult | ExecutionResult[]>(key: string, make: () => Promise<R>): Promise<R> => {
      let result = results.get(key) as Promise<R> | undefined;
      if (!result) {
        results.set(key, (result = make()));
        if (results.size > SHARED_RESULTS) results.delete(results.keys().next().value!);
      }
      return result;
    };
    // Serialised once for all its subscribers too (shared-payloads.ts).
    const resultOf = (event: unknown) =>
      shared(`${eventKey(event)}:${operationId}`, () => Promise.resolve(execute({ ...args, rootValue: event })).then(markShared));
    // Several events waiting: one run of messages, shared too (the same alerts waiting for many
    // subscribers). A result with errors goes out on its own (through onNext, which formats them).
    const resultsOf = (events: unknown[]) =>
      shared(`run:${eventKey(events)}:${operationId}`, async () => {
        const each = await Promise.all(events.map(resultOf));
        return each.some((result) => result.errors) ? each : [sharedRun(each)];
      });
    return mapped(source, resultOf, resultsOf);
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

/**
 * The source stream with each event turned into its result; closing it closes the source. From a
 * source that can hand over its waiting events at once, several results come out of one pull.
 */
function mapped<T, R>(source: AsyncIterableIterator<T>, map: (event: T) => Promise<R>, mapWaiting: (events: T[]) => Promise<R[]>): AsyncIterableIterator<R> {
  const ready: R[] = [];
  const waitingSource = hasWaitingEvents<T>(source) ? source : null;
  const iterator: AsyncIterableIterator<R> = {
    next: async () => {
      if (ready.length > 0) return { value: ready.shift()!, done: false };
      if (!waitingSource) {
        const step = await source.next();
        return step.done ? DONE : { value: await map(step.value), done: false };
      }
      const step = await waitingSource.nextWaiting(MAX_EVENTS_PER_SEND);
      if (step.done) return DONE;
      if (step.value.length === 1) return { value: await map(step.value[0]), done: false };
      ready.push(...(await mapWaiting(step.value)));
      return { value: ready.shift()!, done: false };
    },
    return: async () => {
      ready.length = 0;
      await source.return?.();
      return DONE;
    },
    throw: async (error: unknown) => {
      ready.length = 0;
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

function hasWaitingEvents<T>(source: object): source is WaitingEventsSource<T> {
  return typeof (source as Partial<WaitingEventsSource<T>>).nextWaiting === 'function';
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };
