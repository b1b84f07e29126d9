/**
 * Partner isolation, swept over the whole schema. Two partner organisations each see their own
 * customer; a third customer belongs to nobody. Acting as partner A, the sweep builds a query for
 * EVERY root query field of the built schema (a new one is swept without touching this file): every
 * field a partner may read, nested to a depth, each connection paged, every required argument filled,
 * every `id` argument tried with every id of the other organisation's and the unlinked customer's
 * objects (customers, invoices, payments, claims, alerts, decisions), every customer filter tried with
 * their customer ids. No response may contain any of those ids, names or numbers. The same sweep
 * with A's own ids must find A's data (so the sweep is not vacuous). Subscriptions are swept the same
 * way over graphql-ws, and every mutation is refused to a partner with nothing written. A's own
 * alerts, in the history and on every subscription, must carry no staff-only figure in their message
 * or data (score, grades, the amount asked for a limit, extension notes, payment references, ...),
 * though A's customer was downgraded, asked a limit and an extension, so staff's alerts carry them.
 * Held requests are no partner's: a held invoice of A's own customer (ON_HOLD, then CANCELLED) is not
 * found, listed or counted as held exposure, and no referral alert reaches A, in history or on a stream.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Claim, ClaimCause } from '../../src/modules/claim/claim.entity';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { Invoice } from '../../src/modules/invoice/invoice.entity';
import { Role } from '../../src/app/actor';
import { buildAppSchema } from '../../src/server/schema';
import { Customer } from '../../src/modules/customer/customer.entity';
import { GradeChange } from '../../src/modules/customer/grade-change.entity';
import {
  CustomerCreditLimitDocument,
  GrantPartnerAccessDocument,
  IssueHeldInvoiceDocument,
  WithdrawReferralDocument,
  RecordPaymentDocument,
  RequestCreditLimitDocument,
  RequestTermExtensionDocument,
  RunCollectionCycleDocument,
  UpdateCustomerFinancialsDocument,
} from '../generated/graphql';
import { until, wsUrlOf } from '../support/alert-subscriber';
import { closedToPartners, rolesOfOperation } from '../support/role-rules';
import { createCustomer, FINANCIALS_OF_GRADE, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, TEST_TODAY, type TestApp } from '../support/test-app';

const ORG_A = 'insurer-a';
const ORG_B = 'bank-b';
/** Deep enough to reach customer → invoices → payments → invoice → customer; within the query limits. */
const MAX_DEPTH = 4;
const PAGE = 3;
/** Collections runs: the first invoices are 14 days overdue on the first, 29 on the second (new stages, new alerts). */
const FIRST_RUN = '2026-02-15';
/** The credit limit A's customer asks for: an amount found nowhere else. */
const ASKED_LIMIT = '23456.78';
const EXTENSION_NOTE = 'Alpha extension note: the owner is ill';
/** Codes a partner may get for what it may not see: nothing else is an acceptable answer. */
const REFUSALS = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

interface Portfolio {
  customerIds: string[];
  /** Every id, name and number of this party's objects: none may reach another partner. */
  identifiers: Set<string>;
}

let app: TestApp;
let schema: GraphQLSchema;
let mine: Portfolio;
let others: Portfolio;
let tokenA: string;
/** What staff may read of A's customer and A may not: no alert A reads may carry any of it. */
let staffOnly: { texts: string[]; numbers: number[] };

beforeAll(async () => {
  app = await startTestApp();
  schema = await buildAppSchema();
  tokenA = await app.tokenFor(Role.PARTNER, ORG_A);
  mine = await seedParty('Alpha', ORG_A);
  staffOnly = await raiseAlertsWithStaffOnlyFigures(mine.customerIds[0]);
  const b = await seedParty('Bravo', ORG_B);
  const unlinked = await seedParty('Charlie', null);
  others = { customerIds: [...b.customerIds, ...unlinked.customerIds], identifiers: new Set([...b.identifiers, ...unlinked.identifiers]) };
  // The collections run raises alerts for every party's overdue invoice, with decisions.
  await app.ok(RunCollectionCycleDocument, { asOf: FIRST_RUN });
  await collectAlertsAndDecisions();
});
afterAll(() => app.close());

