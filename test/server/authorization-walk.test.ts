/**
 * Every root operation (query, mutation, subscription) of the schema has an explicit role rule
 * (@Authorized), and every field a partner can reach is either closed to partners by its own rule or
 * listed below as reviewed for partners: a new operation or field without a decision fails the build.
 * Walks the built schema, not a list.
 */
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { Role } from '../../src/app/actor';
import { buildAppSchema } from '../../src/server/schema';
import { closedToPartners, rolesOfOperation, type RootKind } from '../support/role-rules';

/**
 * Fields partner portals may read, reviewed one by one (object-level isolation then limits them to
 * their organisation's customers). Anything else they can reach needs `@Authorized(...READERS)`.
 */
const PARTNER_READABLE: Record<string, string[] | 'all'> = {
  Customer: ['claims', 'country', 'createdAt', 'currency', 'exposure', 'grade', 'id', 'industry', 'invoices', 'language', 'name', 'registrationNumber', 'relationshipStart', 'riskTier', 'status', 'updatedAt', 'version'],
  Exposure: ['available', 'creditLimit', 'currency', 'insured', 'outstanding', 'uninsured', 'utilization'],
  Invoice: ['amount', 'collectionStage', 'createdAt', 'currency', 'customer', 'daysPastDue', 'dueDate', 'dunningLetter', 'extendedDays', 'id', 'insurance', 'issueDate', 'ladderAnchorDate', 'lateInterest', 'number', 'originalDueDate', 'outstanding', 'payments', 'recovered', 'status', 'termDays', 'updatedAt', 'version', 'writtenOff', 'writtenOffOn'],
  Payment: ['amount', 'createdAt', 'currency', 'id', 'invoice', 'receivedOn'],
  Claim: ['amount', 'cause', 'createdAt', 'currency', 'customer', 'filedOn', 'id', 'indemnity', 'indemnityPercent', 'invoice', 'lines', 'owedToInsurer', 'paid', 'paidOn', 'recovered', 'refusalReasons', 'reviewedOn', 'status', 'version', 'writtenOff'],
  ClaimLine: 'all',
  InvoiceInsurance: ['claimFilingDeadline', 'declarationDeadline', 'declaredOn', 'insured', 'uninsured', 'uninsuredReason'],
  RiskAlert: ['acknowledgedAt', 'createdAt', 'customerId', 'data', 'id', 'invoiceId', 'message', 'sequence', 'severity', 'type'],
  DunningLetter: 'all',
  LateInterest: 'all',
  LateInterestPeriod: 'all',
  CurrencyAmount: 'all',
  PageInfo: 'all',
};

it('has a role rule on every query, mutation and subscription', async () => {
  const schema = await buildAppSchema();
  const storage = getMetadataStorage();
  const authorized = new Set(storage.authorizedFields.map((rule) => `${rule.target.name}.${rule.fieldName}`));
  const handlers = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type) => type !== null && type !== undefined);

  const unruled: string[] = [];
  let walked = 0;
  for (const root of roots) {
    for (const field of Object.values(root.getFields())) {
      walked += 1;
      const handler = handlers.find((candidate) => candidate.schemaName === field.name && kindOf(candidate) === root.name);
      if (!handler || !authorized.has(`${handler.target.name}.${handler.methodName}`)) unruled.push(`${root.name}.${field.name}`);
    }
  }
  expect(walked).toBe(handlers.length); // every resolver operation was found in the schema
  expect(unruled).toEqual([]);

  function kindOf(handler: (typeof handlers)[number]): string {
    if (storage.queries.includes(handler)) return 'Query';
    if (storage.mutations.includes(handler)) return 'Mutation';
    return 'Subscription';
  }
});

it('has a decision for partners on every field they can reach', async () => {
  const schema = await buildAppSchema();
  const reachable = new Map<string, GraphQLObjectType>();
  const queue: GraphQLObjectType[] = [];
  for (const root of ['Query', 'Subscription'] as RootKind[]) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getSubscriptionType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      const named = getNamedType(field.type);
      if (rolesOfOperation(root, field.name)?.includes(Role.PARTNER) && isObjectType(named)) queue.push(named);
    }
  }
  const undecided: string[] = [];
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (reachable.has(type.name)) continue;
    reachable.set(type.name, type);
    // Connections and edges only wrap what they page; they are checked through their nodes.
    const wrapper = /(Connection|Edge)$/.test(type.name);
    const readable = PARTNER_READABLE[type.name];
    for (const field of Object.values(type.getFields())) {
      if (closedToPartners(type.name, field.name)) continue;
      if (!wrapper && readable !== 'all' && !readable?.includes(field.name)) undecided.push(`${type.name}.${field.name}`);
      const named = getNamedType(field.type);
      if (isObjectType(named)) queue.push(named);
    }
  }
  // Either review the field for partners (PARTNER_READABLE) or close it: @Authorized(...READERS).
  expect(undecided).toEqual([]);
  const stale = Object.entries(PARTNER_READABLE).flatMap(([typeName, fields]) =>
    !reachable.has(typeName) ? [typeName] : fields === 'all' ? [] : fields.filter((name) => !reachable.get(typeName)!.getFields()[name]).map((name) => `${typeName}.${name}`),
  );
  expect(stale).toEqual([]);
});

it('lets a credit manager do everything a risk officer may, and decide referrals', async () => {
  const schema = await buildAppSchema();
  const roots: RootKind[] = ['Query', 'Mutation', 'Subscription'];
  const missing: string[] = [];
  for (const root of roots) {
    const type = root === 'Query' ? schema.getQueryType() : root === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      const roles = rolesOfOperation(root, field.name) ?? [];
      if (roles.includes(Role.RISK_OFFICER) && !roles.includes(Role.CREDIT_MANAGER)) missing.push(`${root}.${field.name}`);
    }
  }
  expect(missing).toEqual([]);
  expect(rolesOfOperation('Mutation', 'approveReferral')).toEqual([Role.RISK_OFFICER, Role.CREDIT_MANAGER, Role.ADMIN]);
  expect(rolesOfOperation('Mutation', 'declineReferral')).toEqual([Role.RISK_OFFICER, Role.CREDIT_MANAGER, Role.ADMIN]);
  for (const query of ['referrals', 'referral']) expect(rolesOfOperation('Query', query)).not.toContain(Role.PARTNER);
});
