/**
 * Everything a resolver or service needs for one request, passed first to every service call.
 *
 * The kernel declares what a request carries without knowing the modules: `Loaders` and
 * `LiveAlertFeed` are empty here, and each module adds its part by declaration merging in its own
 * file (e.g. src/modules/invoice/invoice.loaders.ts); the composition root (src/server/app.ts)
 * builds them.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { PolicyService } from '../policy/policy.service';
import type { Clock } from '../shared/clock';
import type { Actor } from './actor';
import type { ReferralDesk } from './referral-desk';

/** The request's batch loaders, one set per request (nothing cached across requests); each module declares its own. */
export interface Loaders {}

/** This instance's live alert feed, as the alert module declares it. */
export interface LiveAlertFeed {}

export interface RequestContext {
  /** A fork of the entity manager for this request only. */
  em: EntityManager;
  actor: Actor;
  clock: Clock;
  policy: PolicyService;
  loaders: Loaders;
  logger: Logger;
  /** Opens the referral of a request the policy referred (src/modules/referral). */
  referrals: ReferralDesk;
  /** This instance's live alert feed (subscriptions); absent in scripts that serve no subscribers. */
  alerts?: LiveAlertFeed;
  /** The request's Idempotency-Key HTTP header, if it sent one (mutations that take a key use it). */
  idempotencyKey?: string;
  /** What the request's log line says of it (its id, and once known its operation and outcome); HTTP requests have one. */
  trace?: RequestTrace;
  /** On a WebSocket connection: closes it with a code and a reason. */
  closeConnection?(code: number, reason: string): void;
}

export interface AppServices {
  em: EntityManager;
  clock: Clock;
  policy: PolicyService;
  logger: Logger;
  referrals: ReferralDesk;
  alerts?: LiveAlertFeed;
  /** Makes a request's loaders on the request's entity manager. */
  createLoaders(em: EntityManager): Loaders;
}

/** A request as its log line tells it (src/server/request-log.ts). */
export interface RequestTrace {
  requestId: string;
  actor?: Actor;
  operation?: string;
  outcome?: string;
}

/** What a request carries besides its actor (HTTP headers the API reads). */
export interface RequestExtras {
  idempotencyKey?: string;
  trace?: RequestTrace;
}

export function createRequestContext(services: AppServices, actor: Actor, extras: RequestExtras = {}): RequestContext {
  // The entity manager fork and the loaders are made on first use: a WebSocket connection holds its
  // context for as long as it is open, and an alert subscription never touches either.
  let em: EntityManager | undefined;
  let loaders: Loaders | undefined;
  return {
    get em() {
      return (em ??= services.em.fork());
    },
    get loaders() {
      return (loaders ??= services.createLoaders(this.em));
    },
    actor,
    clock: services.clock,
    policy: services.policy,
    logger: services.logger,
    referrals: services.referrals,
    alerts: services.alerts,
    idempotencyKey: extras.idempotencyKey,
    trace: extras.trace,
  };
}
