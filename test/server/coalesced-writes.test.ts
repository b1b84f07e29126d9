/**
 * A burst of messages sent the way graphql-ws sends them (each after the previous one's callback)
 * leaves in writes of several messages instead of one write per message, in order; above the queue limit the callbacks wait
 * for the real writes again (back-pressure). Real ws server and client over loopback TCP.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { coalesceWrites } from '../../src/server/coalesced-writes';

const BURST = 50;

let server: Server;
let wsServer: WebSocketServer;

afterEach(async () => {
  wsServer?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function burstOverLoopback(maxQueuedBytes?: number) {
  server = createServer();
  wsServer = new WebSocketServer({ server });
  const serverSide = new Promise<WebSocket>((resolve) =>
    wsServer.on('connection', (socket, request) => {
      coalesceWrites(socket, request.socket, maxQueuedBytes);
      resolve(socket);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  let reads = 0;
  client.on('upgrade', (response) => (response.socket as Socket).on('data', () => (reads += 1)));
  const received: string[] = [];
  const all = new Promise<void>((resolve) =>
    client.on('message', (data) => {
      received.push(data.toString());
      if (received.length === BURST) resolve();
    }),
  );
  const socket = await serverSide;
  await new Promise((resolve) => client.once('open', resolve));
  reads = 0;

  // As graphql-ws does: the next message only once the previous one's callback came.
  for (let i = 0; i < BURST; i += 1) await new Promise<void>((resolve, reject) => socket.send(`{"n":${i}}`, (error) => (error ? reject(error) : resolve())));
  await all;
  client.close();
  return { reads, received };
}

it('sends a burst in a few writes of several messages each, in order', async () => {
  const { reads, received } = await burstOverLoopback();
  expect(received).toEqual(Array.from({ length: BURST }, (_, i) => `{"n":${i}}`));
  expect(reads).toBeLessThanOrEqual(BURST / 4); // eight per write (the kernel may merge or split them further)
});

it('waits for the real writes above the queue limit', async () => {
  // A 1-byte limit: the first message of a turn leaves at once, one more may be queued early, the
  // next waits for the write: three per write at most.
  const { reads, received } = await burstOverLoopback(1);
  expect(received).toHaveLength(BURST);
  expect(reads).toBeGreaterThanOrEqual(Math.floor(BURST / 3));
});
