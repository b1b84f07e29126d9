/**
 * The demo seed is all or nothing, and a policy a risk officer tightened never makes it fail: what
 * the live policy refuses is skipped with a warning naming it and its decision, the rest is seeded;
 * a write that fails mid-way leaves no row of the seed behind.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { ENTITIES } from '../../src/db/entities';
import { seedDemoPortfolioIfEmpty } from '../../src/server/demo-seed';
import { Customer } from '../../src/modules/customer/customer.entity';
import { DecisionRecord } from '../../src/app/outbox/decision-record.entity';
import { Invoice, InvoiceStatus } from '../../src/modules/invoice/invoice.entity';
import { Referral, ReferralState } from '../../src/modules/referral/referral.entity';
import { Role } from '../../src/app/actor';
import { StartupError } from '../../src/shared/startup-error';
import { CreateInsurancePolicyDocument } from '../generated/graphql';
import { editPolicy } from '../support/policy-edits';
import { startTestApp, type TestApp } from '../support/test-app';

/** A logger whose JSON lines the test reads. */
function recordingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

const seed = (app: TestApp, logger: pino.Logger) => seedDemoPortfolioIfEmpty({ em: app.orm.em.fork(), policy: app.policy, clock: app.clock, logger });

/** Rows per table, to show a failed seed left nothing behind. */
async function rowCounts(app: TestApp): Promise<Record<string, number>> {
  const em = app.orm.em.fork();
  const counts: Record<string, number> = {};
  for (const entity of ENTITIES) counts[entity.name] = await em.count(entity, {});
  return counts;
}

describe('with a credit policy that refuses invoices over 50,000.00 (a risk officer edit)', () => {
  let rulesDir: string;
  let app: TestApp;
  beforeAll(async () => {
    rulesDir = mkdtempSync(join(tmpdir(), 'arbiter-rules-'));
    cpSync('rules', rulesDir, { recursive: true });
    editPolicy(rulesDir, 'credit-limits.json', (policy) => {
      policy.version = `${policy.version}-large-invoices-by-hand`;
      policy.rules.push({
        name: 'no-invoice-over-50000',
        description: 'Invoices over 50,000.00 are rejected: a risk officer issues them by hand.',
        appliesTo: ['issueInvoice'],
        conditions: { all: [{ fact: 'invoiceAmountMinor', operator: 'greaterThan', value: 5_000_000 }] },
        event: { type: 'reject', params: { reason: 'invoices over 50,000.00 need a risk officer' } },
      } as never);
    });
    app = await startTestApp({ rulesDir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(rulesDir, { recursive: true, force: true });
  });

  it('seeds everything else and logs the refused invoice with its decision', async () => {
    const { logger, lines } = recordingLogger();
    const seeded = await seed(app, logger);

    // Two open referrals: an invoice held a little over its limit, a limit of four months' sales.
    expect(seeded).toEqual({ customers: 8, invoices: 12, referrals: 2, skipped: ['invoice DEMO-INV-4001 of 52000.00 USD'] });
    const em = app.orm.em.fork();
    expect(await em.count(Customer, {})).toBe(8);
    expect(await em.count(Invoice, { number: 'DEMO-INV-4001' })).toBe(0);
    expect(await em.count(Invoice, { status: { $ne: InvoiceStatus.ON_HOLD } })).toBe(12);
    expect(await em.count(Invoice, { number: 'DEMO-INV-2002', status: InvoiceStatus.ON_HOLD })).toBe(1);
    expect((await em.find(Referral, { state: ReferralState.OPEN })).map((referral) => referral.mutation).sort()).toEqual(['issueInvoice', 'requestCreditLimit']);

    const warnings = lines.filter((line) => line.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].msg).toMatch(/^demo seed: invoice DEMO-INV-4001 of 52000\.00 USD skipped: Invoice DEMO-INV-4001 was rejected by the credit policy: invoices over 50,000\.00 need a risk officer/);
    const decision = await em.findOneOrFail(DecisionRecord, { id: warnings[0].decisionId as string });
    expect(decision.subject).toBe('Invoice DEMO-INV-4001');
    expect(warnings[0].outcome).toBe('REJECTED');

    // A seeded database is not seeded again.
    expect(await seed(app, logger)).toBeNull();
  });
});

describe('when a write fails mid-way (an insurance policy number the seed wants is taken)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('rolls all of it back and says why in one line', async () => {
    await app.ok(
      CreateInsurancePolicyDocument,
      { input: { insurer: 'Another insurer', number: 'DEMO-CI-001', country: 'DE', periodStart: '2026-01-01', periodEnd: '2026-12-31', coveredRisks: ['INSOLVENCY'] } },
      { role: Role.RISK_OFFICER },
    );
    const before = await rowCounts(app);

    const failure = seed(app, recordingLogger().logger);
    await expect(failure).rejects.toThrow(StartupError);
    await expect(failure).rejects.toThrow(
      'the demo seed failed and was rolled back, nothing of it is in the database: Insurance policy number DEMO-CI-001 is already used (SEED_DEMO=false starts without the demo)',
    );
    // The eight customers created before the failing step are gone with the rest.
    expect(await rowCounts(app)).toEqual(before);
    expect(before.Customer).toBe(0);
  });
});
