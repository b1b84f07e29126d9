/**
 * One log line per request, at info, that a person can follow: the request id (the caller's
 * x-request-id, else a new one, echoed in the response), who asked, which operation, how long it
 * took, and how it ended — for answered requests and for those refused before GraphQL runs.
 */
import { print } from 'graphql';
import { Role } from '../../src/app/actor';
import { CustomersDocument } from '../generated/graphql';
import { recordingLogger, startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let lines: string[] = [];
beforeAll(async () => {
  const recording = recordingLogger('info');
  lines = recording.lines;
  app = await startTestApp({ logger: recording.logger });
});
afterAll(() => app.close());

interface RequestLine {
  msg: string;
  requestId: string;
  actor: string | null;
  role: string | null;
  operation: string | null;
  durationMs: number;
  status: number;
  outcome: string;
}

const requestLines = (): RequestLine[] =>
  lines.map((line) => JSON.parse(line) as RequestLine).filter((line) => line.msg === 'request');
const lineOf = (requestId: string) => requestLines().filter((line) => line.requestId === requestId);

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

it("logs an answered query with the caller's request id, actor, operation, duration and outcome", async () => {
  const token = await app.tokenFor(Role.OPERATOR);
  const response = await post({ query: print(CustomersDocument), variables: { first: 1 } }, { authorization: `Bearer ${token}`, 'x-request-id': 'trace-42' });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-request-id')).toBe('trace-42');
  await response.text();
  const [line] = lineOf('trace-42');
  expect(line).toMatchObject({ role: 'OPERATOR', operation: 'Customers', status: 200, outcome: 'OK' });
  expect(line.actor).toEqual(expect.any(String));
  expect(line.durationMs).toBeGreaterThan(0);
  expect(lineOf('trace-42')).toHaveLength(1);
});

it('gives a request without a usable id a new one and logs the error code the client got', async () => {
  const response = await post({ query: '{ customer(id: "00000000-0000-4000-8000-000000000000") { id } }' }, { 'x-request-id': 'bad id with spaces' });
  const requestId = response.headers.get('x-request-id')!;
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
  expect(lineOf(requestId)).toEqual([expect.objectContaining({ operation: 'anonymous query', outcome: body.errors[0].extensions.code })]);
});

it('logs requests refused before GraphQL runs', async () => {
  const response = await post({ query: '{ __typename }' }, { authorization: 'Bearer not-a-token', 'x-request-id': 'refused-1' });
  expect(response.status).toBe(401);
  await response.text();
  expect(lineOf('refused-1')).toEqual([expect.objectContaining({ actor: null, operation: null, status: 401, outcome: 'UNAUTHENTICATED' })]);
});
