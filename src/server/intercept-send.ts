/** Wraps a `ws` socket's `send`, which takes (data, callback) as well as (data, options, callback). */
import type { WebSocket } from 'ws';

export type SendCallback = (error?: Error) => void;
export type Send = (data: unknown, options: object, callback?: SendCallback) => void;

/** Replaces `socket.send` by `wrapper`, called with the arguments in one shape and the send it replaced. */
export function interceptSend(socket: WebSocket, wrapper: (data: unknown, options: object, callback: SendCallback | undefined, send: Send) => void): void {
  const send = socket.send.bind(socket) as Send;
  socket.send = ((data: unknown, optionsOrCallback?: object | SendCallback, maybeCallback?: SendCallback) => {
    const callback = typeof optionsOrCallback === 'function' ? (optionsOrCallback as SendCallback) : maybeCallback;
    const options = typeof optionsOrCallback === 'function' || optionsOrCallback === undefined ? {} : optionsOrCallback;
    wrapper(data, options, callback, send);
  }) as WebSocket['send'];
}
