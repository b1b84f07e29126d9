/**
 * A cursor is base64 JSON the client holds, so it can be forged. Every connection of the schema
 * (found by walking it, so a new one is covered without editing this test) answers a forged `after`
 * with BAD_USER_INPUT naming the argument: never an internal error, never SQL in the error log.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { Role } from '../../src/app/actor';
import { createCustomer, issueInvoice } from '../support/scenarios';
import { recordingLogger, startTestApp, type TestApp } from '../support/test-app';

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

/** Every field taking `after`, with a query reaching it from the root through fields that need no argument. */
function connectionQueries(): { field: string; query: string }[] {
  const found: { field: string; query: string }[] = [];
  const seen = new Set<string>();
  const queue: { type: GraphQLObjectType; wrap: (inner: string) => string }[] = [{ type: schema.getQueryType()!, wrap: (inner) => `{ ${inner} }` }];
  while (queue.length > 0) {
    const { type, wrap } = queue.shift()!;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (field.args.some((arg) => arg.name === 'after')) {
        found.push({ field: `${type.name}.${field.name}`, query: `query($after: String) ${wrap(`${field.name}(after: $after) { totalCount }`)}`.replace('{ {', '{') });
      }
      if (!isObjectType(target) || field.args.some((arg) => isNonNullType(arg.type))) continue;
      queue.push({ type: target, wrap: (inner) => wrap(`${field.name} { ${inner} }`) });
    }
  }
  return found;
}

const base64 = (json: string) => Buffer.from(json).toString('base64');
const FORGED = [
  base64('[{"$ne":null}]'),
  base64('[{"$ne":null},{"$ne":null}]'),
  base64('{"sequence":1}'),
  base64('42'),
  base64('"2026-01-01"'),
  base64('null'),
  base64('[]'),
  base64('[null, null]'),
  base64('[[1], [2]]'),
  base64('[1e308, "x"]'),
  base64('[1.5, "00000000-0000-0000-0000-000000000000"]'),
  base64('[99999999999, "00000000-0000-0000-0000-000000000000"]'),
  base64('["not a date", "not an id"]'),
  base64('["2026-13-45", "not an id"]'),
  base64('[123, 456]'),
  base64('["a", "b", "c", "d"]'),
  base64(JSON.stringify(Array.from({ length: 100_000 }, (_, index) => index))),
  '%%% not base64 %%%',
];

let app: TestApp;
let errorLog: string[] = [];

beforeAll(async () => {
  const recording = recordingLogger();
  errorLog = recording.lines;
  app = await startTestApp({ logger: recording.logger });
  // Parents for the nested connections (invoices, grade and limit history, claims of a customer).
  const customer = await createCustomer(app);
  await issueInvoice(app, customer.id, '100.00');
});
afterAll(() => app.close());

const CONNECTIONS = connectionQueries();

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

it('finds every connection of the schema, nested ones included', () => {
  expect(CONNECTIONS.map((connection) => connection.field)).toEqual(
    expect.arrayContaining(['Query.customers', 'Query.invoices', 'Query.riskAlerts', 'Customer.invoices', 'Customer.gradeHistory', 'Exposure.limitHistory']),
  );
});

describe.each(CONNECTIONS)('$field', ({ query }) => {
  it.each(FORGED.map((after) => [after.slice(0, 40), after]))('refuses the forged cursor %s as BAD_USER_INPUT', async (_shown, after) => {
    errorLog.length = 0;
    const body = await post(query, { after });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(new Set(body.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('after'), extensions: { fields: [{ field: 'after' }] } });
    expect(errorLog.join('')).not.toMatch(/select|internal error/i);
  });
});

it('checks each value against its sort column: a day that does not exist, where the list sorts by day', async () => {
  const after = base64('["2026-13-45", "00000000-0000-0000-0000-000000000000"]');
  for (const query of ['query($after: String) { invoices(after: $after) { totalCount } }', 'query($after: String) { customers { edges { node { invoices(after: $after) { totalCount } } } } }']) {
    const body = await post(query, { after });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
  }
});

it('still pages with the cursors it hands out', async () => {
  const first = await post(
    '{ customers(first: 1) { pageInfo { endCursor } edges { node { invoices(first: 1) { pageInfo { endCursor } } gradeHistory(first: 1) { pageInfo { endCursor } } } } } }',
  );
  const customers = first.data!.customers as { pageInfo: { endCursor: string }; edges: { node: { invoices: { pageInfo: { endCursor: string } }; gradeHistory: { pageInfo: { endCursor: string } } } }[] };
  const node = customers.edges[0].node;
  const body = await post(
    'query($c: String, $i: String, $g: String) { next: customers(after: $c) { totalCount edges { cursor } } customers(first: 1) { edges { node { invoices(after: $i) { totalCount edges { cursor } } gradeHistory(after: $g) { totalCount edges { cursor } } } } } }',
    { c: customers.pageInfo.endCursor, i: node.invoices.pageInfo.endCursor, g: node.gradeHistory.pageInfo.endCursor },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data).toEqual({
    next: { totalCount: 1, edges: [] },
    customers: { edges: [{ node: { invoices: { totalCount: 1, edges: [] }, gradeHistory: { totalCount: 1, edges: [] } } }] },
  });
});