it('finds none of another organisation’s data through any query, argument or nested field', async () => {
  const leaks: string[] = [];
  const unexpected: string[] = [];
  let queries = 0;
  for (const field of rootFields('Query')) {
    for (const { label, text } of sweepQueries(field, [...others.identifiers].filter(isUuid), others.customerIds)) {
      queries += 1;
      const response = await app.gql(parse(text), undefined, { token: tokenA });
      for (const found of identifiersIn(response.data, others.identifiers)) leaks.push(`${label}: ${found}`);
      for (const error of response.errors ?? []) {
        if (!REFUSALS.has(String(error.extensions?.code))) unexpected.push(`${label}: ${String(error.extensions?.code)} ${error.message}`);
      }
    }
  }
  expect(leaks).toEqual([]);
  expect(unexpected).toEqual([]);
  expect(queries).toBeGreaterThan(50);
});

it('finds the partner’s own data through the same sweep (the sweep is not vacuous)', async () => {
  const seen = new Map<string, boolean>();
  const figures: string[] = [];
  for (const field of rootFields('Query').filter((candidate) => rolesOfOperation('Query', candidate.name)?.includes(Role.PARTNER))) {
    let found = false;
    for (const { text } of sweepQueries(field, [...mine.identifiers].filter(isUuid), mine.customerIds)) {
      const response = await app.gql(parse(text), undefined, { token: tokenA });
      found ||= identifiersIn(response.data, mine.identifiers).length > 0;
      figures.push(...staffOnlyFiguresIn(response.data).map((figure) => `${field.name}: ${figure}`));
    }
    seen.set(field.name, found);
  }
  expect(figures).toEqual([]);
  expect([...seen.keys()].sort()).toEqual(['claim', 'claims', 'customer', 'customers', 'invoice', 'invoices', 'riskAlerts']);
  expect([...seen.entries()].filter(([, found]) => !found)).toEqual([]);
});

