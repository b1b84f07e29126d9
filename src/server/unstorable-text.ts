/**
 * Text no database column can hold as sent: a NUL character (PostgreSQL refuses it in text; SQLite
 * cuts the statement at it) or an unpaired UTF-16 surrogate (not Unicode; it would be stored as
 * U+FFFD, silently changed). GraphQL's String accepts both, so every request is checked before it
 * runs (request-input.ts, on HTTP and on the WebSocket), in the document's string literals and in the
 * variables: BAD_USER_INPUT, naming where, instead of an internal error.
 */
import { visit, type DocumentNode } from 'graphql';
import { BadUserInputError } from '../shared/errors';

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function unstorableTextError(document: DocumentNode, variables: Record<string, unknown> | null | undefined): BadUserInputError | null {
  const where = inVariables(variables ?? {}, '$') ?? inLiterals(document);
  if (where === null) return null;
  return new BadUserInputError(`${where} contains a NUL character or an unpaired surrogate: send text as valid Unicode without U+0000`, { field: where });
}

function inVariables(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = inVariables(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = inVariables(item, path === '$' ? `$${key}` : `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function inLiterals(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (found === null && UNSTORABLE.test(node.value)) found = `The string at line ${node.loc?.startToken.line ?? '?'}, column ${node.loc?.startToken.column ?? '?'}`;
    },
  });
  return found;
}
