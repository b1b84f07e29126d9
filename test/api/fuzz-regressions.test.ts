/**
 * Bugs test/api/fuzz-mutations.test.ts found, each pinned by the smallest request that showed it.
 * Every one was an INTERNAL_SERVER_ERROR where the caller deserved an answer it can act on.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/app/actor';
import { GrantPartnerAccessDocument, RequestTermExtensionDocument, RevokePartnerAccessDocument, UpdateCustomerDocument, UpdateCustomerFinancialsDocument } from '../generated/graphql';
import { wsUrlOf } from '../support/alert-subscriber';
import { createCustomer, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('updateCustomer: a null name or language keeps it, as an omitted one does (was a NOT NULL violation)', async () => {
  const customer = await createCustomer(app, { language: 'de' });
  const { updateCustomer } = await app.ok(UpdateCustomerDocument, { input: { id: customer.id, expectedVersion: customer.version, name: null, language: null, industry: 'Retail' } });
  expect(updateCustomer.customer).toMatchObject({ name: customer.name, language: 'de', industry: 'Retail' });
});

it('requestTermExtension: days beyond any calendar is BAD_USER_INPUT (was "Invalid time value")', async () => {
  const customer = await createCustomer(app);
  const { invoice } = await issueInvoice(app, customer.id, '100.00');
  const response = await app.gql(
    RequestTermExtensionDocument,
    { input: { invoiceId: invoice.id, days: 2_147_483_647, reason: 'LIQUIDITY' } },
    { role: Role.RISK_OFFICER },
  );
  expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/days must be at most/) });
});

it('a date in year 0000 is BAD_USER_INPUT (PostgreSQL has no year 0: was a database error)', async () => {
  const customer = await createCustomer(app);
  const financials = { equityRatio: 0.3, registeredCapital: '1000.00', foundedOn: '0000-01-01', openLitigations: 0, outlook: 'STABLE' as const };
  const response = await app.gql(UpdateCustomerFinancialsDocument, { input: { customerId: customer.id, expectedVersion: customer.version, financials } });
  expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/years start at 0001/) });
});

describe('partner access', () => {
  it('grants to an organisation id of the longest allowed length (its decision subject was longer than the column: PostgreSQL refused it)', async () => {
    const customer = await createCustomer(app);
    const organisationId = 'o'.repeat(100);
    await app.ok(GrantPartnerAccessDocument, { input: { customerId: customer.id, organisationId } }, { role: Role.ADMIN });
    const [row] = await app.orm.em.getConnection().execute<Array<{ subject: string }>>(`select subject from decision_record where mutation = 'grantPartnerAccess' and subject like '%${'o'.repeat(50)}%'`);
    expect(row.subject).toHaveLength(100);
    expect(row.subject.endsWith('…')).toBe(true);
  });

  it('a malformed customer id is NOT_FOUND when revoking (was a uuid syntax error on PostgreSQL)', async () => {
    const response = await app.gql(RevokePartnerAccessDocument, { input: { customerId: '42', organisationId: 'bank-2' } }, { role: Role.ADMIN });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('text with a NUL character or an unpaired surrogate (was a database error: SQLite cut the statement, PostgreSQL refuses NUL)', () => {
  const revoke = 'mutation($input: PartnerAccessInput!) { revokePartnerAccess(input: $input) }';

  async function post(query: string, variables?: Record<string, unknown>) {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
  }

  it.each(['abc\u0000def', '\ud800', 'tail \udc00'])('is BAD_USER_INPUT in a variable: %j', async (organisationId) => {
    const { status, body } = await post(revoke, { input: { customerId: '', organisationId } });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: '$input.organisationId', message: expect.stringContaining('NUL') }] } });
  });

  it('is BAD_USER_INPUT in a string literal of the document', async () => {
    const { body } = await post('{ customers(first: 1, filter: { nameContains: "a\\u0000b" }) { totalCount } }');
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/line 1, column \d+ contains a NUL/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is BAD_USER_INPUT on the WebSocket too', async () => {
    const client = createClient({ url: wsUrlOf(app.url), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await app.tokenFor(Role.ADMIN)}` }, retryAttempts: 0 });
    try {
      const result = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: revoke, variables: { input: { customerId: '', organisationId: 'x\u0000' } } }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
      expect(result).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: '$input.organisationId', message: expect.stringContaining('NUL') }] } })]);
    } finally {
      await client.dispose();
    }
  });

  it('keeps ordinary unicode (emoji, CJK, right-to-left marks)', async () => {
    const { body } = await post(revoke, { input: { customerId: '', organisationId: '🏃‍♀️ 株式会社 \u202e' } });
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
