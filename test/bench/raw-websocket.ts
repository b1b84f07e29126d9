/**
 * The bench's WebSocket client: a minimal RFC 6455 client that copies nothing of a message but its
 * head and tail. A thousand subscribers share this process and the machine's two cores with the
 * server; a full client (`ws`: reassembling fragments, validating UTF-8, a Buffer per message) spent
 * more CPU receiving a 35 MB burst than the server spent sending it, and its queueing showed up as
 * delivery latency. A message counts as received when its last byte has been read.
 *
 * What it handles: the HTTP upgrade (on a plain TCP socket that reads into one shared buffer; a
 * message that arrives within one read is handed over as a view of it, not copied),
 * unmasked server frames of any size split anyhow across reads, fragmented messages, ping (answered
 * with pong) and close. What it sends: small text frames,
 * masked as the protocol requires (with a zero key: the server unmasks any key).
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * A message as handed to `onMessage`. Its buffers may be views of the shared read buffer: valid only
 * during that call (copy what you keep).
 */
export interface ReceivedMessage {
  /** The message's first `HEAD_BYTES` bytes at least (all of it when shorter or when `whole` is set). */
  head: Buffer;
  /** Its last `TAIL_BYTES` bytes at least (likewise). */
  tail: Buffer;
  length: number;
  /**
   * The whole message: always when it arrived within one read (a view), else only if it is small
   * (protocol messages) or `keepWhole` was set while it arrived.
   */
  whole: Buffer | null;
}

const HEAD_BYTES = 160;
const TAIL_BYTES = 64;
/** Messages up to this size are kept whole anyway (connection_ack, errors, one alert). */
const SMALL_BYTES = 4 * 1024;

/** One read buffer for every connection: a read is parsed before the next one lands. */
const READ_BUFFER = Buffer.alloc(256 * 1024);

const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

export class RawWebSocket {
  /** Keep the next messages whole, however large (e.g. to check the first one in full). */
  keepWhole = false;
  private pending: Buffer | null = null;
  /** Payload bytes left in the current frame, and that frame's opcode and fin bit. */
  private remaining = 0;
  private frameOpcode = 0;
  private frameFin = false;
  private controlPayload: Buffer[] = [];
  /** The message being received. */
  private head: Buffer[] = [];
  private headLength = 0;
  private tail = Buffer.alloc(0);
  private length = 0;
  private whole: Buffer[] | null = [];

  /** The code of the server's close frame; 1006 if the connection ended without one. */
  private closeCode = 1006;

  private constructor(
    private readonly socket: Socket,
    private readonly onMessage: (message: ReceivedMessage) => void,
    onClose: (code: number) => void,
  ) {
    socket.on('close', () => onClose(this.closeCode));
    socket.on('error', () => undefined);
  }

