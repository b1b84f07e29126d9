/**
 * The HTTP server: GraphQL at /graphql (Apollo Server 5 on Express 5), /healthz (alive) and
 * /readyz (database reachable). Stateless: all state is in the database, so instances scale out.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { LRUCache } from 'lru-cache';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ValidationRule,
} from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import type { Orm } from '../db/orm';
import type { PolicyService } from '../policy/policy.service';
import type { AlarmClock } from '../shared/clock';
import { DomainError, RateLimitedError, UnauthenticatedError } from '../shared/errors';
import { startAlertDelivery } from '../modules/alert/alert-delivery';
import { IDEMPOTENCY_KEY_HEADER } from '../app/idempotency/idempotency';
import { DEFAULT_FEED_OPTIONS } from '../modules/alert/alert-feed';
import { ANONYMOUS, type Actor } from '../app/actor';
import { createAuthenticator, credentialsFromConnectionParams, credentialsFromHeaders } from './auth/authenticator';
import { createLoaders } from './loaders';
import { wireReferrals } from './referral-wiring';
import { createRequestContext, type RequestContext } from '../app/context';
import { createErrorFormatter, databaseOutageStatusPlugin, toGraphQLError, withCode } from './format-error';
import { LIMITED_PARSE_OPTIONS, queryLimitRules } from './query-limits';
import { createRateLimiter } from './rate-limit';
import { recordRefusal, requestLog, requestLogPlugin, traceOf } from './request-log';
import { corsFor } from './cors';
import { createSharedSubscribe } from './shared-subscription-execution';
import { requestInputError, requestInputPlugin } from './request-input';
import { serveGraphqlWs } from './ws-adapter';
import { buildAppSchema } from './schema';

/** A GraphQL request body is a few KB (the token limit caps the document); anything larger is refused with 413. */
const HTTP_MAX_BODY = '1mb';
/** headersTimeout is keepAliveTimeout plus this (Node's guidance: strictly above it). */
const HEADERS_TIMEOUT_MARGIN_MS = 1_000;
/** A subscribe message is a few hundred bytes; anything near this is not a client of ours. */
const WS_MAX_MESSAGE_BYTES = 64 * 1024;
/** A socket that has not sent connection_init by then is closed (4408). */
const WS_INIT_TIMEOUT_MS = 10_000;
/** Close code of a WebSocket refused by a rate limit (too many connections or failed authentications from its address). */
const RATE_LIMITED_CLOSE_CODE = 4429;
/** Ping every 12 s: dead peers are dropped, idle proxies keep the connection. */
const WS_KEEP_ALIVE_MS = 12_000;
/** graphql-ws's close code for a refused credential, here one that has expired: the client reconnects with a fresh one. */
const WS_CREDENTIAL_EXPIRED = { code: 4403, reason: 'Token expired: reconnect with a fresh token (and afterSequence to resume)' } as const;
/**
 * Subscription documents kept parsed and validated: at most this many, and at most this much query
 * text in all (a syntax tree is some tens of times its text), so distinct documents cannot fill memory.
 */
const WS_DOCUMENT_CACHE = { max: 1_000, maxSize: 1024 * 1024, sizeCalculation: (_document: DocumentNode, query: string) => Math.max(1, query.length) };

export interface AppDependencies {
  config: AppConfig;
  orm: Orm;
  policy: PolicyService;
  /** Business time, and when a connection's credential expires. */
  clock: AlarmClock;
  logger: Logger;
}

export interface RunningApp {
  httpServer: Server;
  url: string;
  port: number;
  /** Stops taking requests, lets running ones finish, then returns. The ORM is closed by the caller. */
  stop(): Promise<void>;
}