it('streams none of another organisation’s alerts on any subscription: replayed or live', async () => {
  const events: Array<{ variant: string; own: boolean; payload: unknown }> = [];
  const client = createClient({ url: wsUrlOf(app.url), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${tokenA}` }, retryAttempts: 0 });
  try {
    for (const field of rootFields('Subscription')) {
      // afterSequence 0 replays every stored alert first, then streams live ones: both paths are swept.
      const replay = field.args.some((arg) => arg.name === 'afterSequence') ? 'afterSequence: 0' : '';
      const plain = `subscription { ${field.name}${replay ? `(${replay})` : ''}${selectionOf(field.type as never, 1)} }`;
      const filtered = sweepQueries(field, [], others.customerIds)
        .slice(1)
        .map(({ label, text }) => ({ variant: label, own: false, text: `subscription ${replay ? text.replace(/\(/, `(${replay}, `) : text}` }));
      for (const { variant, own, text } of [{ variant: field.name, own: true, text: plain }, ...filtered]) {
        client.subscribe({ query: text }, { next: (payload) => events.push({ variant, own, payload }), error: (error) => events.push({ variant, own, payload: error }), complete: () => undefined });
      }
    }
    const ownSoFar = () => events.filter((event) => event.own && identifiersIn(event.payload, mine.identifiers).length > 0).length;
    const replayed = await app.orm.em.fork().getConnection().execute(`select count(*) as n from risk_alert where customer_id = ?`, [mine.customerIds[0]]);
    await until(() => ownSoFar() >= Number(replayed[0].n), 10_000, () => 'the replay of the partner’s own alerts');

    await app.ok(RunCollectionCycleDocument, { asOf: TEST_TODAY }); // live alerts for every party
    await collectAlertsAndDecisions();
    const all = await app.orm.em.fork().getConnection().execute(`select count(*) as n from risk_alert where customer_id = ?`, [mine.customerIds[0]]);
    expect(Number(all[0].n)).toBeGreaterThan(Number(replayed[0].n));
    await until(() => ownSoFar() >= Number(all[0].n), 10_000, () => 'the partner’s own live alerts');
  } finally {
    await client.dispose();
  }
  expect(events.flatMap(({ variant, payload }) => identifiersIn(payload, others.identifiers).map((found) => `${variant}: ${found}`))).toEqual([]);
  expect(events.filter((event) => !event.own)).toEqual([]); // filtered on others' customers: nothing at all
  expect(events.flatMap(({ variant, payload }) => staffOnlyFiguresIn(payload).map((figure) => `${variant}: ${figure}`))).toEqual([]);
});

it('shows staff the figures partners are spared, and partners every alert with its own words', async () => {
  const query = parse(`{ riskAlerts(first: 100, filter: { customerIds: ["${mine.customerIds[0]}"] }) { totalCount edges { node { type message data } } } }`);
  type Alerts = { riskAlerts: { totalCount: number; edges: Array<{ node: { type: string; message: string; data: Record<string, unknown> } }> } };
  const staff = (await app.gql(query, undefined, { role: Role.VIEWER })).data as Alerts;
  const partner = (await app.gql(query, undefined, { token: tokenA })).data as Alerts;
  const types = (alerts: Alerts) => alerts.riskAlerts.edges.map((edge) => edge.node.type);
  // Every alert but the staff-only ones (referrals: see the last test).
  expect(types(partner)).toEqual(types(staff).filter((type) => !type.startsWith('REFERRAL_')));
  expect(types(staff)).toEqual(expect.arrayContaining(['GRADE_DOWNGRADE', 'LIMIT_DECISION', 'TERM_EXTENSION_REFERRED']));
  // The staff wording carries them (so the sweep above is not vacuous); the partner's none.
  for (const type of ['GRADE_DOWNGRADE', 'LIMIT_DECISION', 'TERM_EXTENSION_REFERRED']) {
    const staffAlert = staff.riskAlerts.edges.find((edge) => edge.node.type === type)!.node;
    expect(staffOnlyFiguresIn(staffAlert)).not.toEqual([]);
  }
  expect(staffOnlyFiguresIn(partner)).toEqual([]);
});

it('refuses every mutation to a partner and writes nothing', async () => {
  const decisionsBefore = await app.orm.em.fork().count(DecisionRecord, {});
  const accepted: string[] = [];
  for (const field of rootFields('Mutation')) {
    const text = `mutation { ${field.name}${argumentsOf(field.args, others.customerIds[0])}${selectionOf(field.type as never, 1)} }`;
    const response = await app.gql(parse(text), undefined, { token: tokenA });
    const code = response.errors?.[0]?.extensions?.code;
    if (code !== 'FORBIDDEN') accepted.push(`${field.name}: ${String(code)} ${JSON.stringify(response.data)}`);
  }
  expect(accepted).toEqual([]);
  expect(await app.orm.em.fork().count(DecisionRecord, {})).toBe(decisionsBefore);
});

it('closes staff-only fields to partners, also on their own customers', async () => {
  const own = mine.customerIds[0];
  for (const selection of ['financials { outlook }', 'score', 'monthlySales', 'exposure { limitHistory(first: 1) { totalCount } }', 'invoices(first: 1) { edges { node { extensions { id } } } }']) {
    const response = await app.gql(parse(`{ customer(id: "${own}") { id ${selection} } }`), undefined, { token: tokenA });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  }
  const staff = await app.gql(parse(`{ customer(id: "${own}") { id financials { outlook } } }`), undefined, { role: Role.VIEWER });
  expect(staff.errors).toBeUndefined();
});

it('refuses a partner token that names no organisation', async () => {
  const response = await app.gql(parse('{ customers(first: 1) { totalCount } }'), undefined, { token: await app.tokenFor(Role.PARTNER, null) });
  expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

it('shows partners no held invoice and no referral alert, not even of their own customers', async () => {
  // A new customer of A's (the sweep's one is suspended by now: it gets no credit to hold).
  const fresh = await createCustomer(app, { name: 'Alpha Held GmbH', registrationNumber: 'HELD-ALPHA', grade: GRADE_OF_TIER.B, relationshipStart: '2024-01-01' });
  await app.ok(GrantPartnerAccessDocument, { input: { customerId: fresh.id, organisationId: ORG_A } }, { role: Role.ADMIN });
  const own = fresh.id;
  const streamed: Array<{ variant: string; payload: unknown }> = [];
  const client = createClient({ url: wsUrlOf(app.url), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${tokenA}` }, retryAttempts: 0 });
  const partnerGql = (text: string) => app.gql(parse(text), undefined, { token: tokenA });
  const codes = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.map((error) => error.extensions?.code);
  try {
    for (const variant of ['riskAlerts', 'riskAlertBatches']) {
      const query = `subscription { ${variant}(afterSequence: 0) { sequence type customerId } }`;
      client.subscribe({ query }, { next: (payload) => streamed.push({ variant, payload }), error: (error) => streamed.push({ variant, payload: error }), complete: () => undefined });
    }
    // A held invoice of A's own customer: 0.01 over its available limit (the pinned credit-limits.json refers it).
    const { customer } = await app.ok(CustomerCreditLimitDocument, { id: own }, { role: Role.VIEWER });
    const amount = ((Math.round(Number(customer.exposure.available) * 100) + 1) / 100).toFixed(2);
    const { issueInvoice } = await app.ok(IssueHeldInvoiceDocument, { input: { customerId: own, number: `ALPHA-HELD-${process.pid}`, amount, currency: 'EUR' } });
    expect(issueInvoice.invoice.status).toBe('ON_HOLD');
    const heldId = issueInvoice.invoice.id;

    // ON_HOLD: not there for the partner, by id, in either list, or as held exposure.
    expect(codes(await partnerGql(`{ invoice(id: "${heldId}") { id } }`))).toEqual(['NOT_FOUND']);
    const lists = await partnerGql(
      `{ invoices(first: 100, filter: { customerId: "${own}" }) { edges { node { id } } } onHold: invoices(filter: { status: ON_HOLD }) { totalCount } customer(id: "${own}") { invoices(first: 100) { edges { node { id } } } held: invoices(status: ON_HOLD) { totalCount } } }`,
    );
    expect(lists.errors).toBeUndefined();
    expect(JSON.stringify(lists.data)).not.toContain(heldId);
    expect(lists.data).toMatchObject({ onHold: { totalCount: 0 }, customer: { held: { totalCount: 0 } } });
    expect(codes(await partnerGql(`{ customer(id: "${own}") { exposure { held } } }`))).toEqual(['FORBIDDEN']);
    // Staff see it all.
    const staffView = await app.gql(parse(`{ invoice(id: "${heldId}") { status } customer(id: "${own}") { exposure { held } } }`), undefined, { role: Role.VIEWER });
    expect(staffView.data).toMatchObject({ invoice: { status: 'ON_HOLD' }, customer: { exposure: { held: amount } } });

    // Withdrawn: CANCELLED, still nothing for the partner.
    await app.ok(WithdrawReferralDocument, { id: issueInvoice.decision.referral!.id });
    expect(codes(await partnerGql(`{ invoice(id: "${heldId}") { id } invoices(filter: { status: CANCELLED }) { totalCount } }`))).toEqual(['NOT_FOUND']);
    expect((await partnerGql(`{ invoices(filter: { status: CANCELLED }) { totalCount } }`)).data).toEqual({ invoices: { totalCount: 0 } });

    // An alert partners do get, after the referral's: once it has arrived on both streams, so would have those.
    await app.ok(RequestCreditLimitDocument, { input: { customerId: own, amount: '1.00' } }, { role: Role.RISK_OFFICER });
    const [newest] = await app.orm.em.fork().getConnection().execute(`select max(sequence) as n from risk_alert where customer_id = ? and type not like 'REFERRAL%'`, [own]);
    const [referrals] = await app.orm.em.fork().getConnection().execute(`select count(*) as n, max(sequence) as last from risk_alert where customer_id = ? and type like 'REFERRAL%'`, [own]);
    expect(Number(referrals.n)).toBe(2); // REFERRAL_OPENED, REFERRAL_RESOLVED: staff's
    const marker = Number(newest.n);
    expect(marker).toBeGreaterThan(Number(referrals.last));
    const reached = (variant: string) => streamed.some((event) => event.variant === variant && sequencesIn(event.payload).some((sequence) => sequence >= marker));
    await until(() => reached('riskAlerts') && reached('riskAlertBatches'), 10_000, () => 'the marker alert on both subscriptions');
  } finally {
    await client.dispose();
  }
  expect(streamed.flatMap(({ variant, payload }) => typesIn(payload).filter((type) => type.startsWith('REFERRAL_')).map((type) => `${variant}: ${type}`))).toEqual([]);
  const history = await partnerGql(`{ riskAlerts(first: 100, filter: { types: ["REFERRAL_OPENED", "REFERRAL_RESOLVED"] }) { totalCount } }`);
  expect(history.data).toEqual({ riskAlerts: { totalCount: 0 } });
  const staffHistory = await app.gql(parse(`{ riskAlerts(first: 100, filter: { customerIds: ["${own}"], types: ["REFERRAL_OPENED", "REFERRAL_RESOLVED"] }) { totalCount } }`), undefined, { role: Role.VIEWER });
  expect(staffHistory.data).toEqual({ riskAlerts: { totalCount: 2 } });
});

