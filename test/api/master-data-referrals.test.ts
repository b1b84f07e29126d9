/**
 * Four eyes on master data (issue 15, point 4): an OPERATOR's change of the figures limits and grades
 * are built from, above the thresholds of the pinned test/rules/master-data.json (monthly sales by more
 * than 25%, the relationship start by more than 30 days, a grade improved by 2 steps or more), is held:
 * nothing stored on the customer, a referral opened with the request; a risk officer's approval makes
 * the change as the mutation would that day, a decline lets it go. An ADMIN changes them directly.
 */
import { DEVELOPMENT_JWT_SECRET } from '../../src/config/config';
import { Role } from '../../src/app/actor';
import { issueToken } from '../../src/server/auth/tokens';
import { ApproveReferralDocument, ChangeCustomerDocument, ChangeCustomerFinancialsDocument, CustomerDocument, DeclineReferralDocument, ReferralDocument } from '../generated/graphql';
import { createCustomer, FINANCIALS_OF_GRADE } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(); // 2026-03-02
});
afterAll(() => app.close());

const person = (id: string, role: Role) => issueToken({ id, role, organisationId: null }, DEVELOPMENT_JWT_SECRET);
const as = async (id: string, role: Role) => ({ headers: { authorization: `Bearer ${await person(id, role)}` } });
const codesOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.map((error) => error.extensions?.code);

it("holds an operator's change of monthly sales by more than 25% until a risk officer approves it", async () => {
  const customer = await createCustomer(app, { monthlySales: '100000.00' });
  const otto = await as('otto', Role.OPERATOR);
  // 25% exactly goes through.
  const small = await app.ok(ChangeCustomerDocument, { input: { id: customer.id, expectedVersion: customer.version, monthlySales: '125000.00' } }, otto);
  expect(small.updateCustomer.decision).toMatchObject({ outcome: 'APPROVED', referral: null });
  expect(small.updateCustomer.customer.monthlySales).toBe('125000.00');

  const { updateCustomer } = await app.ok(ChangeCustomerDocument, { input: { id: customer.id, expectedVersion: small.updateCustomer.customer.version, monthlySales: '250000.00' } }, otto);
  expect(updateCustomer.decision).toMatchObject({ outcome: 'REFERRED', facts: { changedByRole: 'OPERATOR', monthlySalesChangePercent: 100 }, referral: { state: 'OPEN', requiredAuthority: { level: 'RISK_OFFICER', approvals: 1 } } });
  // Held: nothing stored on the customer.
  expect(updateCustomer.customer).toMatchObject({ monthlySales: '125000.00', version: small.updateCustomer.customer.version });
  const referralId = updateCustomer.decision.referral!.id;
  const { referral } = await app.ok(ReferralDocument, { id: referralId }, { role: Role.VIEWER });
  expect(referral).toMatchObject({ mutation: 'updateCustomer', subject: { type: 'CUSTOMER', id: customer.id }, requestedBy: 'otto', heldRequest: { operation: 'updateCustomer', requestedByRole: 'OPERATOR' } });
  expect(referral.reasons.map((fired) => fired.rule)).toEqual(['operator-monthly-sales-change-over-25-percent']);

  // The requester cannot approve it; a risk officer does, and the change is made then.
  expect(codesOf(await app.gql(ApproveReferralDocument, { id: referralId }, otto))).toEqual(['FORBIDDEN']);
  const approved = await app.ok(ApproveReferralDocument, { id: referralId }, await as('rita', Role.RISK_OFFICER));
  expect(approved.approveReferral).toMatchObject({ applied: true, referral: { state: 'APPROVED' } });
  const after = (await app.ok(CustomerDocument, { id: customer.id })).customer;
  expect(after.monthlySales).toBe('250000.00');
  expect(after.version).toBeGreaterThan(small.updateCustomer.customer.version);
});

it("lets an admin change the same figures directly, and an operator's relationship start moved by more than 30 days waits; a decline lets it go", async () => {
  const customer = await createCustomer(app, { monthlySales: '100000.00', relationshipStart: '2020-01-01' });
  const direct = await app.ok(ChangeCustomerDocument, { input: { id: customer.id, expectedVersion: customer.version, monthlySales: '400000.00' } }, await as('ada', Role.ADMIN));
  expect(direct.updateCustomer.decision.outcome).toBe('APPROVED');

  const otto = await as('otto', Role.OPERATOR);
  const version = direct.updateCustomer.customer.version;
  const moved30 = await app.ok(ChangeCustomerDocument, { input: { id: customer.id, expectedVersion: version, relationshipStart: '2019-12-02' } }, otto);
  expect(moved30.updateCustomer).toMatchObject({ decision: { outcome: 'APPROVED' }, customer: { relationshipStart: '2019-12-02' } });
  const moved = await app.ok(ChangeCustomerDocument, { input: { id: customer.id, expectedVersion: moved30.updateCustomer.customer.version, relationshipStart: '2015-01-01' } }, otto);
  expect(moved.updateCustomer).toMatchObject({ decision: { outcome: 'REFERRED', facts: { relationshipStartMovedDays: 1796 } }, customer: { relationshipStart: '2019-12-02' } });
  await app.ok(DeclineReferralDocument, { id: moved.updateCustomer.decision.referral!.id, reason: 'the contract says 2019' }, await as('rolf', Role.RISK_OFFICER));
  expect((await app.ok(CustomerDocument, { id: customer.id })).customer.relationshipStart).toBe('2019-12-02');
});

it("holds an operator's new financials that improve the grade by 2 steps, and approval re-grades the customer", async () => {
  const customer = await createCustomer(app, { grade: 6 });
  expect(customer.grade).toBe(6);
  const { updateCustomerFinancials } = await app.ok(
    ChangeCustomerFinancialsDocument,
    { input: { customerId: customer.id, expectedVersion: customer.version, financials: FINANCIALS_OF_GRADE[2].financials } },
    await as('otto', Role.OPERATOR),
  );
  expect(updateCustomerFinancials.decision).toMatchObject({ outcome: 'REFERRED', referral: { state: 'OPEN' } });
  expect(updateCustomerFinancials.customer.grade).toBe(6);
  const approved = await app.ok(ApproveReferralDocument, { id: updateCustomerFinancials.decision.referral!.id }, await as('rita', Role.RISK_OFFICER));
  expect(approved.approveReferral.applied).toBe(true);
  const after = (await app.ok(CustomerDocument, { id: customer.id })).customer;
  expect(after.grade).toBeLessThanOrEqual(4);
});
