/**
 * The one boundary where errors become GraphQL errors. Domain errors pass through with their code;
 * validation and database conflicts get a code and a message a person can act on; anything else is
 * an internal error, logged with its stack and masked outside development.
 */
import { OptimisticLockError, UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';

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
]);

export function createErrorFormatter(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

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
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      return development ? formatted : { ...base, extensions: withoutStack(formatted.extensions) };
    }

    logger.error({ err: original, path: formatted.path }, 'internal error while resolving a GraphQL request');
    return development
      ? { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } }
      : { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
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

function withoutStack(extensions: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!extensions) return extensions;
  const { stacktrace: _stacktrace, ...rest } = extensions;
  return rest;
}