/** The `sequence` and `type` values anywhere in a subscription payload (one alert or a batch). */
function sequencesIn(payload: unknown): number[] {
  return [...JSON.stringify(payload).matchAll(/"sequence":(\d+)/g)].map((match) => Number(match[1]));
}
function typesIn(payload: unknown): string[] {
  return [...JSON.stringify(payload).matchAll(/"type":"([A-Z_]+)"/g)].map((match) => match[1]);
}

// --- the portfolio of each party -----------------------------------------------------------------

/**
 * Alerts whose staff wording carries staff-only figures: a downgrade (score, previous grade), a credit
 * limit asked (the amount asked), a term extension for operating difficulty (days, grades). Returns
 * what of the customer is staff-only.
 */
async function raiseAlertsWithStaffOnlyFigures(customerId: string): Promise<{ texts: string[]; numbers: number[] }> {
  const em = app.orm.em.fork();
  const customer = await em.findOneOrFail(Customer, { id: customerId });
  await app.ok(UpdateCustomerFinancialsDocument, { input: { customerId, expectedVersion: customer.version, financials: FINANCIALS_OF_GRADE[8].financials } });
  await app.ok(RequestCreditLimitDocument, { input: { customerId, amount: ASKED_LIMIT } }, { role: Role.RISK_OFFICER });
  const invoice = await em.findOneOrFail(Invoice, { customer: customerId }, { orderBy: { issueDate: 'asc' } });
  const extension = await app.ok(RequestTermExtensionDocument, { input: { invoiceId: invoice.id, days: 29, reason: 'OPERATING_DIFFICULTY' as never, note: EXTENSION_NOTE } }, { role: Role.RISK_OFFICER });
  expect(extension.requestTermExtension.decision.outcome).toBe('REFERRED');
  const grading = await app.orm.em.fork().find(GradeChange, { customer: customerId });
  const graded = await app.orm.em.fork().findOneOrFail(Customer, { id: customerId });
  return {
    texts: [ASKED_LIMIT, EXTENSION_NOTE, 'Alpha-REF', 'Alpha note', graded.monthlySales],
    numbers: [graded.score, ...grading.flatMap((change) => [change.score, change.previousGrade ?? change.grade])],
  };
}

