/**
 * Checks on a request's input that run before anything reads it, on HTTP (an Apollo plugin, once the
 * operation is resolved and before variables are coerced) and on the WebSocket (onSubscribe):
 *  - nesting: lists and objects deeper than MAX_INPUT_DEPTH, in the variables or in the document's
 *    literals, are refused (400 on HTTP). Our inputs are a few levels deep (policy drafts and facts a
 *    dozen or so); without this limit, 5,000 nested arrays reach code that walks values recursively
 *    (variable coercion, JSON scalars, the checks below, facts) and overflow the stack.
 *  - text no database column can hold (unstorable-text.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { BadUserInputError } from '../shared/errors';
import { toGraphQLError } from './format-error';
import { unstorableTextError } from './unstorable-text';

/** Levels of lists and objects an input value may have (a technical limit, far above any real input). */
export const MAX_INPUT_DEPTH = 100;

/** What is wrong with the request's input, naming where (`$variable` or `query`); null when nothing is. */
export function requestInputError(document: DocumentNode, variables: Record<string, unknown> | null | undefined): BadUserInputError | null {
  return tooDeepError(document, variables ?? {}) ?? unstorableTextError(document, variables);
}

function tooDeepError(document: DocumentNode, variables: Record<string, unknown>): BadUserInputError | null {
  const where = Object.entries(variables).find(([, value]) => nestedDeeperThan(value, MAX_INPUT_DEPTH))?.[0];
  const literal = where === undefined ? deepLiteral(document) : null;
  if (where === undefined && literal === null) return null;
  const what = where !== undefined ? `Variable "$${where}"` : `The value at line ${literal!.line}, column ${literal!.column}`;
  return new BadUserInputError(`${what} is nested deeper than ${MAX_INPUT_DEPTH} levels of lists and objects: send a flatter value`, {
    field: where !== undefined ? `$${where}` : 'query',
  });
}

/** Whether a JSON value has lists or objects nested more than `levels` deep; iterative, so any depth is safe to measure. */
function nestedDeeperThan(value: unknown, levels: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth >= levels) return true;
    for (const child of Array.isArray(next) ? next : Object.values(next)) pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** The first list or object literal of the document nested deeper than the limit (the token limit bounds it, this says why). */
function deepLiteral(document: DocumentNode): { line: number; column: number } | null {
  let depth = 0;
  let found: { line: number; column: number } | null = null;
  const nesting = {
    enter(node: { loc?: { startToken: { line: number; column: number } } }) {
      depth += 1;
      if (depth > MAX_INPUT_DEPTH && found === null) found = { line: node.loc?.startToken.line ?? 0, column: node.loc?.startToken.column ?? 0 };
    },
    leave() {
      depth -= 1;
    },
  };
  visit(document, { [Kind.LIST]: nesting, [Kind.OBJECT]: nesting });
  return found;
}

/** The HTTP side: refuses the request (400) once Apollo has resolved the operation, before anything runs. */
export function requestInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = requestInputError(document, request.variables);
          if (error) throw toGraphQLError(error);
        },
      };
    },
  };
}
