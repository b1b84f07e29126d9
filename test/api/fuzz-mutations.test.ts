/**
 * Property-based fuzzing of every mutation of the built schema (a new mutation is fuzzed without
 * touching this file): random and hostile arguments (test/support/graphql-arbitraries.ts), sent as
 * ADMIN over HTTP to the real server on a seeded database. After every call:
 *  - no INTERNAL_SERVER_ERROR, no 5xx: every error carries a code a client can act on;
 *  - a refused call wrote nothing, except a POLICY_REJECTED one: its decision record (and what the
 *    policy's refusal itself writes: an alert, a re-grade; with an idempotency key, the key and its outcome);
 *  - a call that succeeded wrote a decision record (the batch runs: whenever they changed anything);
 *  - the ledger adds up (test/support/database-invariants.ts);
 * and after every sequence, each customer's exposure as the API shows it is its open invoices' outstanding.
 *
 * A fixed seed by default, so CI is reproducible; FUZZ_SEED and FUZZ_RUNS explore further:
 *   FUZZ_SEED=123 FUZZ_RUNS=200 npx jest test/api/fuzz-mutations.test.ts
 */
import fc from 'fast-check';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { Customer } from '../../src/modules/customer/customer.entity';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { Invoice, OPEN_INVOICE_STATUSES } from '../../src/modules/invoice/invoice.entity';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { Role } from '../../src/app/actor';
import { LIMITED_PARSE_OPTIONS, queryLimitRules } from '../../src/server/query-limits';
import { buildAppSchema } from '../../src/server/schema';
import { isUuid } from '../../src/shared/ids';
import { fromMinorUnits } from '../../src/shared/money';
import { changedTables, ledgerViolations, snapshotTables } from '../support/database-invariants';
import { argumentsFor, resolveRefs, type Ref } from '../support/graphql-arbitraries';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';
import { GrantPartnerAccessDocument, RecordPaymentDocument, RunCollectionCycleDocument, SetFxRateDocument } from '../generated/graphql';

const SEED = Number(process.env.FUZZ_SEED ?? 20260302);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

/** Codes a client can act on; anything else (INTERNAL_SERVER_ERROR above all) is a bug. */
const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'POLICY_REJECTED']);
/** Runs over the whole book: they record a decision per thing they change, so a run that changes nothing records none. */
const BATCH_RUNS = new Set(['runCollectionCycle', 'reviewCreditLimits']);

jest.setTimeout(240_000);

let app: TestApp;
let schema: GraphQLSchema;
let token: string;
let tableOf: (entity: { name: string }) => string;

beforeAll(async () => {
  app = await startTestApp({ nodeEnv: 'development' });
  schema = await buildAppSchema();
  token = await app.tokenFor(Role.ADMIN);
  const em = app.orm.em.fork();
  tableOf = (entity) => em.getPlatform().quoteIdentifier(em.getMetadata().get(entity.name).tableName);
  await seed(app);
});
afterAll(() => app?.close());

