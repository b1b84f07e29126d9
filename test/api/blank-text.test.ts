/**
 * Text made only of spaces is no name, reason, number or organisation: every text input of the schema
 * (found by walking it, so a new one is covered without editing this test) refuses it with
 * BAD_USER_INPUT naming the field, before anything runs.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { Role } from '../../src/app/actor';
import { startTestApp, type TestApp } from '../support/test-app';

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
const BLANKS = ['   ', '\t\n '];

/** A value GraphQL accepts for the type (not necessarily one the API accepts), and the paths of its String leaves. */
function sampleOf(type: GraphQLInputType, path: string, strings: string[]): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType, path, strings);
  if (isListType(type)) return [sampleOf(type.ofType, `${path}[0]`, strings)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sampleOf(field.type, path ? `${path}.${field.name}` : field.name, strings)]));
  }
  const SCALARS: Record<string, unknown> = { ID: '00000000-0000-4000-8000-000000000000', Int: 1, Float: 1, Boolean: true, Decimal: '1.00', LocalDate: '2026-01-01', DateTimeISO: '2026-01-01T00:00:00Z', JSONObject: {} };
  if (isScalarType(type) && type.name === 'String') {
    strings.push(path);
    return 'x';
  }
  return SCALARS[getNamedType(type).name];
}

interface TextInput {
  operation: string;
  /** Where the blank goes: the field path inside the input, or the argument. */
  field: string;
  argument: string;
  document: string;
  variables: Record<string, unknown>;
}

function textInputs(): TextInput[] {
  const found: TextInput[] = [];
  for (const [keyword, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
    for (const operation of Object.values(root.getFields())) {
      const strings: { arg: GraphQLArgument; path: string }[] = [];
      const variables: Record<string, unknown> = {};
      for (const arg of operation.args) {
        const paths: string[] = [];
        variables[arg.name] = sampleOf(arg.type, isInputObjectType(getNamedType(arg.type)) ? '' : arg.name, paths);
        // The page cursor has its own checks (forged-cursors.test.ts).
        strings.push(...paths.filter((path) => path !== 'after').map((path) => ({ arg, path })));
      }
      const declarations = operation.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const call = operation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = isScalarType(getNamedType(operation.type)) ? '' : ' { __typename }';
      const document = `${keyword} Probe${declarations ? `(${declarations})` : ''} { ${operation.name}${call ? `(${call})` : ''}${selection} }`;
      for (const { arg, path } of strings) {
        const withBlank = structuredClone(variables);
        setAt(withBlank, arg.name, path, BLANKS[0]);
        found.push({ operation: `${root.name}.${operation.name}`, field: path.replace(/\[0\]/g, ''), argument: arg.name, document, variables: withBlank });
      }
    }
  }
  return found;
}

function setAt(variables: Record<string, unknown>, argName: string, path: string, value: string): void {
  if (path === argName) {
    variables[argName] = value;
    return;
  }
  const steps = path.replace(/\[0\]/g, '.0').split('.');
  let target = variables[argName] as Record<string, unknown>;
  for (const step of steps.slice(0, -1)) target = target[step] as Record<string, unknown>;
  target[steps.at(-1)!] = value;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const INPUTS = textInputs();

it('finds the text inputs of the schema', () => {
  expect(INPUTS.map((input) => `${input.operation} ${input.field}`)).toEqual(
    expect.arrayContaining(['Mutation.createCustomer name', 'Mutation.writeOffInvoice reason', 'Mutation.grantPartnerAccess organisationId', 'Mutation.issueInvoice number']),
  );
});

it.each(INPUTS.map((input) => [input.operation, input.field, input] as const))('%s refuses a blank %s', async (_operation, field, input) => {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` },
    body: JSON.stringify({ query: input.document, variables: input.variables }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string; fields?: { field: string }[] } }[] };
  // An input object's fields are named inside it (name), an argument object's with the argument (filter.country).
  const names = [field, `${input.argument}.${field}`];
  const named = body.errors?.filter(
    (error) =>
      error.extensions?.code === 'BAD_USER_INPUT' &&
      error.extensions.fields?.some((problem) => names.includes(problem.field)),
  );
  expect(named?.length).toBeGreaterThan(0);
});

it('refuses any whitespace, not only spaces', async () => {
  const input = INPUTS.find((candidate) => candidate.operation === 'Mutation.createCustomer' && candidate.field === 'name')!;
  const variables = structuredClone(input.variables) as { input: Record<string, unknown> };
  variables.input.name = BLANKS[1];
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` },
    body: JSON.stringify({ query: input.document, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { fields?: { field: string; message: string }[] } }[] };
  expect(body.errors?.[0].extensions?.fields).toContainEqual({ field: 'name', message: expect.stringMatching(/name must contain more than spaces/) });
});
