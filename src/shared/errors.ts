/**
 * Domain errors, each with the `extensions.code` that frontends switch on.
 * They are thrown by services and reach the client unchanged; anything else is masked
 * outside development (see server/format-error.ts).
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'POLICY_REJECTED'
  | 'RATE_LIMITED';

export abstract class DomainError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'BAD_USER_INPUT', extensions);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} does not exist`, 'NOT_FOUND', { entity, id });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extensions);
  }
}

export class PolicyRejectedError extends DomainError {
  constructor(message: string, decisionId: string, outcome: string) {
    super(message, 'POLICY_REJECTED', { decisionId, outcome });
  }
}

/** An error answered again, as stored: a retry with an idempotency key gets the refusal the first request got. */
export class ReplayedError extends DomainError {
  constructor(message: string, code: string, extensions: Record<string, unknown>) {
    super(message, code as ErrorCode, extensions);
  }
}

/** Too many requests from one actor; over HTTP a 429 with Retry-After (src/server/rate-limit.ts). */
export class RateLimitedError extends DomainError {
  constructor(
    points: number,
    windowSeconds: number,
    readonly retryAfterSeconds: number,
    /** What was counted, and whose: requests of each token or API key unless said otherwise. */
    counted: { what: string; whose: string } = { what: 'requests', whose: 'for each token or API key' },
  ) {
    super(`Rate limit reached: at most ${points} ${counted.what} per ${windowSeconds} s ${counted.whose}; retry in ${retryAfterSeconds} s`, 'RATE_LIMITED', {
      retryAfterSeconds,
    });
  }
}
