/**
 * schema/schema.graphql is the contract frontend teams code against: the code-first schema must
 * print exactly to it, and the typed documents generated from it must be current.
 * After an intended change: `npm run schema:emit && npm run codegen`, and review the diff.
 */
import { readFileSync } from 'node:fs';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from '../../src/server/schema';

it('emits exactly the checked-in schema/schema.graphql', async () => {
  const emitted = printAppSchema(await buildAppSchema());
  expect(emitted).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
});

it('has generated typed documents (test/generated) that match schema and operations', async () => {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
  const outputs = await generate({ ...config, cwd: process.cwd(), silent: true }, false);
  const [output] = outputs as Array<{ filename: string; content: string }>;
  expect(output.filename).toMatch(/test\/generated\/graphql\.ts$/);
  expect(output.content).toBe(readFileSync('test/generated/graphql.ts', 'utf8'));
});