/** Staff-only figures in the alerts of a response: in a message (or the words "score", "grade <n>"), or in data (a fact or value). */
function staffOnlyFiguresIn(value: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const alert = node as { message?: unknown; data?: unknown };
      if (typeof alert.message === 'string') {
        for (const text of staffOnly.texts) if (alert.message.includes(text)) found.push(`"${text}" in message "${alert.message}"`);
        for (const pattern of [/\bscore\b/i, /\bgrade \d/i]) if (pattern.test(alert.message)) found.push(`${pattern} in message "${alert.message}"`);
      }
      if (alert.data && typeof alert.data === 'object') {
        for (const [fact, factValue] of Object.entries(alert.data)) {
          if (/grade|score|request|limit/i.test(fact)) found.push(`data.${fact}`);
          if (staffOnly.numbers.includes(factValue as number) || staffOnly.texts.includes(factValue as string)) found.push(`data.${fact} = ${String(factValue)}`);
        }
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(value);
  return found;
}

async function seedParty(name: string, organisationId: string | null): Promise<Portfolio> {
  const customer = await createCustomer(app, { name: `${name} Sweep GmbH`, registrationNumber: `SWEEP-${name.toUpperCase()}`, grade: GRADE_OF_TIER.B, relationshipStart: '2024-01-01' });
  if (organisationId) await app.ok(GrantPartnerAccessDocument, { input: { customerId: customer.id, organisationId } }, { role: Role.ADMIN });
  const identifiers = new Set([customer.id, customer.name, customer.registrationNumber]);
  for (const issueDate of ['2026-01-02', '2026-02-20']) {
    const { invoice, decision } = await issueInvoice(app, customer.id, '1000.00', { issueDate });
    identifiers.add(invoice.id).add(invoice.number).add(decision.id);
    const { recordPayment } = await app.ok(RecordPaymentDocument, { input: { invoiceId: invoice.id, amount: '10.00', currency: 'EUR', receivedOn: issueDate, reference: `${name}-REF` } });
    identifiers.add(recordPayment.payment.id).add(recordPayment.decision.id);
  }
  // Claims are written directly until the insurance issue brings fileClaim.
  const em = app.orm.em.fork();
  const invoice = await em.findOneOrFail(Invoice, { customer: customer.id }, { orderBy: { issueDate: 'asc' } });
  const claim = em.create(Claim, { customer: customer.id, invoice, cause: ClaimCause.INSOLVENCY, currency: 'EUR', amountMinor: 50_000, filedOn: TEST_TODAY, note: `${name} note` });
  await em.flush();
  identifiers.add(claim.id);
  return { customerIds: [customer.id], identifiers };
}

async function collectAlertsAndDecisions() {
  const em = app.orm.em.fork();
  for (const party of [mine, others]) {
    const alerts = await em.getConnection().execute<Array<{ id: string; decision_id: string | null }>>(
      `select id, decision_id from risk_alert where customer_id in (${party.customerIds.map(() => '?').join(', ')})`,
      party.customerIds,
    );
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      party.identifiers.add(alert.id);
      if (alert.decision_id) party.identifiers.add(alert.decision_id);
    }
  }
}

