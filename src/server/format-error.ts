/**
 * The one boundary where errors become GraphQL errors, on HTTP (Apollo's formatError) and on the
 * WebSocket (graphql-ws onNext/onError). Domain errors pass through with their code; validation and
 * database conflicts get a code and a message a person can act on; anything else is an internal
 * error, logged with its stack and masked outside development. In production the messages also
 * lose graphql-js's "Did you mean ...?" suggestions, which would spell out the schema that
 * introspection hides.
 */
import { OptimisticLockError, UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NodeEnv } from '../config/config';
import { isDatabaseUnavailable } from '../db/database-availability';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'POLICY_REJECTED',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'SERVICE_UNAVAILABLE',
]);

/** What a caller hears while the database is unreachable: nothing is wrong with the request. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The service cannot reach its database right now; nothing was changed. Retry in a few seconds.';

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export function createErrorFormatter(logger: Logger, nodeEnv: NodeEnv): ErrorFormatter {
  const development = nodeEnv === 'development';
  const hideSchemaDetails = nodeEnv === 'production';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const message = hideSchemaDetails ? withoutSuggestions(formatted.message) : formatted.message;
    const base = { message, locations: formatted.locations, path: formatted.path };

    if (original instanceof ArgumentValidationError) {
      const problems = flatten(original.extensions.validationErrors);
      return {
        ...base,
        message: `Invalid input: ${problems.map((p) => p.message).join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', validationErrors: problems },
      };
    }
    if (original instanceof OptimisticLockError) {
      return { ...base, message: 'The record was changed by someone else meanwhile; reload it and try again', extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { ...base, message: 'This conflicts with an existing record (a value that must be unique is already used)', extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return { ...base, message: 'A referenced record does not exist', extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, 'database unavailable while resolving a GraphQL request');
      return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      return development ? formatted : { ...base, extensions: clientExtensions(formatted.extensions) };
    }

    logger.error({ err: original, path: formatted.path }, 'internal error while resolving a GraphQL request');
    return development
      ? { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } }
      : { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** HTTP 503 for a response carrying a database-unavailable error (formatError gives it its code), not 200. */
export function databaseOutageStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (errors?.some(isDatabaseUnavailable)) response.http.status = 503;
        },
      };
    },
  };
}

/** Errors graphql-js reports before execution, given the code Apollo gives them on HTTP (for the WebSocket path). */
export function withCode(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError,
        extensions: { ...error.extensions, code },
      }),
  );
}

/** graphql-js appends " Did you mean "x" or "y"?" to validation and coercion messages (as Apollo's own plugin strips it). */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}

interface Problem {
  field: string;
  message: string;
}

function flatten(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Without the stack trace, and without the HTTP status hint (Apollo drops it on HTTP; the WebSocket must too). */
function clientExtensions(extensions: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!extensions) return extensions;
  const { stacktrace: _stacktrace, http: _http, ...rest } = extensions;
  return rest;
}
