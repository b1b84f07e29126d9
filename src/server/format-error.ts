/**
 * The one boundary where errors become GraphQL errors, on HTTP (Apollo's formatError) and on the
 * WebSocket (graphql-ws onNext/onError). clientErrorOf is the one mapping: domain errors (exhaustive
 * over their codes), class-validator failures, database conflicts and outages get a code and a
 * message a person can act on; per-field details always read `extensions.fields: [{ field, message }]`.
 * Errors graphql-js and Apollo raise themselves (parse, validation, variables) pass with their code;
 * anything else is an internal error, logged with its stack and masked outside development. In
 * production the messages also lose graphql-js's "Did you mean ...?" suggestions, which would spell
 * out the schema that introspection hides. Stack traces reach clients in development only.
 */
import { OptimisticLockError, UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NodeEnv } from '../config/config';
import { isDatabaseUnavailable } from '../db/database-availability';
import { DomainError, type FieldProblem } from '../shared/errors';

/** Codes graphql-js and Apollo give the errors they raise themselves; such errors reach the client as they are. */
const TRANSPORT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT', // variable coercion
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** What a caller hears while the database is unreachable: nothing is wrong with the request. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The service cannot reach its database right now; nothing was changed. Retry in a few seconds.';

/** What a client is told about an error; `http` is the answer's status when the error ends a request before execution. */
export interface ClientError {
  message: string;
  extensions: { code: string; fields?: readonly FieldProblem[]; [key: string]: unknown };
  http?: { status: number; headers?: Map<string, string> };
}

/** The mapping: what the client sees of an error we know, or null for an internal error. */
export function clientErrorOf(error: unknown): ClientError | null {
  if (error instanceof DomainError) return domainClientError(error);
  if (error instanceof ArgumentValidationError) {
    const fields = flatten(error.extensions.validationErrors);
    return { message: `Invalid input: ${fields.map((problem) => problem.message).join('; ')}`, extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  if (error instanceof OptimisticLockError) {
    return { message: 'The record was changed by someone else meanwhile; reload it and try again', extensions: { code: 'CONFLICT' } };
  }
  if (error instanceof UniqueConstraintViolationException) {
    return { message: 'This conflicts with an existing record (a value that must be unique is already used)', extensions: { code: 'CONFLICT' } };
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return { message: 'A referenced record does not exist', extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (isDatabaseUnavailable(error)) {
    return { message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }; // 503: databaseOutageStatusPlugin
  }
  return null;
}

/** Every code decided here: adding one to ErrorCode does not compile until it is. The code comes last, so no detail overrides it. */
function domainClientError(error: DomainError): ClientError | null {
  const answer = (status?: number): ClientError => ({
    message: error.message,
    extensions: { ...error.details, code: error.code },
    ...(status === undefined ? {} : { http: { status } }),
  });
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return answer(400);
    case 'UNAUTHENTICATED':
      return answer(401);
    case 'FORBIDDEN':
      return answer(403);
    case 'NOT_FOUND':
      return answer(404);
    case 'CONFLICT':
      return answer(409);
    case 'POLICY_REJECTED':
      return answer(422);
    case 'RATE_LIMITED':
      return { ...answer(), http: { status: 429, headers: new Map([['retry-after', String(error.details.retryAfterSeconds)]]) } };
    case 'SLOW_CONSUMER':
      return answer(); // WebSocket only
    default:
      return unknownCode(error.code);
  }
}

/** Compiles only while every code has its case; a replayed error stored with a code this version does not know is internal. */
function unknownCode(_code: never): null {
  return null;
}

/**
 * A domain error raised outside resolvers (building the request context, a plugin, the WebSocket's
 * onSubscribe) as the GraphQLError Apollo and graphql-ws take: mapped as any other, with the HTTP
 * status Apollo answers with. The formatter maps it again from its originalError, without the status.
 */
export function toGraphQLError(error: DomainError): GraphQLError {
  const mapped = clientErrorOf(error);
  if (!mapped) return new GraphQLError(error.message, { originalError: error });
  return new GraphQLError(mapped.message, { originalError: error, extensions: mapped.http ? { ...mapped.extensions, http: mapped.http } : mapped.extensions });
}

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export function createErrorFormatter(logger: Logger, nodeEnv: NodeEnv): ErrorFormatter {
  const development = nodeEnv === 'development';
  const hideSchemaDetails = nodeEnv === 'production';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const where = { locations: formatted.locations, path: formatted.path };
    // Apollo adds the stack trace only with includeStacktraceInErrorResponses, which is development's.
    const stacktrace = development && formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {};

    const mapped = clientErrorOf(original);
    if (mapped) {
      if (mapped.extensions.code === 'SERVICE_UNAVAILABLE') logger.warn({ err: original, path: formatted.path }, 'database unavailable while resolving a GraphQL request');
      return { message: mapped.message, ...where, extensions: { ...mapped.extensions, ...stacktrace } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && TRANSPORT_CODES.has(code)) {
      const message = hideSchemaDetails ? withoutSuggestions(formatted.message) : formatted.message;
      return development ? formatted : { message, ...where, extensions: clientExtensions(formatted.extensions) };
    }

    logger.error({ err: original, path: formatted.path }, 'internal error while resolving a GraphQL request');
    return development
      ? { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } }
      : { message: 'Internal server error', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
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

/** class-validator's nested failures as one list: "financials.openLitigations" for a field of a nested input. */
function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
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
