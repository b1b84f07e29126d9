/**
 * Input nested thousands of levels deep (in a variable, an input object, a JSON scalar such as the
 * facts of evaluatePolicy, or the document's literals) is refused with a reason: 400 on HTTP, an
 * error for that subscribe on the WebSocket. Never a stack overflow, never an internal error.
 */
import WebSocket from 'ws';
import { Role } from '../../src/app/actor';
import { MAX_INPUT_DEPTH } from '../../src/server/request-input';
import { wsUrlOf } from '../support/alert-subscriber';
import { recordingLogger, startTestApp, type TestApp } from '../support/test-app';

interface GraphQLBody {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** JSON text of `levels` nested lists or objects around 1 (written as text: JSON.stringify itself would overflow on the deepest). */
const nestedArrays = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const EVALUATE = 'query($f: JSONObject!) { evaluatePolicy(mutation: "issueInvoice", facts: $f) { outcome } }';
/** variables: the JSON text of the variables object. */
const CASES: { name: string; query: string; variables: string; field: string }[] = [
  { name: 'facts of evaluatePolicy (a JSON scalar), 5,000 nested arrays', query: EVALUATE, variables: `{"f":{"amountMinor":${nestedArrays(5_000)}}}`, field: '$f' },
  { name: 'facts of evaluatePolicy, 5,000 nested objects', query: EVALUATE, variables: `{"f":${nestedObjects(5_000)}}`, field: '$f' },
  {
    name: 'drafts of backtestPolicy, 20,000 nested arrays',
    query: 'query($d: [JSONObject!]!) { backtestPolicy(drafts: $d, from: "2026-01-01", to: "2026-02-01") { decisions } }',
    variables: `{"d":[{"rules":${nestedArrays(20_000)}}]}`,
    field: '$d',
  },
  {
    name: 'a field of an input object (createCustomer), 5,000 nested arrays',
    query: 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } } }',
    variables: `{"i":{"name":${nestedArrays(5_000)}}}`,
    field: '$i',
  },
  { name: 'a variable the operation does not declare, 200,000 nested arrays', query: '{ customers { totalCount } }', variables: `{"junk":${nestedArrays(200_000)}}`, field: '$junk' },
];

let app: TestApp;
let log: string[] = [];
beforeAll(async () => {
  const recording = recordingLogger();
  log = recording.lines;
  app = await startTestApp({ logger: recording.logger });
});
afterAll(() => app.close());
beforeEach(() => {
  log.length = 0;
});
afterEach(() => {
  expect(log.join('')).not.toMatch(/RangeError|call stack|internal error/i);
});

async function post(query: string, variables = '{}') {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` },
    body: `{"query":${JSON.stringify(query)},"variables":${variables}}`,
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

/**
 * One subscribe on a plain socket, speaking graphql-ws's messages as text: the official client would
 * have to JSON.stringify these variables, which overflows the test's own stack. Answers the first
 * message about the subscription (next or error), or the close code if the socket is closed instead.
 */
async function overWebSocket(query: string, variables: string): Promise<GraphQLBody | { closed: number }> {
  const socket = new WebSocket(wsUrlOf(app.url), 'graphql-transport-ws');
  const token = await app.tokenFor(Role.ADMIN);
  try {
    return await new Promise((resolve, reject) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
        if (message.type === 'connection_ack') socket.send(`{"type":"subscribe","id":"1","payload":{"query":${JSON.stringify(query)},"variables":${variables}}}`);
        if (message.type === 'error') resolve({ errors: message.payload as GraphQLBody['errors'] });
        if (message.type === 'next') resolve(message.payload as GraphQLBody);
      });
      socket.on('close', (code) => resolve({ closed: code }));
      socket.on('error', reject);
    });
  } finally {
    socket.close();
  }
}

describe('on HTTP: 400 naming the variable', () => {
  it.each(CASES)('$name', async ({ query, variables, field }) => {
    const { status, body } = await post(query, variables);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining(`nested deeper than ${MAX_INPUT_DEPTH} levels`), extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message: expect.stringContaining('nested deeper') }] } }),
    ]);
  });

  it('in the literals of the document', async () => {
    const levels = 1_000;
    const { status, body } = await post(`{ evaluatePolicy(mutation: "issueInvoice", facts: { a: ${'['.repeat(levels)}1${']'.repeat(levels)} }) { outcome } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^The value at line 1, column \d+ is nested deeper/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it(`takes ${MAX_INPUT_DEPTH} levels: the limit refuses only what is deeper`, async () => {
    const { body } = await post(EVALUATE, `{"f":${nestedObjects(MAX_INPUT_DEPTH)}}`);
    expect(body.errors?.map((error) => error.message).join()).not.toMatch(/nested deeper/);
    const { status } = await post(EVALUATE, `{"f":${nestedObjects(MAX_INPUT_DEPTH + 1)}}`);
    expect(status).toBe(400);
  });
});

describe('on the WebSocket: an error for that subscribe', () => {
  // A graphql-ws message is at most 64 KB: 5,000 levels fit.
  it.each(CASES.filter((c) => c.variables.length < 60_000))('$name', async ({ query, variables, field }) => {
    const result = await overWebSocket(query, variables);
    expect(result).toEqual({ errors: [
      expect.objectContaining({ message: expect.stringContaining(`nested deeper than ${MAX_INPUT_DEPTH} levels`), extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message: expect.stringContaining('nested deeper') }] } }),
    ] });
  });
});
