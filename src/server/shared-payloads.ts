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
import type { ExecutionResult } from 'graphql';
import { WebSocket } from 'ws';
import { interceptSend, type Send, type SendCallback } from './intercept-send';

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

/**
 * Runs: several shared results for one subscriber, handed to graphql-ws as one result and sent as one
 * `next` message each, in one write (see sharedRun). Each run's payloads in UTF-8 bytes, made once.
 */
const runs = new WeakMap<object, readonly ExecutionResult[]>();
const encodedRuns = new WeakMap<object, Buffer[]>();
const RUN_PLACEHOLDER = '\u0000arbiter:shared-run';
const RUN_PLACEHOLDER_JSON = JSON.stringify(RUN_PLACEHOLDER);

/** The shared payload (or run of payloads) encoded last, waiting for its message's `send`. */
let pending: string | Buffer | { run: object; payloads: Buffer[] } | null = null;

export function markShared<T extends object>(result: T): T {
  shared.add(result);
  return result;
}

/**
 * Stands for `results` (each shared, none with errors) in graphql-ws: it sends this as one `next`
 * message, whose `send` then writes one `next` message per result with the same subscription id, in
 * order, in one write. What the subscriber receives is what it would have received result by result.
 */
export function sharedRun(results: readonly ExecutionResult[]): ExecutionResult {
  const run = {}; // an object, as graphql-ws expects a result to be; it is never encoded as it is
  runs.set(run, results);
  return run;
}

/** graphql-ws's jsonMessageReplacer: a shared payload becomes the placeholder, its JSON made once. */
export function sharedPayloadReplacer(key: string, value: unknown): unknown {
  if (key !== 'payload' || typeof value !== 'object' || value === null) return value;
  const run = runs.get(value);
  if (run) {
    let payloads = encodedRuns.get(value);
    if (payloads === undefined) encodedRuns.set(value, (payloads = run.map((result) => Buffer.from(JSON.stringify(result)))));
    pending = { run: value, payloads };
    return RUN_PLACEHOLDER;
  }
  if (!shared.has(value)) return value;
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
    if (payload && typeof payload === 'object' && 'run' in payload && typeof data === 'string') {
      const at = data.lastIndexOf(RUN_PLACEHOLDER_JSON);
      const [before, after] = [data.slice(0, at), data.slice(at + RUN_PLACEHOLDER_JSON.length)].map((text) => Buffer.from(text));
      sendRun(socket, tcp, payload.run, payload.payloads, before, after, callback, send);
      return;
    }
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
    send(payload as Buffer, { ...options, binary: false, fin: false });
    send(text.slice(at + PLACEHOLDER_JSON.length), { ...options, binary: false, fin: true }, callback);
    tcp.uncork();
  });
}

/**
 * One `next` message per payload (`before` + payload + `after`: the message graphql-ws encoded, with
 * each payload in turn), in one write. `ws` frames one message per call, and a burst of 77 alerts to
 * 1,000 portals is 77,000 messages; so the run's frames are built here once (RFC 6455 text frames),
 * with a gap where each message names its subscription, and each subscriber gets a copy with its id
 * filled in. They are written straight to the TCP socket behind `ws`, which is safe while the socket
 * is open and sends uncompressed (no permessage-deflate: `ws` then writes every message synchronously,
 * never queues one, so nothing it sent can come after these bytes). Otherwise `ws` sends them.
 */
function sendRun(socket: WebSocket, tcp: Socket, run: object, payloads: Buffer[], before: Buffer, after: Buffer, callback: SendCallback | undefined, send: Send): void {
  const frames = socket.readyState === WebSocket.OPEN && socket.extensions === '' ? runFrames(run, payloads, before.length, after) : null;
  if (!frames) {
    payloads.forEach((payload, i) => send(Buffer.concat([before, payload, after]), { binary: false }, i === payloads.length - 1 ? callback : undefined));
    return;
  }
  const { template, gaps } = frames;
  const fill = (bytes: Buffer) => {
    bytes.set(template);
    for (const at of gaps) bytes.set(before, at);
  };
  writeCopy(tcp, template.length, fill, callback);
}

/** A run's frames with a gap of `gapLength` bytes before each payload, and where the gaps are. */
interface RunFrames {
  template: Buffer;
  gaps: number[];
}
/** Per run, per shape of the message around the payloads (subscription ids mostly have one length). */
const framesOfRuns = new WeakMap<object, Map<string, RunFrames | null>>();

/** Null if a message is too large for this (a 16-bit frame length): `ws` sends those. */
function runFrames(run: object, payloads: Buffer[], gapLength: number, after: Buffer): RunFrames | null {
  let shapes = framesOfRuns.get(run);
  if (!shapes) framesOfRuns.set(run, (shapes = new Map()));
  const shape = `${gapLength}:${after.toString('latin1')}`;
  let frames = shapes.get(shape);
  if (frames !== undefined) return frames;
  const lengths = payloads.map((payload) => gapLength + payload.length + after.length);
  if (lengths.some((length) => length > MAX_16_BIT_LENGTH)) frames = null;
  else {
    const template = Buffer.allocUnsafe(lengths.reduce((sum, length) => sum + frameHeaderLength(length) + length, 0));
    const gaps: number[] = [];
    let offset = 0;
    payloads.forEach((payload, i) => {
      offset = writeTextFrameHeader(template, offset, lengths[i]);
      gaps.push(offset);
      offset += gapLength;
      offset += payload.copy(template, offset);
      offset += after.copy(template, offset);
    });
    frames = { template, gaps };
  }
  shapes.set(shape, frames);
  return frames;
}

/** RFC 6455 §5.2: a final text frame (FIN, opcode 1), unmasked (server to client), with a 7 or 16-bit length. */
const MAX_16_BIT_LENGTH = 0xffff;
const frameHeaderLength = (length: number) => (length < 126 ? 2 : 4);

function writeTextFrameHeader(target: Buffer, offset: number, length: number): number {
  target[offset] = 0x81;
  if (length < 126) {
    target[offset + 1] = length;
    return offset + 2;
  }
  target[offset + 1] = 126;
  target.writeUInt16BE(length, offset + 2);
  return offset + 4;
}

/**
 * Where each subscriber's copy of a run is built: one buffer, reused as long as every write hands all
 * of it to the kernel at once (the usual case); a burst to 1,000 subscribers would otherwise take 40 MB
 * of fresh memory (page faults, garbage collection) for bytes that live a few microseconds. If a write
 * leaves anything queued in Node (the socket is corked or its kernel buffer full), that buffer may
 * still be read, so the next copy goes to a new one.
 */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);

function writeCopy(tcp: Socket, length: number, fill: (bytes: Buffer) => void, callback: SendCallback | undefined): void {
  if (scratch.length < length) scratch = Buffer.allocUnsafeSlow(Math.max(length, scratch.length * 2));
  const bytes = scratch.subarray(0, length);
  fill(bytes);
  tcp.write(bytes, (error) => callback?.(error ?? undefined));
  if (tcp.writableLength > 0) scratch = Buffer.allocUnsafeSlow(scratch.length);
}
