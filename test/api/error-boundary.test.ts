/**
 * Errors at one boundary (src/server/format-error.ts): every per-field detail reads
 * `extensions.fields: [{ field, message }]`, from class-validator and from services alike, on HTTP
 * and on the WebSocket; an input with several bad fields is refused once, naming each of them; no
 * stack trace leaves the server outside development; and the mapping decides every error code.
 */
import { Role } from '../../src/app/actor';
import { clientErrorOf, toGraphQLError } from '../../src/server/format-error';
import { ERROR_CODES, RateLimitedError, ReplayedError, UnauthenticatedError } from '../../src/shared/errors';
import { CreateCustomerDocument, CreateInsurancePolicyDocument, CustomersDocument, IssueInvoiceDocument, RecordPaymentDocument, RiskAlertBatchStreamDocument } from '../generated/graphql';
import { subscribeAlerts, until } from '../support/alert-subscriber';
import { createCustomer, customerInput, issueInvoice } from '../support/scenarios';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app';

const RISK_OFFICER = { role: Role.RISK_OFFICER };
const POLICY_INPUT = { insurer: 'Atradius (test)', number: 'CI-BOUNDARY-1', country: 'DE', periodStart: '2026-01-01', periodEnd: '2026-12-31', coveredRisks: ['INSOLVENCY' as never] };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** The one error of a response, which must carry no stack trace. */
function onlyError(response: GraphQLResponse<unknown>) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions).not.toHaveProperty('stacktrace');
  return error;
}

const fieldsOf = (error: { extensions?: Record<string, unknown> }) => (error.extensions?.fields as { field: string }[]).map((problem) => problem.field).sort();

describe('an input with several bad fields', () => {
  it('is refused once, naming every field (class-validator rules of the input, the cross-field one among them)', async () => {
    const response = await app.gql(
      CreateInsurancePolicyDocument,
      { input: { ...POLICY_INPUT, insurer: '   ', country: 'Germany', periodStart: '2026-06-01', periodEnd: '2026-01-31', maxCreditTermDays: -5, premiumRatePercent: 0.12345 } },
      RISK_OFFICER,
    );
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(['country', 'insurer', 'maxCreditTermDays', 'periodEnd', 'premiumRatePercent']);
    expect(error.extensions?.fields).toContainEqual({ field: 'periodEnd', message: 'periodEnd 2026-01-31 lies before periodStart 2026-06-01' });
    expect(error.extensions?.fields).toContainEqual({ field: 'maxCreditTermDays', message: 'maxCreditTermDays must be a whole number of days from 0 to 1095 (got -5)' });
    expect(error.message).toMatch(/^Invalid input: .*country must be an ISO 3166-1 alpha-2 code such as DE \(got "Germany"\)/);
    expect(error.extensions).not.toHaveProperty('validationErrors');
  });

  it('is refused once when only the service checks fail, naming every field (nested ones by their path)', async () => {
    const input = customerInput({ monthlySales: '-5.00', relationshipStart: '2027-01-01' });
    input.financials = { ...input.financials, registeredCapital: '10.001' };
    const error = onlyError(await app.gql(CreateCustomerDocument, { input }));
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'monthlySales', message: 'monthlySales must not be negative' },
        { field: 'relationshipStart', message: 'relationshipStart 2027-01-01 is in the future (today is 2026-03-02)' },
        { field: 'financials.registeredCapital', message: 'financials.registeredCapital "10.001" has more decimals than EUR allows (2)' },
      ],
    });
    expect(error.message).toBe(
      'Invalid input: monthlySales must not be negative; relationshipStart 2027-01-01 is in the future (today is 2026-03-02); financials.registeredCapital "10.001" has more decimals than EUR allows (2)',
    );
  });

  it('is refused once when it does not fit what the database holds (a payment in another currency, before the invoice)', async () => {
    const customer = await createCustomer(app);
    const { invoice } = await issueInvoice(app, customer.id, '100.00');
    const error = onlyError(await app.gql(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '50.00', currency: 'USD', receivedOn: '2026-01-05' } }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(['currency', 'receivedOn']);
  });
});

