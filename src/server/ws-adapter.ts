/**
 * graphql-ws over `ws`, through graphql-ws's supported seam: `makeServer(options)` and
 * `server.opened({ protocol, send, close, onMessage }, extra)`. It is graphql-ws's own
 * `graphql-ws/use/ws` adapter (which its documentation offers as a starter to copy and adjust) with
 * one difference, in `send`:
 *
 * graphql-ws awaits each message's `send` before it sends the subscription's next one, and the stock
 * adapter resolves `send` only in ws's write callback. A burst of 77 alerts to 1,000 subscribers was
 * then 77,000 round trips through the event loop, each waiting for its own socket write. Here `send`
 * hands the message to ws and resolves at once while little is queued on the socket; once more than
 * SEND_BUFFER_HIGH_WATER_BYTES is queued it waits for ws's write callback, so a subscriber that does
 * not read still holds its stream back (and the alert stream's bounded queue cuts it off with 4429).
 * Frames are built and written by ws, messages encoded by graphql-ws: nothing here touches either.
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { CloseCode, DEPRECATED_GRAPHQL_WS_PROTOCOL, handleProtocols, makeServer, type Disposable, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/** What graphql-ws's context carries for a connection, as with the stock ws adapter. */
export interface WsExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

/** The stock adapter's interval between pings, and the time a peer has to answer one. */
export const DEFAULT_KEEP_ALIVE_MS = 12_000;

/** Bytes queued on a socket (ws's `bufferedAmount`) under which `send` does not wait for the write. */
export const SEND_BUFFER_HIGH_WATER_BYTES = 64 * 1024;

/** The longest close reason a WebSocket close frame carries (123 bytes of UTF-8). */
const MAX_CLOSE_REASON_BYTES = 123;

export interface WsAdapterOptions {
  /** Ping every this many milliseconds; a peer that has not answered by the next one is terminated. 0 turns it off. */
  keepAliveMs?: number;
  /** In production an internal error closes a socket without its message. Defaults to NODE_ENV === 'production'. */
  isProd?: boolean;
}

/**
 * Serves graphql-ws on `wsServer` with `options` (the same options as `useServer` from
 * graphql-ws/use/ws). Returns what disposes of it: every client closed with 1001, the server closed.
 */
export function serveGraphqlWs<P extends Record<string, unknown> | undefined, E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<P, WsExtra & Partial<E>>,
  wsServer: WebSocketServer,
  { keepAliveMs = DEFAULT_KEEP_ALIVE_MS, isProd = process.env.NODE_ENV === 'production' }: WsAdapterOptions = {},
): Disposable {
  const server = makeServer(options);
  const internalErrorReason = (error: unknown) =>
    isProd ? 'Internal server error' : limitCloseReason(error instanceof Error ? error.message : String(error), 'Internal server error');
  wsServer.options.handleProtocols = handleProtocols;

  wsServer.once('error', (error) => {
    console.error('Internal error emitted on the WebSocket server. Please check your implementation.', error);
    let firstError: unknown = null;
    for (const client of wsServer.clients) {
      try {
        client.close(CloseCode.InternalServerError, internalErrorReason(error));
      } catch (closeError) {
        firstError ??= closeError;
      }
    }
    if (firstError) throw firstError;
  });

  wsServer.on('connection', (socket, request) => {
    socket.once('error', (error) => {
      console.error('Internal error emitted on a WebSocket socket. Please check your implementation.', error);
      socket.close(CloseCode.InternalServerError, internalErrorReason(error));
    });
    const stopKeepAlive = keepAliveMs > 0 && Number.isFinite(keepAliveMs) ? keepAlive(socket, keepAliveMs) : () => {};

    const writes = batchedWrites(request.socket);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          if (socket.readyState !== socket.OPEN) return Promise.resolve(); // as the stock adapter: nothing for a closing socket
          writes.hold();
          const sent = sendWithBackpressure(socket, data);
          writes.flushIfFull();
          return sent;
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (message) => {
            try {
              await handle(String(message));
            } catch (error) {
              console.error('Internal error occurred during message handling. Please check your implementation.', error);
              socket.close(CloseCode.InternalServerError, internalErrorReason(error));
            }
          }),
      },
      { socket, request } as WsExtra & Partial<E>,
    );

    socket.once('close', (code, reason) => {
      stopKeepAlive();
      if (!isProd && code === CloseCode.SubprotocolNotAcceptable && socket.protocol === DEPRECATED_GRAPHQL_WS_PROTOCOL) {
        console.warn(`Client provided the unsupported and deprecated subprotocol "${socket.protocol}" used by subscriptions-transport-ws.`);
      }
      void closed(code, String(reason));
    });
  });

  return {
    dispose: async () => {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * Hands `data` to ws. Resolves at once while the socket has less than the high-water mark queued,
 * otherwise when ws has written it (back-pressure). The caller checks that the socket is OPEN.
 */
function sendWithBackpressure(socket: WebSocket, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    socket.send(data, (error) => {
      if (settled) return; // already resolved; a failed write also closes the socket, which ends its subscriptions
      settled = true;
      if (error) reject(error);
      else resolve();
    });
    if (!settled && socket.bufferedAmount < SEND_BUFFER_HIGH_WATER_BYTES) {
      settled = true;
      resolve();
    }
  });
}

/** Bytes held back on a TCP socket before they are written without waiting for the end of the turn. */
export const WRITE_BATCH_BYTES = 16 * 1024;

/**
 * Holds back a TCP socket's writes (Node's `cork`/`uncork`) until the current turn of the event loop
 * ends or WRITE_BATCH_BYTES are held, so the messages a burst sends one subscriber leave in a few
 * writes rather than one each. ws writes on the upgrade request's socket, `request.socket`.
 */
function batchedWrites(tcpSocket: Socket) {
  let holding = false;
  const flush = () => {
    if (!holding) return;
    holding = false;
    tcpSocket.uncork();
  };
  return {
    hold: () => {
      if (holding) return;
      holding = true;
      tcpSocket.cork();
      process.nextTick(flush);
    },
    flushIfFull: () => {
      if (tcpSocket.writableLength >= WRITE_BATCH_BYTES) flush();
    },
  };
}

/**
 * Pings every `intervalMs`; a peer that has not answered a ping within `intervalMs` is terminated
 * (as the stock adapter does). Returns what stops it.
 */
function keepAlive(socket: WebSocket, intervalMs: number): () => void {
  let pongWait: NodeJS.Timeout | null = null;
  const pingInterval = setInterval(() => {
    if (socket.readyState !== socket.OPEN) return;
    pongWait = setTimeout(() => socket.terminate(), intervalMs);
    socket.once('pong', () => {
      if (pongWait) clearTimeout(pongWait);
      pongWait = null;
    });
    socket.ping();
  }, intervalMs);
  return () => {
    if (pongWait) clearTimeout(pongWait);
    clearInterval(pingInterval);
  };
}

/** A close reason within the 123 bytes a close frame allows, or `whenTooLong` (graphql-ws's rule). */
function limitCloseReason(reason: string, whenTooLong: string): string {
  return Buffer.byteLength(reason) <= MAX_CLOSE_REASON_BYTES ? reason : whenTooLong;
}
