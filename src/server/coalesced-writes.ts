/**
 * A few writes per WebSocket per turn of the event loop, however many messages it sends in that turn.
 *
 * graphql-ws sends a subscription's next message only after the previous one's write callback, and
 * every `ws` message is its own write system call. A burst of 77 alerts to a subscriber therefore
 * cost 77 system calls, one per event-loop turn, on the server and as many reads on the portal. Here
 * the TCP socket is corked for the rest of the turn from its second message on, and a message's
 * callback is answered as soon as it is queued (while little is queued), so graphql-ws hands over
 * several messages at once and they leave in one write.
 *
 * Back-pressure is kept: past MAX_MESSAGES_PER_WRITE in a turn, or above `maxQueuedBytes`, the
 * callback waits for the real write again, so a subscriber that does not read backs up into its bounded
 * alert stream (and is disconnected there, see alert-feed.ts), not into this process's memory.
 */
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { interceptSend } from './intercept-send';

/** Enough for a burst of a few hundred alerts; beyond it a subscriber waits for its socket to drain. */
const MAX_QUEUED_BYTES = 256 * 1024;
/**
 * Messages per socket per write. Everything queued in a turn waits for the turn's end, so an unbounded
 * count would hold a 77-alert burst to 1,000 subscribers until all 77,000 messages are built; eight
 * per write cut the system calls eightfold and let the first ones leave early.
 */
const MAX_MESSAGES_PER_WRITE = 8;

/** Sockets that sent in this turn, with their message count; those with more than one are corked. */
const sentThisTurn = new Map<Socket, number>();

/**
 * Counts a message of this turn; returns how many were sent before it. The first one leaves at once
 * (a single alert is not delayed); from the second on the socket is corked until the turn ends.
 */
function countForThisTurn(tcp: Socket): number {
  const before = sentThisTurn.get(tcp) ?? 0;
  if (sentThisTurn.size === 0) setImmediate(uncorkAll);
  sentThisTurn.set(tcp, before + 1);
  if (before === 1) tcp.cork();
  return before;
}

function uncorkAll(): void {
  for (const [tcp, count] of sentThisTurn) if (count > 1) tcp.uncork();
  sentThisTurn.clear();
}

export function coalesceWrites(socket: WebSocket, tcp: Socket, maxQueuedBytes = MAX_QUEUED_BYTES): void {
  interceptSend(socket, (data, options, callback, send) => {
    const queuedThisTurn = countForThisTurn(tcp);
    if (!callback || queuedThisTurn + 1 >= MAX_MESSAGES_PER_WRITE || tcp.writableLength >= maxQueuedBytes) {
      send(data, options, callback);
      return;
    }
    // Queued on a corked socket: as good as written for the sender. A failed write closes the socket,
    // which ends the subscriptions anyway.
    send(data, options);
    process.nextTick(callback);
  });
}
