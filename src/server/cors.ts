/**
 * Cross-origin access to /graphql for the browser apps named in CORS_ORIGINS (none by default), with
 * the `cors` middleware. Only those exact origins get Access-Control-Allow-Origin; every other origin
 * gets no CORS headers, so its browser refuses to read the answer.
 *
 * This does not weaken Apollo's CSRF prevention: a "simple" request (a GET, or a POST that is not
 * JSON, which a cross-site form or <img> can send without a preflight) is still refused unless it
 * carries a header that forces a preflight, and only the origins listed pass that preflight.
 * No Access-Control-Allow-Credentials: Arbiter reads no cookies, a browser app sends its token in
 * the Authorization header (allowed below), so there is no ambient credential to share.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import { IDEMPOTENCY_KEY_HEADER } from '../app/idempotency/idempotency';

/** Request headers a browser app may send: credentials, JSON, retries, tracing, and Apollo's preflight headers. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  IDEMPOTENCY_KEY_HEADER.toLowerCase(),
  'x-api-key',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];
/** Response headers a browser app may read beyond the safelisted ones: when to retry a 429. */
const CORS_EXPOSED_HEADERS = ['retry-after'];
/** Browsers cache a preflight this long (they cap it themselves: Chrome at 2 h, Firefox at 24 h). */
const CORS_PREFLIGHT_MAX_AGE_SECONDS = 600;

/** The middleware for /graphql, or null when no origin is allowed (same-origin and non-browser clients only). */
export function corsFor(origins: string[]): RequestHandler | null {
  if (origins.length === 0) return null;
  return cors({
    origin: origins,
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: CORS_PREFLIGHT_MAX_AGE_SECONDS,
  }) as RequestHandler;
}