export async function startApp(deps: AppDependencies, port = deps.config.port): Promise<RunningApp> {
  const { config, orm, logger } = deps;
  const development = config.nodeEnv === 'development';
  const production = config.nodeEnv === 'production';
  const formatError = createErrorFormatter(logger, config.nodeEnv);
  const app = express();
  const httpServer = createServer(app);
  // Idle keep-alive connections outlive the idle timeout of the client or load balancer in front, so
  // it closes them first; headersTimeout must exceed keepAliveTimeout or Node cuts a reused socket early.
  httpServer.keepAliveTimeout = config.httpKeepAliveSeconds * 1000;
  httpServer.headersTimeout = httpServer.keepAliveTimeout + HEADERS_TIMEOUT_MARGIN_MS;
  let draining = false;

  const schema = await buildAppSchema();
  const authenticator = createAuthenticator(config.auth, { requireCredentials: config.nodeEnv === 'production', logger });
  const rateLimiter = await createRateLimiter(config.rateLimit, config.redisUrl, logger);
  const alerts = await startAlertDelivery(orm, config.redisUrl, logger, { ...DEFAULT_FEED_OPTIONS, pollMs: config.alertPollMs });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: development,
    // Production hides the schema: no introspection, no "Did you mean ...?" in validation messages
    // (format-error.ts strips them from variable coercion messages too). The WebSocket does the same below.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // A GET or a "simple" POST (no JSON content type) needs an apollo-require-preflight or
    // x-apollo-operation-name header, which a cross-site form or <img> cannot send: 400 otherwise.
    csrfPrevention: true,
    // main.ts owns SIGTERM: drain, close the pool, exit. Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    // The same limits as the WebSocket path below (src/server/query-limits.ts).
    validationRules: queryLimitRules(),
    parseOptions: LIMITED_PARSE_OPTIONS,
    // No HTTP cache hints are used; the cache-control plugin would otherwise run on every field.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), requestInputPlugin(), databaseOutageStatusPlugin(), requestLogPlugin()],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: config.database.driver });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check: database unreachable');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  const services = { em: orm.em, clock: deps.clock, policy: deps.policy, logger, alerts: alerts.feed, referrals: wireReferrals(config.baseCurrency), createLoaders };
  // Browser apps on the origins of CORS_ORIGINS (preflights answered here); nobody else cross-origin.
  const cors = corsFor(config.corsOrigins);
  if (cors) app.use('/graphql', cors);
  app.use(
    '/graphql',
    requestLog(logger),
    express.json({ limit: HTTP_MAX_BODY }),
    requestBodyErrorsAsGraphQL,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const actor = await rateLimiter.authenticate(req.socket.remoteAddress, () => authenticator.authenticate(credentialsFromHeaders(req.headers)));
          await rateLimiter.consume(actor, req.socket.remoteAddress);
          return createRequestContext(services, actor, { idempotencyKey: req.get(IDEMPOTENCY_KEY_HEADER), trace: traceOf(res, actor) });
        } catch (error) {
          // A bad credential or a spent budget answers 401 or 429 (format-error.ts); anything else is internal.
          recordRefusal(res, error instanceof DomainError ? error.code : 'INTERNAL_SERVER_ERROR');
          throw error instanceof DomainError ? toGraphQLError(error) : error;
        }
      },
    }),
  );

  // Subscriptions: graphql-ws on the same port and path. The connection authenticates once, in
  // connection_init ({ authorization: "Bearer <token>" } or { apiKey }); every subscription then runs
  // as that actor, and each subscribe takes a point from the actor's rate-limit budget.
  const wsValidationRules: ValidationRule[] = [...specifiedRules, ...queryLimitRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  // Portals send the same few subscription documents: each is parsed and validated once, and its
  // syntax tree is shared by every subscription that sends it (not one copy per subscriber).
  const validDocuments = new LRUCache<string, DocumentNode>(WS_DOCUMENT_CACHE);
  // No permessage-deflate (ws's default, stated): alerts are small, and compressing each copy would
  // cost every subscriber's share of a burst again.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: WS_MAX_MESSAGE_BYTES, perMessageDeflate: false });
  // A connection lives no longer than its credential: closed when the token expires (API keys do not).
  const closeWhenCredentialExpires = (socket: WebSocket, actor: Actor) => {
    if (!actor.expiresAt || socket.readyState !== socket.OPEN) return;
    const cancel = deps.clock.at(actor.expiresAt, () => socket.close(WS_CREDENTIAL_EXPIRED.code, WS_CREDENTIAL_EXPIRED.reason));
    socket.once('close', cancel);
  };
  // New connections per client address are counted as they open, before connection_init.
  wsServer.on('connection', (socket, request) => {
    rateLimiter.consumeConnection(request.socket.remoteAddress).catch((error: unknown) => {
      if (error instanceof RateLimitedError) socket.close(RATE_LIMITED_CLOSE_CODE, closeReason(error));
      else logger.error({ err: error }, 'WebSocket connection budget could not be checked');
    });
  });
  const subscriptions = serveGraphqlWs<Record<string, unknown>, { actor: Actor }>(
    {
      schema,
      // Alert events are executed once per operation and role, then shared by the subscribers asking it.
      subscribe: createSharedSubscribe(),
      connectionInitWaitTimeout: WS_INIT_TIMEOUT_MS,
      onConnect: async (ctx) => {
        const address = ctx.extra.request.socket.remoteAddress;
        try {
          ctx.extra.actor = await rateLimiter.authenticate(address, () => authenticator.authenticate(credentialsFromConnectionParams(ctx.connectionParams)));
          closeWhenCredentialExpires(ctx.extra.socket, ctx.extra.actor);
          return true;
        } catch (error) {
          if (error instanceof RateLimitedError) ctx.extra.socket.close(RATE_LIMITED_CLOSE_CODE, closeReason(error));
          else if (!(error instanceof UnauthenticatedError)) throw error;
          return false; // graphql-ws closes with 4403 Forbidden (unless closed above)
        }
      },
      // Parse, validate and coerce the variables here, with the same limits, rules and error codes as
      // HTTP; graphql-ws then executes what this returns. Each subscribe takes a point from the actor's rate-limit budget.
      onSubscribe: async (ctx, _id, payload) => {
        const actor = ctx.extra.actor ?? ANONYMOUS;
        if (actor.expiresAt && deps.clock.now() >= actor.expiresAt) {
          // Expired while the close was still on its way: refused, never executed.
          ctx.extra.socket.close(WS_CREDENTIAL_EXPIRED.code, WS_CREDENTIAL_EXPIRED.reason);
          return [toGraphQLError(new UnauthenticatedError(WS_CREDENTIAL_EXPIRED.reason))];
        }
        try {
          await rateLimiter.consume(actor, ctx.extra.request.socket.remoteAddress);
        } catch (error) {
          if (error instanceof RateLimitedError) return [toGraphQLError(error)];
          throw error;
        }
        let document = validDocuments.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query, LIMITED_PARSE_OPTIONS);
          } catch (error) {
            return withCode([error instanceof GraphQLError ? error : new GraphQLError(String(error))], 'GRAPHQL_PARSE_FAILED');
          }
          const errors = validate(schema, document, wsValidationRules);
          if (errors.length > 0) return withCode(errors, 'GRAPHQL_VALIDATION_FAILED');
          validDocuments.set(payload.query, document);
        }
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (!operation) return withCode([new GraphQLError('Unable to identify the operation to run: name it with operationName')], 'OPERATION_RESOLUTION_FAILURE');
        // Nesting and text are checked before the variables are coerced (request-input.ts), as on HTTP.
        const badInput = requestInputError(document, payload.variables);
        if (badInput) return [toGraphQLError(badInput)];
        const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
        if (variables.errors) return withCode(variables.errors, 'BAD_USER_INPUT');
        const contextValue = Object.assign(createRequestContext(services, actor), {
          // A subscriber that falls too far behind is disconnected with a clear code; it resumes with afterSequence.
          closeConnection: (code: number, reason: string) => ctx.extra.socket.close(code, reason),
        });
        return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined, contextValue };
      },
      // The same error boundary as HTTP: known codes pass, internal errors are masked, no suggestions in production.
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      // Without errors the result goes out as it is (the same object for every subscriber sharing it).
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
    },
    wsServer,
    { keepAliveMs: WS_KEEP_ALIVE_MS },
  );

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  logger.info({ port: actualPort, database: config.database.driver }, 'arbiter is listening');

  return {
    httpServer,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    stop: async () => {
      draining = true;
      await subscriptions.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      await alerts.stop();
      await apollo.stop();
      await rateLimiter.close();
    },
  };
}

/** A close reason is at most 123 bytes; the error's message (ASCII) says what was counted and when to retry. */
function closeReason(error: RateLimitedError): string {
  return error.message.length <= 123 ? error.message : `Rate limit reached; retry in ${error.retryAfterSeconds} s`;
}

/**
 * A body express.json cannot read (malformed JSON, `null`, over HTTP_MAX_BODY) answers like any other
 * bad GraphQL request: JSON with a BAD_REQUEST code and the parser's 4xx status, not an HTML page.
 */
function requestBodyErrorsAsGraphQL(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) {
    next(error);
    return;
  }
  const message =
    status === 413
      ? `The request body is larger than ${HTTP_MAX_BODY}`
      : status === 415
        ? 'The request body must be JSON in UTF-8, without content encoding'
        : 'The request body is not a JSON object: send {"query": "...", "variables": {...}}';
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}
