/** Exchange rates: set by risk officers through rules/fx-rates.json, exact, the one in force on a date. */
import { convertMinorUnits, fractionOfNumber, invert, multiply, parseDecimal, toDecimalString } from '../../src/shared/money';
import { DecisionReplayDocument, FxRatesDocument, SetFxRateDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const RISK_OFFICER = { role: 'RISK_OFFICER' as never };
beforeAll(async () => {
  app = await startTestApp({ today: '2026-06-30' });
});
afterAll(() => app.close());

it('sets a rate from a date, normalised, with its decision; the same pair and day again corrects it', async () => {
  const { setFxRate } = await app.ok(SetFxRateDocument, { input: { from: 'USD', to: 'EUR', rate: '0.9200', effectiveDate: '2026-06-01' } }, RISK_OFFICER);
  expect(setFxRate.fxRate).toMatchObject({ from: 'USD', to: 'EUR', rate: '0.92', effectiveDate: '2026-06-01', setBy: 'test-risk_officer', decisionId: setFxRate.decision.id });
  expect(setFxRate.decision).toMatchObject({ mutation: 'setFxRate', outcome: 'APPROVED' });
  expect(setFxRate.decision.facts).toEqual({ fromCurrency: 'USD', toCurrency: 'EUR', rate: 0.92, hasPreviousRate: false, changePercent: 0, daysSincePreviousRate: 0 });

  const corrected = await app.ok(SetFxRateDocument, { input: { from: 'USD', to: 'EUR', rate: '0.921', effectiveDate: '2026-06-01' } }, RISK_OFFICER);
  expect(corrected.setFxRate.fxRate).toMatchObject({ id: setFxRate.fxRate!.id, rate: '0.921' });
  const { fxRates } = await app.ok(FxRatesDocument, { from: 'USD', to: 'EUR' });
  expect(fxRates).toEqual([{ from: 'USD', to: 'EUR', rate: '0.921', effectiveDate: '2026-06-01', setBy: 'test-risk_officer' }]);
});

it('compares a new rate with the previous one of the pair, inverted when it was set the other way round', async () => {
  // EUR->USD 1.1 after USD->EUR 0.921 (1.0857... the other way): a 1.32% move, accepted.
  const { setFxRate } = await app.ok(SetFxRateDocument, { input: { from: 'EUR', to: 'USD', rate: '1.1', effectiveDate: '2026-06-11' } }, RISK_OFFICER);
  expect(setFxRate.decision.facts).toEqual({
    fromCurrency: 'EUR',
    toCurrency: 'USD',
    rate: 1.1,
    hasPreviousRate: true,
    changePercent: 1.31,
    daysSincePreviousRate: 10,
  });
  const { decision } = await app.ok(DecisionReplayDocument, { id: setFxRate.decision.id });
  expect(decision.replay).toMatchObject({ matches: true, outcome: 'APPROVED' });
});

it('refers a move of more than 10% against the previous rate and keeps the old one (the new one is held by its referral)', async () => {
  const { setFxRate } = await app.ok(SetFxRateDocument, { input: { from: 'USD', to: 'EUR', rate: '1.09', effectiveDate: '2026-06-15' } }, RISK_OFFICER);
  expect(setFxRate.fxRate).toBeNull();
  expect(setFxRate.decision).toMatchObject({ mutation: 'setFxRate', outcome: 'REFERRED' });
  const { fxRates } = await app.ok(FxRatesDocument, { asOf: '2026-06-30' });
  expect(fxRates).toEqual([
    { from: 'EUR', to: 'USD', rate: '1.1', effectiveDate: '2026-06-11', setBy: 'test-risk_officer' },
    { from: 'USD', to: 'EUR', rate: '0.921', effectiveDate: '2026-06-01', setBy: 'test-risk_officer' },
  ]);
  expect((await app.ok(FxRatesDocument, { asOf: '2026-05-31' })).fxRates).toEqual([]);
});

it('refuses a rate that is not a positive decimal of at most 10 places, one currency twice, and non-risk officers', async () => {
  const input = { from: 'USD', to: 'EUR', effectiveDate: '2026-06-20' };
  const cases: Array<[string, string, RegExp]> = [
    ['0', 'BAD_USER_INPUT', /rate must be greater than zero/],
    ['-1.5', 'BAD_USER_INPUT', /rate must be a positive decimal such as "1.0850"/],
    ['0.12345678901', 'BAD_USER_INPUT', /rate "0.12345678901" has more than 10 decimals/],
  ];
  for (const [rate, code, message] of cases) {
    const response = await app.gql(SetFxRateDocument, { input: { ...input, rate } }, RISK_OFFICER);
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.errors?.[0].message).toMatch(message);
  }
  const same = await app.gql(SetFxRateDocument, { input: { ...input, to: 'USD', rate: '1' } }, RISK_OFFICER);
  expect(same.errors?.[0]).toMatchObject({ message: 'from and to are both USD; a rate converts between two currencies', extensions: { code: 'BAD_USER_INPUT' } });
  const unknown = await app.gql(SetFxRateDocument, { input: { ...input, to: 'XYZ', rate: '1' } }, RISK_OFFICER);
  expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const operator = await app.gql(SetFxRateDocument, { input: { ...input, rate: '0.93' } });
  expect(operator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

describe('converting amounts exactly', () => {
  const rate = (text: string) => parseDecimal(text)!;

  it('scales between minor units and rounds half-up once', () => {
    expect(convertMinorUnits(100000, 'USD', 'EUR', rate('0.92'))).toBe(92000); // 1000.00 -> 920.00
    expect(convertMinorUnits(120002, 'USD', 'EUR', rate('0.92'))).toBe(110402); // 1104.0184 -> 1104.02
    expect(convertMinorUnits(125, 'EUR', 'JPY', rate('162.5'))).toBe(203); // 1.25 x 162.5 = 203.125 -> 203
    expect(convertMinorUnits(1, 'EUR', 'JPY', rate('150'))).toBe(2); // 0.01 x 150 = 1.5 -> 2 (half-up)
    expect(convertMinorUnits(150000, 'JPY', 'EUR', rate('0.0061234567'))).toBe(91852); // 918.518505 -> 918.52
    expect(convertMinorUnits(100, 'EUR', 'BHD', rate('0.41'))).toBe(410); // 1.00 -> 0.410
    expect(convertMinorUnits(-5, 'EUR', 'USD', rate('1.1'))).toBe(-6); // -0.055 -> -0.06: halves away from zero
  });

  it('inverts a rate without rounding it first', () => {
    // EUR 1000.00 at the inverse of USD->EUR 0.92: 1086.9565... -> USD 1086.96
    expect(convertMinorUnits(100000, 'EUR', 'USD', invert(rate('0.92')))).toBe(108696);
    // a third of a rate: 3 x (1 / 3) is exactly 1
    expect(convertMinorUnits(300, 'EUR', 'USD', multiply(invert(rate('3')), rate('1')))).toBe(100);
  });

  it('reads the numbers policy data gives, exponent form included', () => {
    expect(toDecimalString(fractionOfNumber(0.5), 3)).toBe('0.500');
    expect(toDecimalString(fractionOfNumber(1e-7), 8)).toBe('0.00000010');
    expect(toDecimalString(fractionOfNumber(25), 0)).toBe('25');
  });
});
