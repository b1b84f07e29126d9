/**
 * Our graphql-ws adapter over `ws` (src/server/ws-adapter.ts), on a real WebSocket server with a
 * small schema of its own: keep-alive terminates a peer that stops answering pings, and a peer that
 * stops reading holds its subscription back instead of the server buffering without bound.
 * The alert subscriptions through the whole app are tested in test/api/alert-subscriptions.test.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import type { Disposable } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { serveGraphqlWs, SEND_BUFFER_HIGH_WATER_BYTES } from '../../src/server/ws-adapter';
import { openRawConnection, until } from '../support/alert-subscriber';

const schema = buildSchema('type Query { ready: Boolean } type Subscription { flood: String }');
/** Each flood message carries this many characters: a few of them exceed the high-water mark. */
const FLOOD_MESSAGE_CHARS = 16 * 1024;
/** Far more than any socket's kernel buffers hold: a server without back-pressure would queue them all. */
const FLOOD_MESSAGES = 4_000;
const KEEP_ALIVE_MS = 500;

let httpServer: Server;
let wsServer: WebSocketServer;
let adapter: Disposable;
let url: string;
let floodPulls = 0;
const closes: number[] = [];

async function serve(keepAliveMs: number): Promise<void> {
  httpServer = createServer();
  wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', perMessageDeflate: false });
  adapter = serveGraphqlWs(
    {
      schema,
      roots: {
        subscription: {
          flood: async function* () {
            for (floodPulls = 0; floodPulls < FLOOD_MESSAGES; floodPulls += 1) yield { flood: String(floodPulls).padEnd(FLOOD_MESSAGE_CHARS, '.') };
          },
        },
      },
      onClose: (_ctx, code) => void closes.push(code ?? 0),
    },
    wsServer,
    { keepAliveMs, isProd: false },
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
}

afterEach(async () => {
  await adapter.dispose();
  await new Promise((resolve) => httpServer.close(resolve));
  closes.length = 0;
});

it('terminates a peer that stops answering pings, and keeps one that answers', async () => {
  // Short enough for a test, long enough that a loaded machine answers a ping in time.
  await serve(KEEP_ALIVE_MS);
  const answering = await openRawConnection(url, {});
  let pings = 0;
  answering.socket.on('ping', () => (pings += 1));
  const silent = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { autoPong: false });
  let silentPings = 0;
  silent.on('ping', () => (silentPings += 1));
  const silentClosed = new Promise<number>((resolve) => silent.once('close', resolve));

  expect(await silentClosed).toBe(1006); // terminated: no close frame
  expect(silentPings).toBeGreaterThanOrEqual(1);
  await until(() => closes.length > 0);
  expect(closes).toEqual([1006]); // graphql-ws heard of it (onClose)
  await until(() => pings >= 3, 10 * KEEP_ALIVE_MS); // the answering peer lives through pings after the silent one was cut off
  expect(answering.closed).toBeNull();
  answering.socket.close(1000);
  await until(() => closes.length === 2);
  expect(closes).toEqual([1006, 1000]);
});

it('stops pulling from a subscription while its peer does not read, and resumes when it reads again', async () => {
  await serve(0);
  const reader = await openRawConnection(url, {});
  reader.socket.send(JSON.stringify({ id: 'f', type: 'subscribe', payload: { query: 'subscription { flood }' } }));
  await until(() => reader.frames.length > 0);
  reader.socket.pause(); // reads nothing more: the kernel's buffers fill, then ws's queue on the server
  const [serverSocket] = wsServer.clients;
  // Once the kernel's buffers are full, the subscription is no longer pulled (checked over 20 polls).
  let lastPulls = -1;
  let steadyPolls = 0;
  await until(() => {
    steadyPolls = floodPulls === lastPulls ? steadyPolls + 1 : 0;
    lastPulls = floodPulls;
    return steadyPolls >= 20;
  });
  // Bounded: what the kernel holds plus at most the high-water mark and one message, not the whole flood in memory.
  expect(floodPulls).toBeLessThan(FLOOD_MESSAGES / 2);
  expect(serverSocket.bufferedAmount).toBeGreaterThanOrEqual(SEND_BUFFER_HIGH_WATER_BYTES);
  expect(serverSocket.bufferedAmount).toBeLessThan(SEND_BUFFER_HIGH_WATER_BYTES + 2 * FLOOD_MESSAGE_CHARS);

  reader.socket.resume();
  await until(() => reader.frames.length >= FLOOD_MESSAGES + 1, 30_000, () => `${FLOOD_MESSAGES} messages (got ${reader.frames.length})`);
  const floods = reader.frames.slice(0, FLOOD_MESSAGES).map((frame) => Number.parseInt(JSON.parse(frame).payload.data.flood, 10));
  expect(floods).toEqual([...Array(FLOOD_MESSAGES).keys()]); // every message, once, in order
  expect(reader.frames.at(-1)).toBe('{"id":"f","type":"complete"}');
  reader.socket.close(1000);
});
