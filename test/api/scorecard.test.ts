import { Role } from '../../src/app/actor';
/**
 * The scorecard over HTTP: createCustomer and updateCustomerFinancials grade a customer from its
 * credit report and our own records (rules/scorecard.json), keep a grade history whose three
 * decisions replay, and raise the GRADE_DOWNGRADE alert rules/alerts.json names for the steps down.
 */
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { regradeCustomer } from '../../src/modules/customer/scorecard.service';
import { CustomerCreditDocument, CustomersCreditDocument, DecisionDocument, DecisionReplayDocument, UpdateCustomerFinancialsDocument } from '../generated/graphql';
import { createCustomer, FINANCIALS_OF_GRADE, issueInvoice } from '../support/scenarios';
import { startTestApp, TEST_TODAY, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const alertsOf = (customerId: string) => app.orm.em.fork().find(RiskAlert, { customer: customerId }, { orderBy: { sequence: 'asc' } });

it.each(Object.keys(FINANCIALS_OF_GRADE).map(Number))(
  'grades the scenario profile for grade %i to that grade, at small and large monthly sales',
  async (grade) => {
    for (const monthlySales of ['1000.00', '1000000.00']) {
      const customer = await createCustomer(app, { grade, monthlySales });
      expect({ monthlySales, grade: customer.grade }).toEqual({ monthlySales, grade });
    }
  },
);

it('stores the grading: score from the points of every dimension, grade, tier and three replayable decisions', async () => {
  const customer = await createCustomer(app, { grade: 5, monthlySales: '100000.00' });
  const { customer: read } = await app.ok(CustomerCreditDocument, { id: customer.id });
  expect(read).toMatchObject({
    score: 53,
    grade: 5,
    riskTier: 'B',
    financials: { equityRatio: 0.15, registeredCapital: '200000.00', foundedOn: '1990-01-01', openLitigations: 1, outlook: 'STABLE' },
  });
  expect(read.gradeHistory.totalCount).toBe(1);
  const [first] = read.gradeHistory.edges.map((edge) => edge.node);
  expect(first).toMatchObject({ sequence: 1, score: 53, grade: 5, riskTier: 'B', previousGrade: null, previousRiskTier: null, reason: 'onboarding', asOf: TEST_TODAY });
  expect(Object.fromEntries(first.points.map((p) => [p.dimension, p.points]))).toEqual({
    SOLVENCY: 10,
    TRADING_VOLUME: 5,
    PAYMENT_BEHAVIOUR: 0,
    OUTLOOK: 5,
    YEARS_IN_BUSINESS: 10,
    REGISTERED_CAPITAL: 6,
    LITIGATION: 5,
    COUNTRY_RISK: 5,
    INDUSTRY_RISK: 2,
    CONCENTRATION: 5,
  });
  for (const id of [first.scoreDecisionId, first.gradeDecisionId, first.decisionId]) {
    const { decision } = await app.ok(DecisionReplayDocument, { id });
    expect(decision).toMatchObject({ outcome: 'APPROVED', replay: { matches: true, outcome: 'APPROVED' } });
  }
  const { decision: scoring } = await app.ok(DecisionDocument, { id: first.scoreDecisionId });
  expect(scoring).toMatchObject({ mutation: 'scoreCustomer', facts: { paymentsRecorded: 0, concentration: 0, equityRatio: 0.15, yearsInBusiness: 36 } });
  const { decision: grading } = await app.ok(DecisionDocument, { id: first.gradeDecisionId });
  expect(grading).toMatchObject({ mutation: 'gradeCustomer', facts: { score: 53 } });
  expect(grading.explanation).toContain('grade-5-score-48-to-55');
});

it('re-grades on new financials, keeps the history newest first and raises a downgrade alert by steps', async () => {
  const customer = await createCustomer(app, { grade: 2 });
  const down3 = await app.ok(UpdateCustomerFinancialsDocument, {
    input: { customerId: customer.id, expectedVersion: customer.version, financials: FINANCIALS_OF_GRADE[5].financials },
  });
  expect(down3.updateCustomerFinancials.customer).toMatchObject({ grade: 5, riskTier: 'B', score: 53, version: customer.version + 1 });
  expect(down3.updateCustomerFinancials.decision.facts).toMatchObject({ grade: 5, previousGrade: 2, previousRiskTier: 'A' });

  const down1 = await app.ok(UpdateCustomerFinancialsDocument, {
    input: { customerId: customer.id, expectedVersion: customer.version + 1, financials: FINANCIALS_OF_GRADE[6].financials },
  });
  expect(down1.updateCustomerFinancials.customer.grade).toBe(6);
  const up = await app.ok(UpdateCustomerFinancialsDocument, {
    input: { customerId: customer.id, expectedVersion: customer.version + 2, financials: FINANCIALS_OF_GRADE[3].financials },
  }, { role: Role.ADMIN }); // an operator's 3-step improvement would wait for a second person (rules/master-data.json)
  expect(up.updateCustomerFinancials.customer).toMatchObject({ grade: 3, riskTier: 'A' });

  const { customer: read } = await app.ok(CustomerCreditDocument, { id: customer.id, first: 2 });
  expect(read.gradeHistory.totalCount).toBe(4);
  expect(read.gradeHistory.edges.map((edge) => edge.node).map(({ sequence, grade, previousGrade, reason }) => ({ sequence, grade, previousGrade, reason }))).toEqual([
    { sequence: 4, grade: 3, previousGrade: 6, reason: 'financials updated' },
    { sequence: 3, grade: 6, previousGrade: 5, reason: 'financials updated' },
  ]);
  const next = await app.ok(CustomerCreditDocument, { id: customer.id, first: 2, after: read.gradeHistory.pageInfo.endCursor });
  expect(next.customer.gradeHistory.edges.map((edge) => edge.node.sequence)).toEqual([2, 1]);

  const alerts = (await alertsOf(customer.id)).map((alert) => ({ type: alert.type, severity: alert.severity, message: alert.message }));
  expect(alerts).toEqual([
    { type: 'GRADE_DOWNGRADE', severity: 'WARNING', message: expect.stringMatching(/downgraded from grade 2 to 5 \(score 53\): financials updated/) },
    { type: 'GRADE_DOWNGRADE', severity: 'INFO', message: expect.stringMatching(/downgraded from grade 5 to 6/) },
  ]);
});

it('refuses a stale version with CONFLICT and an unknown customer with NOT_FOUND, changing nothing', async () => {
  const customer = await createCustomer(app, { grade: 4 });
  const financials = FINANCIALS_OF_GRADE[7].financials;
  const stale = await app.gql(UpdateCustomerFinancialsDocument, { input: { customerId: customer.id, expectedVersion: customer.version + 1, financials } });
  expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  const missing = await app.gql(UpdateCustomerFinancialsDocument, {
    input: { customerId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, financials },
  });
  expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const invalid = await app.gql(UpdateCustomerFinancialsDocument, {
    input: { customerId: customer.id, expectedVersion: customer.version, financials: { ...financials, registeredCapital: '10.001' } },
  });
  expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(invalid.errors?.[0].message).toMatch(/financials.registeredCapital "10.001" has more decimals than EUR allows/);
  const { customer: read } = await app.ok(CustomerCreditDocument, { id: customer.id });
  expect(read).toMatchObject({ grade: 4, gradeHistory: { totalCount: 1 } });
});

it('regradeCustomer re-runs the scorecard on what is stored: owing the whole portfolio costs the concentration points', async () => {
  // Grade 3 at the bottom of its band (64 points, no trading-volume points).
  const customer = await createCustomer(app, { grade: 3, monthlySales: '5000.00' });
  expect(customer.grade).toBe(3);
  await issueInvoice(app, customer.id, '700.00');
  const everyoneElse = await app.orm.em.fork().getConnection().execute(`update invoice set status = 'PAID', outstanding_minor = 0 where customer_id <> ?`, [customer.id]);
  expect(everyoneElse).toBeDefined();

  const change = await app.orm.em.fork().transactional((tx) =>
    regradeCustomer({ policy: app.policy, clock: app.clock, actor: { id: 'test-regrade' } }, tx, customer.id, TEST_TODAY, 'operating difficulty reported'),
  );
  expect(change).toMatchObject({ sequence: 2, score: 59, grade: 4, riskTier: 'B', previousGrade: 3, reason: 'operating difficulty reported' });
  expect(change.points.find((p) => p.dimension === 'CONCENTRATION')).toEqual({ dimension: 'CONCENTRATION', points: 0 });
  const { customer: read } = await app.ok(CustomerCreditDocument, { id: customer.id });
  expect(read).toMatchObject({ score: 59, grade: 4, riskTier: 'B', gradeHistory: { totalCount: 2 } });
  const { decision } = await app.ok(DecisionReplayDocument, { id: read.gradeHistory.edges[0].node.scoreDecisionId });
  expect(decision.replay.matches).toBe(true);
  // The invoice took the customer to 93% of its 750.00 line; the re-grade is one step down.
  expect((await alertsOf(customer.id)).map((alert) => [alert.type, alert.severity])).toEqual([
    ['LIMIT_UTILISATION', 'WARNING'],
    ['GRADE_DOWNGRADE', 'INFO'],
  ]);
});

it('pages grade and limit histories of many customers without a query per customer', async () => {
  const statements = async (first: number) => (await app.countQueries(() => app.ok(CustomersCreditDocument, { first }))).length;
  expect(await statements(20)).toBe(await statements(2));
});