describe('an error about one field', () => {
  it('names it in fields too, its message unchanged', async () => {
    const error = onlyError(await app.gql(CustomersDocument, { first: 500 }));
    expect(error).toMatchObject({
      message: 'first must be between 1 and 100 (got 500)',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'first must be between 1 and 100 (got 500)' }] },
    });
    expect(error.extensions).not.toHaveProperty('field');
  });

  it('keeps the other details beside fields (a CONFLICT naming the number already used)', async () => {
    const customer = await createCustomer(app);
    const input = { customerId: customer.id, number: 'INV-BOUNDARY-1', amount: '10.00', currency: 'EUR' };
    await app.ok(IssueInvoiceDocument, { input });
    const error = onlyError(await app.gql(IssueInvoiceDocument, { input }));
    expect(error.extensions).toEqual({
      code: 'CONFLICT',
      fields: [{ field: 'number', message: 'Invoice number INV-BOUNDARY-1 is already used' }],
      existingNumber: 'INV-BOUNDARY-1',
    });
  });
});

describe('on the WebSocket', () => {
  it('refuses a subscription with several bad arguments once, in the same shape', async () => {
    const subscription = subscribeAlerts(app.url, await app.tokenFor(Role.OPERATOR), { afterSequence: -1, maxBatchSize: 0 }, RiskAlertBatchStreamDocument);
    try {
      await until(() => subscription.errors.length > 0);
      expect(subscription.errors).toEqual([
        expect.objectContaining({
          message: 'Invalid input: afterSequence must be a whole number >= 0 (got -1); maxBatchSize must be a whole number from 1 to 500 (got 0)',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'afterSequence', message: 'afterSequence must be a whole number >= 0 (got -1)' },
              { field: 'maxBatchSize', message: 'maxBatchSize must be a whole number from 1 to 500 (got 0)' },
            ],
          },
        }),
      ]);
    } finally {
      await subscription.stop();
    }
  });

  it('names a single bad argument in fields', async () => {
    const subscription = subscribeAlerts(app.url, await app.tokenFor(Role.OPERATOR), { maxBatchSize: 501 }, RiskAlertBatchStreamDocument);
    try {
      await until(() => subscription.errors.length > 0);
      expect(subscription.errors[0]).toEqual(
        expect.objectContaining({
          message: 'maxBatchSize must be a whole number from 1 to 500 (got 501)',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'maxBatchSize', message: 'maxBatchSize must be a whole number from 1 to 500 (got 501)' }] },
        }),
      );
    } finally {
      await subscription.stop();
    }
  });
});

describe('stack traces', () => {
  it('reach the client in development only', async () => {
    const development = await startTestApp({ nodeEnv: 'development' });
    try {
      const response = await development.gql(CustomersDocument, { first: 500 });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }], stacktrace: expect.any(Array) });
    } finally {
      await development.close();
    }
    // In test (as in production) the same error comes without one.
    onlyError(await app.gql(CustomersDocument, { first: 500 }));
  });
});

describe('the mapping', () => {
  it.each(ERROR_CODES)('decides the code %s', (code) => {
    expect(clientErrorOf(new ReplayedError('refused', code, { detail: 1 }))).toMatchObject({ message: 'refused', extensions: { code, detail: 1 } });
  });

  it('treats a code it does not know as an internal error', () => {
    expect(clientErrorOf(new ReplayedError('refused', 'NO_SUCH_CODE', {}))).toBeNull();
    expect(clientErrorOf(new Error('boom'))).toBeNull();
  });

  it('gives errors raised before execution their HTTP status, and never lets a detail override the code', () => {
    expect(toGraphQLError(new UnauthenticatedError('no token')).extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    const limited = toGraphQLError(new RateLimitedError(10, 60, 7));
    expect(limited.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7, http: { status: 429, headers: new Map([['retry-after', '7']]) } });
    expect(clientErrorOf(new ReplayedError('refused', 'POLICY_REJECTED', { code: 'FORBIDDEN' }))?.extensions.code).toBe('POLICY_REJECTED');
  });

  it('reads a stored { field } of an older refusal as fields', () => {
    expect(clientErrorOf(new ReplayedError('bad amount', 'BAD_USER_INPUT', { field: 'amount' }))?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'amount', message: 'bad amount' }],
    });
  });
});
