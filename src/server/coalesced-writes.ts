/**
 * One write per WebSocket per turn of the event loop, however many messages it sends in that turn.
 *
 * graphql-ws sends a subscription's next message only after the previous one's write callback, and
 * every `ws` message is its own write system call. A burst of 77 alerts to a subscriber therefore
 * cost 77 system calls, one per event-loop turn, on the server and as many reads on the portal. Here
 * the TCP socket is corked for the turn and a message's callback is answered as soon as it is queued
 * (while little is queued), so graphql-ws hands over the whole burst at once and it leaves in one write.
 *
 * Back-pressure is kept: above `maxQueuedBytes` the callback waits for the real write again, so a
 * subscriber that does not read backs up into its bounded alert stream (and is disconnected there,
 * see alert-feed.ts), not into this process's memory.
 */
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/** Enough for a burst of a few hundred alerts; beyond it a subscriber waits for its socket to drain. */
const MAX_QUEUED_BYTES = 256 * 1024;

type SendCallback = (error?: Error) => void;

/** Sockets corked in this turn: uncorked together by one callback when the turn ends. */
const corkedSockets = new Set<Socket>();

function corkForThisTurn(tcp: Socket): void {
  if (corkedSockets.has(tcp)) return;
  if (corkedSockets.size === 0) setImmediate(uncorkAll);
  corkedSockets.add(tcp);
  tcp.cork();
}

function uncorkAll(): void {
  for (const tcp of corkedSockets) tcp.uncork();
  corkedSockets.clear();
}

export function coalesceWrites(socket: WebSocket, tcp: Socket, maxQueuedBytes = MAX_QUEUED_BYTES): void {
  const send = socket.send.bind(socket) as (data: unknown, options: object, callback?: SendCallback) => void;
  socket.send = ((data: unknown, optionsOrCallback?: object | SendCallback, maybeCallback?: SendCallback) => {
    const callback = typeof optionsOrCallback === 'function' ? (optionsOrCallback as SendCallback) : maybeCallback;
    const options = typeof optionsOrCallback === 'function' || optionsOrCallback === undefined ? {} : optionsOrCallback;
    corkForThisTurn(tcp);
    if (!callback || tcp.writableLength >= maxQueuedBytes) {
      send(data, options, callback);
      return;
    }
    // Queued on a corked socket: as good as written for the sender. A failed write closes the socket,
    // which ends the subscriptions anyway.
    send(data, options);
    process.nextTick(callback);
  }) as WebSocket['send'];
}
