/**
 * The audit trail names who did what: every stored decision has its actor (a token subject, an API
 * key, or the server's own processes such as the collections scheduler), and every policy change has
 * its author (changedBy in the file) and who had the folder read (system:startup, system:file-watcher,
 * or the risk officer of reloadPolicies).
 */
import { rmSync } from 'node:fs';
import { RiskAlert } from '../../src/app/outbox/risk-alert.entity';
import { CollectionScheduler } from '../../src/modules/collections/collections.scheduler';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { Role } from '../../src/app/actor';
import { AcknowledgeAlertDocument, DecisionDocument, PolicyHistoryDocument, ReloadPoliciesDocument } from '../generated/graphql';
import { eventually } from '../support/eventually';
import { copyPinnedRules } from '../support/pinned-rules';
import { editPolicy } from '../support/policy-edits';
import { createCustomer, GRADE_OF_TIER, issueInvoice } from '../support/scenarios';
import { startTestApp, type TestApp } from '../support/test-app';

describe('decisions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ today: '2026-03-02' });
  });
  afterAll(() => app.close());

  it('record their actor on every path: API mutations, the collections scheduler, alert acknowledgement', async () => {
    const customer = await createCustomer(app, { grade: GRADE_OF_TIER.B, monthlySales: '1000000.00' });
    await issueInvoice(app, customer.id, '100.00', { issueDate: '2026-01-01' }); // 30 days overdue on 2026-03-02

    // The in-process scheduler, as main.ts runs it.
    const scheduler = new CollectionScheduler({ em: app.orm.em, policy: app.policy, clock: app.clock }, 0);
    expect(await scheduler.tick()).toMatchObject({ examined: 1 });

    const em = app.orm.em.fork();
    const byMutation = async (mutation: string) => (await em.find(DecisionRecord, { mutation }, { orderBy: { createdAt: 'asc' } })).map((record) => record.actorId);
    expect(await byMutation('createCustomer')).toEqual(['test-operator']);
    expect(await byMutation('issueInvoice')).toEqual(['test-operator']);
    const cycle = await byMutation('runCollectionCycle');
    expect(cycle.length).toBeGreaterThan(0);
    expect(new Set(cycle)).toEqual(new Set(['system:collections-scheduler']));

    const alert = await em.findOneOrFail(RiskAlert, { customer: customer.id }, { orderBy: { sequence: 'asc' } });
    const { acknowledgeAlert } = await app.ok(AcknowledgeAlertDocument, { id: alert.id }, { role: Role.RISK_OFFICER });
    expect(acknowledgeAlert.acknowledgedBy).toBe('test-risk_officer');
    expect(await byMutation('acknowledgeAlert')).toEqual(['test-risk_officer']);

    // Whatever wrote them, no decision is without its actor.
    expect(await em.count(DecisionRecord, { actorId: null })).toBe(0);
  });

  it('show the actor to staff', async () => {
    const record = await app.orm.em.fork().findOneOrFail(DecisionRecord, { mutation: 'createCustomer' });
    const { decision } = await app.ok(DecisionDocument, { id: record.id }, { role: Role.VIEWER });
    expect(decision.actorId).toBe('test-operator');
  });
});

describe('policy changes', () => {
  let app: TestApp;
  let rulesDir: string;
  beforeAll(async () => {
    rulesDir = copyPinnedRules();
    app = await startTestApp({ rulesDir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(rulesDir, { recursive: true, force: true });
  });

  const history = async () => (await app.ok(PolicyHistoryDocument, { first: 100 }, { role: Role.VIEWER })).policyHistory.edges.map((edge) => edge.node);

  it('records the author and system:startup for the versions loaded at start', async () => {
    const loaded = await history();
    expect(loaded.length).toBeGreaterThan(5);
    for (const event of loaded) expect(event).toMatchObject({ kind: 'LOADED', changedBy: 'risk-office', reloadedBy: 'system:startup' });
  });

  it('records the risk officer who reloads, as the decision actor and as reloadedBy, and the file’s author', async () => {
    editPolicy(rulesDir, 'payment-terms.json', (policy) => {
      policy.version = '2026.1-audit';
      policy.changedBy = 'alice@risk-office';
    });
    const { reloadPolicies } = await app.ok(ReloadPoliciesDocument, {}, { role: Role.RISK_OFFICER });
    expect(reloadPolicies).toEqual({
      applied: true,
      newlyLive: ['payment-terms'],
      problems: [],
      decision: { id: expect.any(String), mutation: 'reloadPolicies', outcome: 'APPROVED', actorId: 'test-risk_officer' },
    });
    expect((await history())[0]).toMatchObject({
      kind: 'LOADED',
      name: 'payment-terms',
      version: '2026.1-audit',
      changedBy: 'alice@risk-office',
      reloadedBy: 'test-risk_officer',
    });
  });

  it('records who reloaded a refused change, and refuses an empty changedBy', async () => {
    editPolicy(rulesDir, 'payment-terms.json', (policy) => {
      policy.version = '2026.1-blank-author';
      policy.changedBy = ' ';
    });
    const { reloadPolicies } = await app.ok(ReloadPoliciesDocument, {}, { role: Role.ADMIN });
    expect(reloadPolicies.applied).toBe(false);
    expect(reloadPolicies.problems).toEqual([expect.stringMatching(/payment-terms\.json:\d+ \/changedBy: must name who authored this version/)]);
    expect((await history())[0]).toMatchObject({ kind: 'REFUSED', reloadedBy: 'test-admin', changedBy: null });
  });

  it('lets risk officers and admins only reload', async () => {
    const response = await app.gql(ReloadPoliciesDocument, {}, { role: Role.OPERATOR });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('records system:file-watcher for a change the watcher picks up', async () => {
    app.policy.watch(50);
    try {
      editPolicy(rulesDir, 'payment-terms.json', (policy) => {
        policy.version = '2026.1-watched';
        policy.changedBy = 'bob@risk-office';
      });
      // Poll the history (the watcher debounces, then reads and checks the whole folder).
      const latest = await eventually(async () => {
        const [newest] = await history();
        return newest.version === '2026.1-watched' && newest;
      }, 50);
      expect(latest).toMatchObject({ kind: 'LOADED', changedBy: 'bob@risk-office', reloadedBy: 'system:file-watcher' });
    } finally {
      app.policy.stopWatching();
    }
  });
});
