/**
 * Domain errors: what went wrong, as the business sees it, with the code frontends switch on. Plain
 * errors, no GraphQL: src/server/format-error.ts is the one place they become GraphQL errors (on
 * HTTP and on the WebSocket); anything that is not one of them is masked outside development.
 */

/** Every code a domain error may carry; the mapping in src/server/format-error.ts decides for each. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'POLICY_REJECTED', 'RATE_LIMITED', 'SLOW_CONSUMER'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One thing wrong with one input field: `field` is its path in the input ("financials.registeredCapital"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** What a client may act on besides the message: the fields at fault, and data such as a decisionId. */
export interface ErrorDetails {
  fields?: readonly FieldProblem[];
  [key: string]: unknown;
}

/** A call site names the one field it is about as `{ field }`; it becomes `fields: [{ field, message }]`. */
export type ErrorDetailsOrField = ErrorDetails & { field?: string };

export abstract class DomainError extends Error {
  readonly details: Readonly<ErrorDetails>;

  protected constructor(
    message: string,
    readonly code: ErrorCode,
    { field, ...details }: ErrorDetailsOrField = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.details = field === undefined ? details : { ...details, fields: [...(details.fields ?? []), { field, message }] };
  }

  /** The fields at fault (none when the error is not about input fields). */
  get fields(): readonly FieldProblem[] {
    return this.details.fields ?? [];
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details: ErrorDetailsOrField = {}) {
    super(message, 'BAD_USER_INPUT', details);
  }

  /**
   * Every problem of one input in one error: a single one keeps its own message, several read
   * "Invalid input: a; b" (as class-validator's failures do).
   */
  static of(problems: readonly FieldProblem[], details: ErrorDetails = {}): BadUserInputError {
    const message = problems.length === 1 ? problems[0].message : `Invalid input: ${problems.map((problem) => problem.message).join('; ')}`;
    return new BadUserInputError(message, { ...details, fields: problems });
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
  constructor(message: string, details: ErrorDetailsOrField = {}) {
    super(message, 'CONFLICT', details);
  }
}

export class PolicyRejectedError extends DomainError {
  constructor(message: string, decisionId: string, outcome: string) {
    super(message, 'POLICY_REJECTED', { decisionId, outcome });
  }
}

/** An error answered again, as stored: a retry with an idempotency key gets the refusal the first request got. */
export class ReplayedError extends DomainError {
  constructor(message: string, code: string, details: ErrorDetailsOrField) {
    super(message, code as ErrorCode, details);
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

/** A subscriber left too many alerts unread; it resumes by subscribing again after `resumeAfterSequence`. */
export class SlowConsumerError extends DomainError {
  constructor(message: string, resumeAfterSequence: number) {
    super(message, 'SLOW_CONSUMER', { resumeAfterSequence });
  }
}