// --- building the sweep from the schema ------------------------------------------------------------

function rootFields(root: 'Query' | 'Mutation' | 'Subscription'): Array<GraphQLField<unknown, unknown>> {
  const type = root === 'Query' ? schema.getQueryType() : root === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.values(type?.getFields() ?? {});
}

/** One query per way of asking: with each foreign id in each id argument, each customer filter, or plain. */
function sweepQueries(field: GraphQLField<unknown, unknown>, ids: string[], customerIds: string[]) {
  const queries: Array<{ label: string; text: string }> = [];
  const selection = selectionOf(field.type as never, 1);
  const idArguments = field.args.filter((arg) => getNamedType(arg.type).name === 'ID');
  const filterArgument = field.args.find((arg) => isInputObjectType(getNamedType(arg.type)) && customerFieldOf(arg) !== null);
  if (idArguments.length > 0) {
    for (const id of ids) queries.push({ label: `${field.name}(${id})`, text: `{ ${field.name}${argumentsOf(field.args, id)}${selection} }` });
  } else {
    queries.push({ label: field.name, text: `{ ${field.name}${argumentsOf(field.args, customerIds[0])}${selection} }` });
  }
  if (filterArgument) {
    const customerField = customerFieldOf(filterArgument)!;
    for (const customerId of customerIds) {
      const value = customerField.list ? `[${JSON.stringify(customerId)}]` : JSON.stringify(customerId);
      const others = field.args.filter((arg) => arg !== filterArgument);
      const rest = argumentsOf(others, customerId);
      const args = `${filterArgument.name}: { ${customerField.name}: ${value} }${rest ? `, ${rest.slice(1, -1)}` : ''}`;
      queries.push({ label: `${field.name}(filter ${customerId})`, text: `{ ${field.name}(${args})${selection} }` });
    }
  }
  return queries;
}

