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
import express from 'express';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import type { Orm } from '../db/orm';
import type { PolicyService } from '../policy/policy.service';
import type { Clock } from '../shared/clock';
import { RateLimitedError, UnauthenticatedError } from '../shared/errors';
import { startAlertDelivery } from '../modules/alert/alert-delivery';
import { IDEMPOTENCY_KEY_HEADER } from '../modules/idempotency/idempotency';
import { DEFAULT_FEED_OPTIONS } from '../modules/alert/alert-feed';
import { ANONYMOUS, type Actor } from './actor';
import { createAuthenticator, credentialsFromConnectionParams, credentialsFromHeaders } from './auth/authenticator';
import { createRequestContext, type RequestContext } from './context';
import { createErrorFormatter } from './format-error';
import { LIMITED_PARSE_OPTIONS, queryLimitRules } from './query-limits';
import { coalesceWrites } from './coalesced-writes';
import { createRateLimiter } from './rate-limit';
import { createSharedSubscribe } from './shared-subscription-execution';
import { buildAppSchema } from './schema';

/** A subscribe message is a few hundred bytes; anything near this is not a client of ours. */
const WS_MAX_MESSAGE_BYTES = 64 * 1024;
/** A socket that has not sent connection_init by then is closed (4408). */
const WS_INIT_TIMEOUT_MS = 10_000;
/** Ping every 12 s: dead peers are dropped, idle proxies keep the connection. */
const WS_KEEP_ALIVE_MS = 12_000;

export interface AppDependencies {
  config: AppConfig;
  orm: Orm;
  policy: PolicyService;
  clock: Clock;
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
  const app = express();
  const httpServer = createServer(app);
  let draining = false;

  const schema = await buildAppSchema();
  const authenticator = createAuthenticator(config.auth, { requireCredentials: config.nodeEnv === 'production', logger });
  const rateLimiter = await createRateLimiter(config.rateLimit, config.redisUrl, logger);
  const alerts = await startAlertDelivery(orm, config.redisUrl, logger, { ...DEFAULT_FEED_OPTIONS, pollMs: config.alertPollMs });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(logger, development),
    includeStacktraceInErrorResponses: development,
    introspection: config.nodeEnv !== 'production',
    // main.ts owns SIGTERM: drain, close the pool, exit. Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    // The same limits as the WebSocket path below (src/server/query-limits.ts).
    validationRules: queryLimitRules(),
    parseOptions: LIMITED_PARSE_OPTIONS,
    // No HTTP cache hints are used; the cache-control plugin would otherwise run on every field.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled()],
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

  const services = { em: orm.em, clock: deps.clock, policy: deps.policy, logger, alerts: alerts.feed };
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const actor = await authenticator.authenticate(credentialsFromHeaders(req.headers));
          await rateLimiter.consume(actor, req.socket.remoteAddress);
          return createRequestContext(services, actor, { idempotencyKey: req.get(IDEMPOTENCY_KEY_HEADER) });
        } catch (error) {
          if (error instanceof UnauthenticatedError) {
            throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          if (error instanceof RateLimitedError) {
            const retryAfter = String(error.retryAfterSeconds);
            throw new GraphQLError(error.message, {
              extensions: { ...error.extensions, http: { status: 429, headers: new Map([['retry-after', retryAfter]]) } },
            });
          }
          throw error;
        }
      },
    }),
  );

  // Subscriptions: graphql-ws on the same port and path. The connection authenticates once, in
  // connection_init ({ authorization: "Bearer <token>" } or { apiKey }); every subscription then runs
  // as that actor, and each subscribe takes a point from the actor's rate-limit budget.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: WS_MAX_MESSAGE_BYTES });
  // A burst of alerts leaves in one write per subscriber, not one per alert.
  wsServer.on('connection', (socket, request) => coalesceWrites(socket, request.socket));
  const subscriptions = useServer<Record<string, unknown>, { actor: Actor }>(
    {
      schema,
      // Alert events are executed once per operation and role, then shared by the subscribers asking it.
      subscribe: createSharedSubscribe(),
      connectionInitWaitTimeout: WS_INIT_TIMEOUT_MS,
      onConnect: async (ctx) => {
        try {
          ctx.extra.actor = await authenticator.authenticate(credentialsFromConnectionParams(ctx.connectionParams));
          return true;
        } catch (error) {
          if (!(error instanceof UnauthenticatedError)) throw error;
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      // Parse and validate here, with the same limits as HTTP; graphql-ws then executes what this returns.
      onSubscribe: async (ctx, _id, payload) => {
        const actor = ctx.extra.actor ?? ANONYMOUS;
        try {
          await rateLimiter.consume(actor, ctx.extra.request.socket.remoteAddress);
        } catch (error) {
          if (error instanceof RateLimitedError) return [error];
          throw error;
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, LIMITED_PARSE_OPTIONS);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules()]);
        if (errors.length > 0) return errors;
        const contextValue = Object.assign(createRequestContext(services, actor), {
          // A subscriber that falls too far behind is disconnected with a clear code; it resumes with afterSequence.
          closeConnection: (code: number, reason: string) => ctx.extra.socket.close(code, reason),
        });
        return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined, contextValue };
      },
    },
    wsServer,
    WS_KEEP_ALIVE_MS,
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
