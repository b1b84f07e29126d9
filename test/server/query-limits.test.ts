/**
 * One document must not take the server down: depth, cost, aliases, directives and tokens are limited,
 * the same on HTTP and on the WebSocket. Every operation our clients use (test/operations/) fits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, validate } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { LIMITED_PARSE_OPTIONS, QUERY_LIMITS, queryLimitRules } from '../../src/server/query-limits';
import { buildAppSchema } from '../../src/server/schema';
import { Role } from '../../src/app/actor';
import { wsUrlOf } from '../support/alert-subscriber';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const tooDeep = `{ customers(first: 1) { edges { node { invoices(first: 1) { edges { node { customer { invoices(first: 1) { edges { node { customer { invoices(first: 1) { edges { node { id } } } } } } } } } } } } } } }`;
const tooManyAliases = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: policies { name }`).join(' ')} }`;
const tooManyTokens = `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`;

async function post(query: string) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.OPERATOR)}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function overWebSocket(query: string): Promise<string> {
  const client = createClient({ url: wsUrlOf(app.url), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await app.tokenFor(Role.OPERATOR)}` }, retryAttempts: 0 });
  try {
    return await new Promise<string>((resolve) => {
      client.subscribe({ query }, { next: () => resolve('answered'), error: (error) => resolve(JSON.stringify(error)), complete: () => resolve('completed') });
    });
  } finally {
    await client.dispose();
  }
}

it('lets every operation of test/operations through', async () => {
  // One document per operation, with the shared fragments, as a frontend sends them: the token
  // limit is per document, not per folder of operations.
  const dir = 'test/operations';
  const files = readdirSync(dir).filter((file) => file.endsWith('.graphql'));
  const fragments = readFileSync(join(dir, 'fragments.graphql'), 'utf8');
  const schema = await buildAppSchema();
  const problems: string[] = [];
  for (const file of files.filter((name) => name !== 'fragments.graphql')) {
    const { definitions } = parse(readFileSync(join(dir, file), 'utf8'));
    const ownFragments = definitions.filter((definition) => definition.kind === 'FragmentDefinition').map((definition) => print(definition));
    for (const operation of definitions.filter((definition) => definition.kind === 'OperationDefinition')) {
      const document = parse([print(operation), ...ownFragments, fragments].join('\n'), LIMITED_PARSE_OPTIONS);
      const errors = validate(schema, document, queryLimitRules());
      problems.push(...errors.map((error) => `${file} ${operation.name?.value}: ${error.message}`));
    }
  }
  expect(problems).toEqual([]);
});

it('refuses a document too deep, with too many aliases or too many tokens, on HTTP', async () => {
  expect((await post(tooDeep)).errors?.[0].message).toMatch(/depth limit of 12/i);
  expect((await post(tooManyAliases)).errors?.[0].message).toMatch(/aliases limit of 15/i);
  expect((await post(tooManyTokens)).errors?.[0].message).toMatch(/contains more that 3000 tokens/i);
});

it('refuses the same documents on the WebSocket', async () => {
  expect(await overWebSocket(tooDeep)).toMatch(/depth limit of 12/i);
  expect(await overWebSocket(tooManyAliases)).toMatch(/aliases limit of 15/i);
  expect(await overWebSocket(tooManyTokens)).toMatch(/contains more that 3000 tokens/i);
  expect(await overWebSocket('{ __typename }')).toBe('answered');
});
