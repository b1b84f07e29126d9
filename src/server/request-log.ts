/**
 * One log line per HTTP request, at info: request id, actor, operation, duration, HTTP status and
 * outcome (OK or the first error code the client got). The id is the caller's `x-request-id` when it
 * sends a usable one (a proxy's or a frontend's trace id), else a new UUID; it is echoed in the
 * response's `x-request-id`, so a person reporting a problem can quote it.
 *
 * Requests refused before GraphQL runs (a bad token, the rate limit, a malformed body) are logged too:
 * the line is written when the response is finished, whatever answered it.
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Actor } from '../app/actor';
import type { RequestContext, RequestTrace } from '../app/context';

export const REQUEST_ID_HEADER = 'x-request-id';
/** A caller's id is kept if it is this short and printable; anything else is replaced, never logged. */
const USABLE_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

interface RequestLogEntry extends RequestTrace {
  started: bigint;
}

/** Express middleware: gives the request its id, echoes it, and logs the request once it is answered. */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const offered = req.get(REQUEST_ID_HEADER);
    const entry: RequestLogEntry = { requestId: offered && USABLE_REQUEST_ID.test(offered) ? offered : randomUUID(), started: process.hrtime.bigint() };
    res.locals.requestLog = entry;
    res.setHeader(REQUEST_ID_HEADER, entry.requestId);
    res.on('finish', () => {
      logger.info(
        {
          requestId: entry.requestId,
          actor: entry.actor?.id ?? null,
          role: entry.actor?.role ?? null,
          operation: entry.operation ?? null,
          durationMs: Number(process.hrtime.bigint() - entry.started) / 1e6,
          status: res.statusCode,
          outcome: entry.outcome ?? (res.statusCode < 400 ? 'OK' : `HTTP_${res.statusCode}`),
        },
        'request',
      );
    });
    next();
  };
}

/** The request's trace, once it is known who asks: the request context carries it to requestLogPlugin. */
export function traceOf(res: Response, actor: Actor): RequestTrace | undefined {
  const entry = res.locals.requestLog as RequestLogEntry | undefined;
  if (entry) entry.actor = actor;
  return entry;
}

/** Records refusals that happen while the context is built (before GraphQL runs), by their code. */
export function recordRefusal(res: Response | undefined, code: string): void {
  const entry = res?.locals.requestLog as RequestLogEntry | undefined;
  if (entry) entry.outcome = code;
}

/** Fills in the operation and the outcome (the first error code the client got, or OK). */
export function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const entry = contextValue.trace;
      if (!entry) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          entry.operation = operationName ?? `anonymous ${operation?.operation ?? "operation"}`;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          entry.outcome = errors && errors.length > 0 ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
        },
      };
    },
  };
}
