/**
 * Authentication, one module for HTTP requests and WebSocket connections alike: credentials in
 * (a bearer JWT or an API key), an Actor out, or UnauthenticatedError with a reason to act on.
 *
 * - `Authorization: Bearer <jwt>`: HS256 with JWT_SECRET, or an asymmetric key from JWKS_URL
 *   (chosen by the token's alg, each only when configured); JWT_ISSUER / JWT_AUDIENCE are checked when
 *   set. Claims: sub, role (a Role), org (required for PARTNER).
 * - `X-API-Key: <key>` or `Authorization: ApiKey <key>`: a key of API_KEYS_FILE as the file is now
 *   (re-read when it changes: api-keys.ts).
 * In production a bearer token must carry an expiry (exp).
 * - On a WebSocket the same in connection_init: { authorization: "Bearer <jwt>" | "ApiKey <key>" } or { apiKey }.
 * Without credentials: anonymous VIEWER outside production, refused in production.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import type { AuthConfig } from '../../config/config';
import { UnauthenticatedError } from '../../shared/errors';
import { ANONYMOUS, type Actor, type AuthMethod, Role, ROLES } from '../../app/actor';
import { findApiKey, followApiKeysFile } from './api-keys';

/** What a client presented, wherever it came from. */
export interface Credentials {
  authorization?: unknown;
  apiKey?: unknown;
}

export interface Authenticator {
  /** The actor these credentials prove; throws UnauthenticatedError when they prove nothing. */
  authenticate(credentials: Credentials): Promise<Actor>;
}

/** Algorithms accepted from the JWKS: asymmetric only, so a public key can never serve as an HMAC secret. */
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export function credentialsFromHeaders(headers: IncomingHttpHeaders): Credentials {
  return { authorization: headers.authorization, apiKey: headers['x-api-key'] };
}

export function credentialsFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): Credentials {
  return { authorization: params?.authorization ?? params?.Authorization, apiKey: params?.apiKey ?? params?.['x-api-key'] ?? params?.['X-API-Key'] };
}

export function createAuthenticator(config: AuthConfig, options: { requireCredentials: boolean; logger?: Logger }): Authenticator {
  const secret = config.jwtSecret === null ? null : new TextEncoder().encode(config.jwtSecret);
  const jwks: JWTVerifyGetKey | null = config.jwksUrl === null ? null : createRemoteJWKSet(new URL(config.jwksUrl));
  const claimsChecks = {
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
    ...(config.requireTokenExpiry ? { requiredClaims: ['exp'] } : {}),
  };
  const apiKeys = followApiKeysFile(config.apiKeysFile, config.apiKeys, options.logger);

  async function fromBearer(token: string): Promise<Actor> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new UnauthenticatedError('The bearer token is not a JWT; send "Authorization: Bearer <token>" with a token you were given');
    }
    let payload: JWTPayload;
    let method: AuthMethod;
    try {
      if (alg === 'HS256') {
        if (!secret) throw new UnauthenticatedError('HS256 bearer tokens are not accepted by this server; use a token signed with a key of its JWKS');
        ({ payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], ...claimsChecks }));
        method = 'jwt-hs256';
      } else {
        if (!jwks) throw new UnauthenticatedError(`Bearer tokens signed with ${alg ?? 'no algorithm'} are not accepted by this server; it accepts HS256 only`);
        ({ payload } = await jwtVerify(token, jwks, { algorithms: JWKS_ALGORITHMS, ...claimsChecks }));
        method = 'jwt-jwks';
      }
    } catch (error) {
      throw verificationError(error, options.logger);
    }
    return actorOfClaims(payload, method);
  }

  async function fromApiKey(key: string): Promise<Actor> {
    const entry = findApiKey(await apiKeys.current(), key);
    if (!entry) throw new UnauthenticatedError('The API key is not valid; ask for a new one (keys are listed in API_KEYS_FILE by their hash)');
    return { id: `api-key:${entry.id}`, role: entry.role, organisationId: entry.organisationId, authMethod: 'api-key', apiKeyId: entry.id };
  }

  return {
    async authenticate(credentials) {
      const authorization = nonEmpty(credentials.authorization, 'authorization');
      const apiKey = nonEmpty(credentials.apiKey, 'API key');
      if (authorization !== null && apiKey !== null) {
        throw new UnauthenticatedError('Send either an Authorization header or an X-API-Key header, not both');
      }
      if (apiKey !== null) return fromApiKey(apiKey);
      if (authorization !== null) {
        const match = /^(Bearer|ApiKey)\s+(\S+)$/i.exec(authorization);
        if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>" or "ApiKey <key>"');
        return match[1].toLowerCase() === 'bearer' ? fromBearer(match[2]) : fromApiKey(match[2]);
      }
      if (options.requireCredentials) throw new UnauthenticatedError('A bearer token or an API key is required: send "Authorization: Bearer <token>" or "X-API-Key: <key>"');
      return ANONYMOUS;
    },
  };
}

function nonEmpty(value: unknown, what: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new UnauthenticatedError(`The ${what} must be a single string`);
  return value;
}

function actorOfClaims(payload: JWTPayload, authMethod: AuthMethod): Actor {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new UnauthenticatedError('The bearer token has no subject (the sub claim); ask for a new one');
  if (typeof payload.role !== 'string' || !ROLES.has(payload.role)) {
    throw new UnauthenticatedError(`The bearer token's role claim must be one of ${[...ROLES].join(', ')}`);
  }
  const role = payload.role as Role;
  const organisationId = typeof payload.org === 'string' && payload.org !== '' ? payload.org : null;
  if (role === Role.PARTNER && organisationId === null) {
    throw new UnauthenticatedError('A PARTNER token must name its organisation in the org claim; ask for a new one');
  }
  return { id: payload.sub, role, organisationId, authMethod, ...(typeof payload.exp === 'number' ? { expiresAt: new Date(payload.exp * 1000) } : {}) };
}

function verificationError(error: unknown, logger: Logger | undefined): UnauthenticatedError {
  if (error instanceof UnauthenticatedError) return error;
  if (error instanceof errors.JWTExpired) return new UnauthenticatedError('The bearer token has expired; ask for a new one');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'exp' && error.reason === 'missing') {
      return new UnauthenticatedError('The bearer token has no expiry (exp claim); this server accepts only tokens that expire: ask for one with an exp');
    }
    if (error.claim === 'iss') return new UnauthenticatedError('The bearer token was issued by an issuer this server does not accept (JWT_ISSUER)');
    if (error.claim === 'aud') return new UnauthenticatedError('The bearer token is meant for another audience than this server (JWT_AUDIENCE)');
    if (error.claim === 'nbf') return new UnauthenticatedError('The bearer token is not valid yet (nbf); check the clock of its issuer');
    return new UnauthenticatedError(`The bearer token's ${error.claim} claim is invalid: ${error.reason}`);
  }
  if (error instanceof errors.JWKSNoMatchingKey) return new UnauthenticatedError('No key of the configured key set (JWKS_URL) matches the bearer token; ask for a new one');
  if (error instanceof errors.JOSEAlgNotAllowed) return new UnauthenticatedError('The bearer token is signed with an algorithm this server does not accept');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
    // The key set could not be read: not the client's fault, but the token cannot be checked either.
    logger?.warn({ err: error }, 'could not read the key set at JWKS_URL');
    return new UnauthenticatedError('The signing keys (JWKS_URL) could not be read to check the bearer token; try again shortly');
  }
  return new UnauthenticatedError('The bearer token is invalid (bad signature or malformed); ask for a new one');
}