/** A small book: customers in every tier and three currencies, invoices overdue and current, a payment, alerts, partner access, an FX rate. */
async function seed(app: TestApp) {
  const customers = [];
  for (const grade of Object.values(GRADE_OF_TIER)) customers.push(await createCustomer(app, { grade }));
  customers.push(await createCustomer(app, { currency: 'GBP', country: 'GB' }), await createCustomer(app, { currency: 'JPY', country: 'JP', monthlySales: '20000000' }));
  const [a, b, c] = customers;
  const overdue = await issueInvoice(app, a.id, '4000.00', { issueDate: '2025-11-20' });
  await issueInvoice(app, b.id, '2500.50', { issueDate: '2026-01-05' });
  await issueInvoice(app, c.id, '1200.00', { issueDate: '2026-02-25' });
  await issueInvoice(app, customers[4].id, '900.00', { currency: 'GBP' });
  await issueInvoice(app, customers[5].id, '150000', { currency: 'JPY' });
  await app.ok(RecordPaymentDocument, { input: { invoiceId: overdue.invoice.id, amount: '500.00', currency: 'EUR', receivedOn: '2026-01-10' } });
  await app.ok(RunCollectionCycleDocument, { asOf: '2026-03-02' });
  await app.ok(GrantPartnerAccessDocument, { input: { customerId: a.id, organisationId: 'insurer-1' } }, { role: Role.ADMIN });
  await app.ok(SetFxRateDocument, { input: { from: 'EUR', to: 'USD', rate: '1.0850', effectiveDate: '2026-01-01' } }, { role: Role.ADMIN });
  expect(await ledgerViolations(app.orm.em.fork())).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Documents: one per mutation, its arguments as variables, every leaf of the payload selected.

interface Call {
  mutation: string;
  variables: Record<string, unknown>;
}

const documents = new Map<string, string>();

function documentOf(field: GraphQLField<unknown, unknown>): string {
  let document = documents.get(field.name);
  if (document) return document;
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  // The deepest selection the query limits accept: the payload, its objects, their objects' leaves.
  for (const depth of [3, 2, 1]) {
    document = `mutation Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type, depth)} }`;
    if (validate(schema, parse(document, LIMITED_PARSE_OPTIONS), queryLimitRules()).length === 0) break;
  }
  expect(validate(schema, parse(document!, LIMITED_PARSE_OPTIONS))).toEqual([]);
  documents.set(field.name, document!);
  return document!;
}

function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionOf(field.type, depth - 1)}`);
  }
  return `{ __typename ${parts.join(' ')} }`;
}

function mutations(): Array<GraphQLField<unknown, unknown>> {
  return Object.values(schema.getMutationType()!.getFields());
}

function callOf(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Call> {
  return argumentsFor(field.name, field.args).map((variables) => ({ mutation: field.name, variables }));
}

// ---------------------------------------------------------------------------------------------
// Refs: ids that exist now (by a stable order, so a seed replays the same calls).

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

async function lookup(ref: Ref, siblings: Record<string, unknown>): Promise<unknown> {
  const connection = app.orm.em.getConnection();
  if (ref.$ref === 'versionOfSiblingCustomer') {
    const id = String(siblings.id ?? siblings.customerId);
    const [row] = isUuid(id) ? await connection.execute<Array<{ version: number }>>(`select version from ${tableOf(Customer)} where id = ?`, [id]) : [];
    return row ? Number(row.version) : 1;
  }
  if (ref.$ref === 'currencyOfSibling') {
    const [customerId, invoiceId] = [String(siblings.customerId ?? siblings.id), String(siblings.invoiceId)];
    const [row] = isUuid(customerId) || isUuid(invoiceId)
      ? await connection.execute<Array<{ currency: string }>>(
          `select currency from ${tableOf(Customer)} where id = ? union all select currency from ${tableOf(Invoice)} where id = ?`,
          [isUuid(customerId) ? customerId : NO_SUCH_ID, isUuid(invoiceId) ? invoiceId : NO_SUCH_ID],
        )
      : [];
    return row?.currency ?? 'EUR';
  }
  const pools: Record<string, string> = {
    customer: `select id from ${tableOf(Customer)} order by registration_number`,
    invoice: `select id from ${tableOf(Invoice)} order by number`,
    alert: `select id from ${tableOf(RiskAlert)} order by sequence`,
  };
  const sql =
    pools[ref.$ref] ?? `select id from (select id, registration_number as k from ${tableOf(Customer)} union all select id, number as k from ${tableOf(Invoice)}) x order by k`;
  const rows = await connection.execute<Array<{ id: string }>>(sql);
  return rows.length === 0 ? NO_SUCH_ID : String(rows[ref.index % rows.length].id);
}

// ---------------------------------------------------------------------------------------------
// One call, and everything that must hold after it.

interface Body {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

const outcomes = new Map<string, Map<string, number>>();

async function callAndCheck(call: Call): Promise<void> {
  const field = schema.getMutationType()!.getFields()[call.mutation];
  const query = documentOf(field);
  const variables = (await resolveRefs(call.variables, lookup)) as Record<string, unknown>;
  const em = app.orm.em.fork();
  const before = await snapshotTables(em);
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Body;
  const changed = changedTables(before, await snapshotTables(em));
  // Errors of the mutation itself (no path: the variables; the mutation's own path), not of reading its payload.
  const errors = (body.errors ?? []).filter((error) => (error.path?.length ?? 0) <= 1);
  const code = errors.length === 0 ? 'OK' : String(errors[0].extensions?.code);
  tally(call.mutation, code);
  if (process.env.FUZZ_VERBOSE) console.info(call.mutation, code, (body.errors ?? []).map((error) => `${error.path?.join('.')}: ${error.message.slice(0, 200)}`).join(' | '));

  const problems: string[] = [];
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  for (const error of body.errors ?? []) {
    if (!KNOWN_CODES.has(String(error.extensions?.code))) problems.push(`error without a known code: ${String(error.extensions?.code)}: ${error.message}`);
  }
  const decisions = em.getMetadata().get(DecisionRecord.name).tableName;
  const decisionsWritten = changed[decisions] ?? 0;
  if (errors.length === 0) {
    const changedAnything = Object.keys(changed).length > 0;
    if (decisionsWritten <= 0 && (!BATCH_RUNS.has(call.mutation) || changedAnything)) problems.push(`succeeded without a decision record (changed: ${JSON.stringify(changed)})`);
    for (const id of decisionIdsIn(body.data)) {
      if (!(await em.findOne(DecisionRecord, { id }))) problems.push(`payload names decision ${id}, which is not stored`);
    }
  } else if (code === 'POLICY_REJECTED') {
    const decisionId = String(errors[0].extensions?.decisionId);
    if (!(await em.findOne(DecisionRecord, { id: decisionId }))) problems.push(`refusal names decision ${decisionId}, which is not stored`);
    const allowed = new Set([decisions, ...['RiskAlert', 'Customer', 'GradeChange', 'IdempotencyKey'].map((name) => em.getMetadata().get(name).tableName)]);
    const unexpected = Object.keys(changed).filter((table) => !allowed.has(table));
    if (unexpected.length > 0) problems.push(`a refusal wrote to ${unexpected.join(', ')}`);
  } else if (Object.keys(changed).length > 0) {
    problems.push(`a failed call (${code}) wrote to ${JSON.stringify(changed)}`);
  }
  problems.push(...(await ledgerViolations(em)));

  if (problems.length > 0) {
    throw new Error(
      `${call.mutation} broke the rules:\n  - ${problems.join('\n  - ')}\n` +
        `variables: ${truncate(JSON.stringify(variables))}\nresponse: ${truncate(JSON.stringify(body))}`,
    );
  }
}

function decisionIdsIn(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => decisionIdsIn(item));
  if (typeof value !== 'object' || value === null) return [];
  const own = key === 'decision' && typeof (value as { id?: unknown }).id === 'string' ? [(value as { id: string }).id] : [];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => decisionIdsIn(v, k))];
}

function tally(mutation: string, code: string) {
  const counts = outcomes.get(mutation) ?? new Map<string, number>();
  counts.set(code, (counts.get(code) ?? 0) + 1);
  outcomes.set(mutation, counts);
}

function truncate(text: string): string {
  return text.length > 2_000 ? `${text.slice(0, 2_000)}… (${text.length} characters)` : text;
}

/** Each customer's exposure, as the API shows it, against its open invoices in the database. */
async function checkExposures(): Promise<void> {
  const em = app.orm.em.fork();
  const rows = await em.getConnection().execute<Array<{ id: string; currency: string; outstanding: number | string | null }>>(
    `select c.id, c.currency, (select sum(i.outstanding_minor) from ${tableOf(Invoice)} i where i.customer_id = c.id and i.status in (${OPEN_INVOICE_STATUSES.map((s) => `'${s}'`).join(', ')})) as outstanding
       from ${tableOf(Customer)} c`,
  );
  const expected = new Map(rows.map((row) => [String(row.id), fromMinorUnits(Number(row.outstanding ?? 0), row.currency)]));
  const shown = new Map<string, string>();
  let after: string | null = null;
  do {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id exposure { outstanding } } } } }',
        variables: { after },
      }),
    });
    const body = (await response.json()) as { data: { customers: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; exposure: { outstanding: string } } }> } } };
    for (const edge of body.data.customers.edges) shown.set(edge.node.id, edge.node.exposure.outstanding);
    after = body.data.customers.pageInfo.hasNextPage ? body.data.customers.pageInfo.endCursor : null;
  } while (after);
  expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(expected));
}

// ---------------------------------------------------------------------------------------------

describe(`fuzzing every mutation (seed ${SEED}, ${RUNS} runs; FUZZ_SEED / FUZZ_RUNS to change)`, () => {
  it('fuzzes the mutations the schema has (a new one is picked up here)', () => {
    expect(mutations().length).toBeGreaterThan(10);
  });

  it('each mutation alone: known error codes, no partial write, a consistent ledger', async () => {
    for (const [index, field] of mutations().entries()) {
      await fc.assert(fc.asyncProperty(callOf(field), callAndCheck), { seed: SEED + index, numRuns: RUNS, endOnFailure: true });
    }
  });

  it('sequences of mutations: the same after every call, and exposures match the ledger after each sequence', async () => {
    const anyCall = fc.oneof(...mutations().map(callOf));
    await fc.assert(
      fc.asyncProperty(fc.array(anyCall, { minLength: 1, maxLength: 6 }), async (calls) => {
        for (const call of calls) await callAndCheck(call);
        await checkExposures();
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  afterAll(() => {
    const lines = [...outcomes].map(([mutation, counts]) => `${mutation.padEnd(26)} ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ')}`);
    console.info(`fuzzed calls by outcome:\n${lines.join('\n')}`);
  });
});
