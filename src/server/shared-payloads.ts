/**
 * A subscription result shared by many subscribers is serialised once, not once per subscriber.
 *
 * createSharedSubscribe hands the same result object to every subscriber asking the same thing, but
 * graphql-ws still JSON-encodes each `next` message on its own: for a batch of 77 alerts (about 36 KB)
 * to 1,000 portals that is 35 MB of JSON.stringify for one and the same text. graphql-ws builds a
 * message as { id, type, payload }, encodes it with our `jsonMessageReplacer` and hands the text to the
 * socket's `send` in the same synchronous step. So the replacer puts a placeholder where a shared
 * payload goes and leaves the payload's JSON (made once per result) for that `send`, which splices it in.
 */
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { interceptSend } from './intercept-send';

/** Results handed to several subscribers (marked by createSharedSubscribe). */
const shared = new WeakSet<object>();
/**
 * Each shared payload's JSON, made once: as text while small (one string per message is the cheapest
 * to send), in UTF-8 bytes once large (sent as they are, never copied per subscriber).
 */
const encoded = new WeakMap<object, string | Buffer>();
/** From this size a payload is sent as its own fragment, from bytes encoded once. */
const LARGE_PAYLOAD_CHARACTERS = 8 * 1024;

/**
 * Stands for a shared payload in the encoded message. No payload of ours is this string (no stored
 * text holds a NUL character: unstorable-text.ts), and the payload is the message's last field, so
 * the splice looks for its last occurrence.
 */
const PLACEHOLDER = '\u0000arbiter:shared-payload';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

/** The shared payload encoded last, waiting for its message's `send`. */
let pending: string | Buffer | null = null;

export function markShared<T extends object>(result: T): T {
  shared.add(result);
  return result;
}

/** graphql-ws's jsonMessageReplacer: a shared payload becomes the placeholder, its JSON made once. */
export function sharedPayloadReplacer(key: string, value: unknown): unknown {
  if (key !== 'payload' || typeof value !== 'object' || value === null || !shared.has(value)) return value;
  let json = encoded.get(value);
  if (json === undefined) {
    const text = JSON.stringify(value);
    encoded.set(value, (json = text.length < LARGE_PAYLOAD_CHARACTERS ? text : Buffer.from(text)));
  }
  pending = json;
  return PLACEHOLDER;
}

/**
 * Makes the socket's `send` put the pending shared payload where its placeholder is. A large one goes
 * out as three fragments of one text message (before, the payload's bytes as they are, after) in one
 * write: it is neither encoded nor copied again for each subscriber.
 */
export function spliceSharedPayloads(socket: WebSocket, tcp: Socket): void {
  interceptSend(socket, (data, options, callback, send) => {
    const payload = pending;
    pending = null; // used here or never (a message to a socket that closed meanwhile is not sent)
    const at = payload && typeof data === 'string' ? data.lastIndexOf(PLACEHOLDER_JSON) : -1;
    if (at < 0) {
      send(data, options, callback);
      return;
    }
    const text = data as string;
    if (typeof payload === 'string') {
      send(text.slice(0, at) + payload + text.slice(at + PLACEHOLDER_JSON.length), options, callback);
      return;
    }
    tcp.cork();
    send(text.slice(0, at), { ...options, binary: false, fin: false });
    send(payload, { ...options, binary: false, fin: false });
    send(text.slice(at + PLACEHOLDER_JSON.length), { ...options, binary: false, fin: true }, callback);
    tcp.uncork();
  });
}