  static connect(
    url: string,
    protocol: string,
    onMessage: (message: ReceivedMessage) => void,
    onClose: (code: number) => void,
  ): Promise<RawWebSocket> {
    const { hostname, port, pathname } = new URL(url);
    return new Promise((resolve, reject) => {
      let client: RawWebSocket | null = null;
      let response = '';
      // Every read lands in one shared buffer and is handled at once: no allocation per read, no stream.
      const socket = connect({
        host: hostname,
        port: Number(port),
        onread: {
          buffer: READ_BUFFER,
          callback: (bytes: number, buffer: Uint8Array): boolean => {
            const data = Buffer.from(buffer.buffer, buffer.byteOffset, bytes);
            if (client) client.read(data);
            else client = handshake(data);
            return true; // keep reading
          },
        },
      });
      // The HTTP upgrade response, then (maybe in the same read) the first frames.
      const handshake = (data: Buffer): RawWebSocket | null => {
        response += data.toString('latin1');
        const end = response.indexOf('\r\n\r\n');
        if (end < 0) return null;
        if (!response.startsWith('HTTP/1.1 101')) {
          reject(new Error(`no WebSocket upgrade: ${response.slice(0, response.indexOf('\r\n'))}`));
          socket.destroy();
          return null;
        }
        const upgraded = new RawWebSocket(socket, onMessage, onClose);
        resolve(upgraded);
        const rest = Buffer.from(response.slice(end + 4), 'latin1');
        if (rest.length > 0) upgraded.read(rest);
        return upgraded;
      };
      socket.setNoDelay(true);
      socket.on('connect', () =>
        socket.write(
          `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
            `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`,
        ),
      );
      socket.once('error', reject);
      socket.once('close', () => reject(new Error('the connection closed before the WebSocket upgrade')));
    });
  }

  sendText(text: string): void {
    this.socket.write(maskedFrame(OPCODE.text, Buffer.from(text)));
  }

  terminate(): void {
    this.socket.destroy();
  }

  private read(chunk: Buffer): void {
    const data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    let offset = 0;
    while (offset < data.length) {
      if (this.remaining === 0) {
        const header = parseHeader(data, offset);
        if (!header) {
          this.pending = Buffer.from(data.subarray(offset)); // a header split across reads: a few bytes, copied off the shared buffer
          return;
        }
        offset += header.size;
        // The usual case, a whole data message within this read: handed over as a view, nothing copied.
        if (header.fin && (header.opcode === OPCODE.text || header.opcode === OPCODE.binary) && header.length <= data.length - offset) {
          const body = data.subarray(offset, offset + header.length);
          offset += header.length;
          this.onMessage({ head: body, tail: body, length: body.length, whole: body });
          continue;
        }
        this.remaining = header.length;
        this.frameOpcode = header.opcode;
        this.frameFin = header.fin;
        if (this.remaining === 0) this.frameDone();
        continue;
      }
      const take = Math.min(this.remaining, data.length - offset);
      this.payload(data.subarray(offset, offset + take));
      offset += take;
      this.remaining -= take;
      if (this.remaining === 0) this.frameDone();
    }
  }

  private payload(part: Buffer): void {
    if (this.frameOpcode >= OPCODE.close) {
      this.controlPayload.push(Buffer.from(part));
      return;
    }
    this.length += part.length;
    if (this.headLength < HEAD_BYTES) {
      const kept = Buffer.from(part.subarray(0, HEAD_BYTES - this.headLength));
      this.head.push(kept);
      this.headLength += kept.length;
    }
    this.tail = part.length >= TAIL_BYTES ? Buffer.from(part.subarray(part.length - TAIL_BYTES)) : Buffer.concat([this.tail, part]).subarray(-TAIL_BYTES);
    if (this.whole) {
      if (this.keepWhole || this.length <= SMALL_BYTES) this.whole.push(Buffer.from(part));
      else this.whole = null;
    }
  }

  private frameDone(): void {
    if (this.frameOpcode >= OPCODE.close) {
      const payload = Buffer.concat(this.controlPayload);
      this.controlPayload = [];
      if (this.frameOpcode === OPCODE.ping) this.socket.write(maskedFrame(OPCODE.pong, payload));
      else if (this.frameOpcode === OPCODE.close) {
        this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        this.socket.end();
      }
      return;
    }
    if (!this.frameFin) return; // more fragments of this message follow
    const message: ReceivedMessage = {
      head: Buffer.concat(this.head),
      tail: this.tail,
      length: this.length,
      whole: this.whole ? Buffer.concat(this.whole) : null,
    };
    this.head = [];
    this.headLength = 0;
    this.tail = Buffer.alloc(0);
    this.length = 0;
    this.whole = [];
    this.onMessage(message);
  }
}

function parseHeader(data: Buffer, at: number): { fin: boolean; opcode: number; length: number; size: number } | null {
  if (data.length - at < 2) return null;
  const fin = (data[at] & 0x80) !== 0;
  const opcode = data[at] & 0x0f;
  const masked = (data[at + 1] & 0x80) !== 0;
  let length = data[at + 1] & 0x7f;
  let size = 2;
  if (length === 126) {
    if (data.length - at < 4) return null;
    length = data.readUInt16BE(at + 2);
    size = 4;
  } else if (length === 127) {
    if (data.length - at < 10) return null;
    length = Number(data.readBigUInt64BE(at + 2));
    size = 10;
  }
  if (masked) throw new Error('a server frame must not be masked');
  return { fin, opcode, length, size };
}

/** A client frame: masked, as RFC 6455 requires of clients (the key is zero, so the payload is unchanged). */
function maskedFrame(opcode: number, payload: Buffer): Buffer {
  const lengthBytes = payload.length < 126 ? 0 : payload.length < 65_536 ? 2 : 8;
  const header = Buffer.alloc(2 + lengthBytes + 4);
  header[0] = 0x80 | opcode;
  if (lengthBytes === 0) header[1] = 0x80 | payload.length;
  else if (lengthBytes === 2) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(payload.length, 2);
  } else {
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  return Buffer.concat([header, payload]);
}