function customerFieldOf(arg: GraphQLArgument): { name: string; list: boolean } | null {
  const type = getNamedType(arg.type);
  if (!isInputObjectType(type)) return null;
  for (const name of ['customerId', 'customerIds']) {
    const inputField = type.getFields()[name];
    if (inputField) return { name, list: isListType(isNonNullType(inputField.type) ? inputField.type.ofType : inputField.type) };
  }
  return null;
}

/** Every field partners may read, to MAX_DEPTH; connections paged; required arguments filled. */
function selectionOf(type: GraphQLInputType | GraphQLObjectType, depth: number): string {
  const named = getNamedType(type as never);
  if (!isObjectType(named)) return '';
  if (depth > MAX_DEPTH) return ' { __typename }';
  const fields = Object.values(named.getFields())
    .filter((field) => !closedToPartners(named.name, field.name))
    .map((field) => `${field.name}${argumentsOf(field.args, null)}${selectionOf(field.type as never, depth + 1)}`);
  return ` { ${fields.join(' ')} }`;
}

/** Required arguments with a plausible value, `first` kept small, id arguments given `id`. */
function argumentsOf(args: readonly GraphQLArgument[], id: string | null): string {
  const parts = args
    .filter((arg) => isNonNullType(arg.type) || arg.name === 'first')
    .map((arg) => `${arg.name}: ${arg.name === 'first' ? PAGE : valueOf(arg.type, id)}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function valueOf(type: GraphQLInputType, id: string | null): string {
  if (isNonNullType(type)) return valueOf(type.ofType, id);
  if (isListType(type)) return `[${valueOf(type.ofType, id)}]`;
  if (isEnumType(type)) return type.getValues().at(-1)!.name; // the last: NONE-like values come first
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${required.map((field) => `${field.name}: ${valueOf(field.type, id)}`).join(', ')} }`;
  }
  if (!isScalarType(type)) throw new Error(`no value for ${String(type)}`);
  const samples: Record<string, string> = {
    ID: JSON.stringify(id ?? '00000000-0000-4000-8000-000000000000'),
    String: '"sweep"',
    Int: '1',
    Float: '1',
    Boolean: 'false',
    LocalDate: JSON.stringify(TEST_TODAY),
    DateTimeISO: JSON.stringify(`${TEST_TODAY}T00:00:00Z`),
    Decimal: '"1.00"',
    JSONObject: '{}',
  };
  if (!(type.name in samples)) throw new Error(`the sweep has no sample value for the scalar ${type.name}: add one`);
  return samples[type.name];
}

/** Every string in a response that is one of `identifiers`, or contains one of its names. */
function identifiersIn(value: unknown, identifiers: Set<string>): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node === 'string') {
      if (identifiers.has(node)) found.push(node);
      else for (const identifier of identifiers) if (!isUuid(identifier) && identifier.length > 5 && node.includes(identifier)) found.push(`${identifier} in "${node}"`);
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return found;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
