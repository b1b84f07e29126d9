/**
 * A partner portal's view of the alert stream, with the official graphql-ws client over a real
 * WebSocket: collects what a subscription delivers and waits (with a deadline) for it to arrive.
 */
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  PartnerRiskAlertStreamDocument,
  RiskAlertBatchStreamDocument,
  RiskAlertStreamDocument,
  type RiskAlertBatchStreamSubscriptionVariables,
  type RiskAlertPartsFragment,
} from '../generated/graphql';

export interface AlertSubscription {
  alerts: RiskAlertPartsFragment[];
  /** How many alerts each `next` message carried (1 each for riskAlerts). */
  messages: number[];
  errors: unknown[];
  closed: { code: number; reason: string } | null;
  /** Resolves once `count` alerts have arrived; fails after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<RiskAlertPartsFragment[]>;
  /** Resolves once the connection closed; fails after `timeoutMs`. */
  waitForClose(timeoutMs?: number): Promise<{ code: number; reason: string }>;
  stop(): Promise<void>;
}

export function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/** `credentials`: a bearer token, or the connection_init params themselves (e.g. { apiKey }). */
/** Partners subscribe with PartnerRiskAlertStream: the staff-only fields of an alert are refused to them. */
export function subscribeAlerts(
  httpUrl: string,
  credentials: string | null | Record<string, unknown>,
  variables: RiskAlertBatchStreamSubscriptionVariables = {},
  document: typeof RiskAlertStreamDocument | typeof PartnerRiskAlertStreamDocument | typeof RiskAlertBatchStreamDocument = RiskAlertStreamDocument,
): AlertSubscription {
  const subscription: AlertSubscription = {
    alerts: [],
    messages: [],
    errors: [],
    closed: null,
    waitFor: (count, timeoutMs = 10_000) => until(() => subscription.alerts.length >= count, timeoutMs, () => `${count} alerts (got ${subscription.alerts.length})`).then(() => subscription.alerts),
    waitForClose: (timeoutMs = 10_000) => until(() => subscription.closed !== null, timeoutMs, () => 'the connection to close').then(() => subscription.closed!),
    stop: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
  const client: Client = createClient({
    url: wsUrlOf(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: typeof credentials === 'string' ? { authorization: `Bearer ${credentials}` } : (credentials ?? {}),
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => (subscription.closed = { code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
  });
  const unsubscribe = client.subscribe<{ riskAlerts?: RiskAlertPartsFragment; riskAlertBatches?: RiskAlertPartsFragment[] }>(
    { query: print(document), variables },
    {
      next: (result) => {
        if (result.errors) subscription.errors.push(...result.errors);
        if (!result.data) return;
        const alerts = result.data.riskAlertBatches ?? [result.data.riskAlerts!];
        subscription.alerts.push(...alerts);
        subscription.messages.push(alerts.length);
      },
      error: (error) => subscription.errors.push(error),
      complete: () => undefined,
    },
  );
  return subscription;
}

/** A graphql-transport-ws connection on a plain `ws` socket: each frame as it came, as text, and how it closed. */
export interface RawConnection {
  socket: WebSocket;
  frames: string[];
  closed: { code: number; reason: string } | null;
  /** Resolves once the connection closed; fails after `timeoutMs`. */
  waitForClose(timeoutMs?: number): Promise<{ code: number; reason: string }>;
}

/** Opens a raw connection and sends connection_init; resolves on connection_ack (which is not kept in `frames`). */
export async function openRawConnection(httpUrl: string, connectionParams: Record<string, unknown>): Promise<RawConnection> {
  const socket = new WebSocket(wsUrlOf(httpUrl), 'graphql-transport-ws');
  const connection: RawConnection = {
    socket,
    frames: [],
    closed: null,
    waitForClose: (timeoutMs = 10_000) => until(() => connection.closed !== null, timeoutMs, () => 'the connection to close').then(() => connection.closed!),
  };
  socket.on('message', (data, isBinary) => connection.frames.push(isBinary ? `<binary ${String(data)}>` : String(data)));
  socket.on('close', (code, reason) => (connection.closed = { code, reason: String(reason) }));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams }));
  await until(() => connection.frames.length > 0 || connection.closed !== null, 10_000, () => 'connection_ack');
  const ack = connection.frames.shift();
  if (ack !== '{"type":"connection_ack"}') throw new Error(`expected connection_ack, got ${ack ?? `a close: ${JSON.stringify(connection.closed)}`}`);
  return connection;
}

/** Waits until `done()` holds, checking every 10 ms; fails after `timeoutMs`. */
export async function until(done: () => boolean, timeoutMs = 10_000, what: () => string = () => 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
