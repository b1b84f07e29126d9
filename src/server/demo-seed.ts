/**
 * A small, clearly marked demo portfolio (names end in "(demo)", registration numbers start with
 * DEMO-) so a newcomer can query at once: customers in every risk tier, invoices in every collection
 * stage, partial payments and a claim. Customers, invoices, payments and collection stages go through
 * the same services and policy as real ones; only the claim (filing arrives with the insurance work)
 * is written directly.
 *
 * All or nothing: the seed is one transaction, so a seed that fails leaves no row behind (and start-up
 * says so). What the live policy refuses (a risk officer may have tightened it) is skipped with a
 * warning naming it and the decision, and the seed goes on with the rest.
 */
import type { ForkOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { Claim, ClaimCause } from '../modules/claim/claim.entity';
import { runCollectionCycle } from '../modules/collections/collections.service';
import { CreditOutlook, Customer } from '../modules/customer/customer.entity';
import { createCustomer } from '../modules/customer/customer.service';
import { setFxRate } from '../modules/fx/fx.service';
import { InsuredRisk } from '../modules/insurance/insurance-policy.entity';
import { createInsurancePolicy, requestInsuredLimit } from '../modules/insurance/insurance.service';
import { Invoice } from '../modules/invoice/invoice.entity';
import { issueInvoice } from '../modules/invoice/invoice.service';
import { requestCreditLimit } from '../modules/exposure/credit-limit.service';
import { Exposure } from '../modules/exposure/exposure.entity';
import { receivableSumsByCustomer } from '../modules/invoice/invoice.service';
import { grantPartnerAccess } from '../modules/partner/partner-access.service';
import { DecisionOutcome } from '../policy/decision';
import { fromMinorUnits } from '../shared/money';
import { recordPayment } from '../modules/payment/payment.service';
import type { PolicyService } from '../policy/policy.service';
import { systemActor } from '../app/actor';
import { createRequestContext } from '../app/context';
import { createLoaders } from './loaders';
import { wireReferrals } from './referral-wiring';
import { businessDate, type Clock } from '../shared/clock';
import { addDays } from '../shared/dates';
import { PolicyRejectedError } from '../shared/errors';
import { StartupError } from '../shared/startup-error';

/** The demo partner organisation (a bank financing receivables): sees the customers DEMO_PARTNER_CUSTOMERS names. */
export const DEMO_PARTNER_ORGANISATION = 'demo-partner-bank';
const DEMO_PARTNER_CUSTOMERS = ['001', '003'];

interface DemoCustomer {
  key: string;
  name: string;
  country: string;
  currency: string;
  language: string;
  industry: string;
  monthlySales: string;
  /** The grade the shipped scorecard gives the figures below (asserted by the demo-seed test). */
  grade: number;
  yearsAgo: number;
  financials: { equityRatio: number; registeredCapital: string; foundedYearsAgo: number | null; openLitigations: number; outlook: CreditOutlook };
}

const report = (equityRatio: number, registeredCapital: string, foundedYearsAgo: number | null, openLitigations: number, outlook: CreditOutlook) => ({
  equityRatio,
  registeredCapital,
  foundedYearsAgo,
  openLitigations,
  outlook,
});
const { POSITIVE, STABLE, NEGATIVE } = CreditOutlook;

const CUSTOMERS: DemoCustomer[] = [
  { key: '001', name: 'Nordwind Maschinenbau GmbH', country: 'DE', currency: 'EUR', language: 'de', industry: 'Machinery', monthlySales: '900000.00', grade: 2, yearsAgo: 6, financials: report(0.45, '1000000.00', 20, 3, POSITIVE) },
  { key: '002', name: 'Lumière Distribution SAS', country: 'FR', currency: 'EUR', language: 'fr', industry: 'Wholesale', monthlySales: '400000.00', grade: 3, yearsAgo: 1, financials: report(0.45, '1000000.00', 7, 1, STABLE) },
  { key: '003', name: 'Iberia Components SL', country: 'ES', currency: 'EUR', language: 'es', industry: 'Automotive parts', monthlySales: '600000.00', grade: 5, yearsAgo: 4, financials: report(0.3, '200000.00', 7, 3, STABLE) },
  { key: '004', name: 'Shanghai Bright Textiles Co., Ltd.', country: 'CN', currency: 'USD', language: 'zh', industry: 'Textiles', monthlySales: '750000.00', grade: 4, yearsAgo: 3, financials: report(0.3, '200000.00', 7, 1, POSITIVE) },
  { key: '005', name: 'Thames Retail Supplies Ltd', country: 'GB', currency: 'GBP', language: 'en', industry: 'Retail', monthlySales: '300000.00', grade: 6, yearsAgo: 2, financials: report(0.15, '200000.00', 3, 1, STABLE) },
  { key: '006', name: 'Adriatic Foods d.o.o.', country: 'HR', currency: 'EUR', language: 'en', industry: 'Food', monthlySales: '200000.00', grade: 7, yearsAgo: 1, financials: report(0.15, '50000.00', 3, 3, STABLE) },
  { key: '007', name: 'Baltic Timber UAB', country: 'LT', currency: 'EUR', language: 'en', industry: 'Construction', monthlySales: '150000.00', grade: 8, yearsAgo: 0, financials: report(0.15, '10000.00', 3, 3, NEGATIVE) },
  { key: '008', name: 'Pampas Agro S.A.', country: 'AR', currency: 'USD', language: 'es', industry: 'Agriculture', monthlySales: '100000.00', grade: 9, yearsAgo: 0, financials: report(0.05, '10000.00', 3, 3, STABLE) },
];

/**
 * Invoices of the tier B customer Iberia, issued so that with the shipped 30-day term the ladder puts
 * one in every collection stage (not due, reminder, phone follow-up, formal demand, legal).
 */
const LADDER_INVOICES: Array<{ number: string; amount: string; daysAgo: number; paid?: string }> = [
  { number: 'DEMO-INV-3001', amount: '12000.00', daysAgo: 5 },
  { number: 'DEMO-INV-3002', amount: '8000.00', daysAgo: 28 },
  { number: 'DEMO-INV-3003', amount: '15000.00', daysAgo: 35, paid: '5000.00' },
  { number: 'DEMO-INV-3004', amount: '9500.00', daysAgo: 48 },
  { number: 'DEMO-INV-3005', amount: '21000.00', daysAgo: 75 },
];

/** Demo exchange rates into EUR (units of EUR per unit of the currency). */
const DEMO_FX_RATES_TO_EUR: Array<[string, string]> = [
  ['USD', '0.92'],
  ['GBP', '1.17'],
];

export interface SeedDependencies {
  em: EntityManager;
  policy: PolicyService;
  clock: Clock;
  logger: Logger;
  /** The currency of rules/credit-authority.json (BASE_CURRENCY): referred demo requests are held with it. */
  baseCurrency?: string;
}

export interface SeedResult {
  customers: number;
  invoices: number;
  /** Requests the live policy referred: held for a person in the referral inbox. */
  referrals: number;
  /** What the live policy refused, each logged with its decision. */
  skipped: string[];
}

/**
 * Seeds the demo portfolio if the database has no customer, in one transaction. A failure rolls all
 * of it back and is reported as a StartupError (one line: what failed, and that nothing was seeded).
 */
export async function seedDemoPortfolioIfEmpty(deps: SeedDependencies): Promise<SeedResult | null> {
  try {
    return await deps.em.transactional(async (tx) => {
      if ((await tx.count(Customer, {})) > 0) return null;
      return seedDemoPortfolio({ ...deps, em: forksKeepTransaction(tx) });
    });
  } catch (error) {
    // One line whatever failed (a database error's message may span several).
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    throw new StartupError(`the demo seed failed and was rolled back, nothing of it is in the database: ${reason} (SEED_DEMO=false starts without the demo)`);
  }
}

/**
 * The services the seed calls fork their entity manager (a clean identity map per request or batch);
 * forks of this one stay in its transaction, so every write of the seed commits or rolls back with it.
 */
function forksKeepTransaction(em: EntityManager): EntityManager {
  const fork = em.fork.bind(em);
  return Object.assign(em, { fork: (options: ForkOptions = {}) => forksKeepTransaction(fork({ ...options, keepTransactionContext: true })) });
}

async function seedDemoPortfolio(deps: SeedDependencies): Promise<SeedResult> {
  const ctx = createRequestContext({ ...deps, referrals: wireReferrals(deps.baseCurrency), createLoaders }, systemActor('demo-seed'));
  const today = businessDate(deps.clock);
  const skipped: string[] = [];
  /** Runs one step; a refusal of the live policy skips it (its decision is recorded, as for any request) instead of failing the seed. */
  const ifAllowed = async <T>(what: string, step: () => Promise<T>): Promise<T | null> => {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof PolicyRejectedError)) throw error;
      skipped.push(what);
      deps.logger.warn({ skipped: what, decisionId: error.details.decisionId, outcome: error.details.outcome }, `demo seed: ${what} skipped: ${error.message}`);
      return null;
    }
  };
  const skipBecause = (what: string, missing: string) => {
    skipped.push(what);
    deps.logger.warn({ skipped: what }, `demo seed: ${what} skipped: ${missing} was not seeded`);
  };

  const ids = new Map<string, string>();
  for (const demo of CUSTOMERS) {
    const created = await ifAllowed(`customer ${demo.name} (DEMO-${demo.key})`, () =>
      createCustomer(ctx, {
        name: `${demo.name} (demo)`,
        registrationNumber: `DEMO-${demo.key}`,
        country: demo.country,
        currency: demo.currency,
        language: demo.language,
        industry: demo.industry,
        monthlySales: demo.monthlySales,
        relationshipStart: addDays(today, -365 * demo.yearsAgo - 30),
        financials: {
          ...demo.financials,
          foundedOn: demo.financials.foundedYearsAgo === null ? null : addDays(today, -366 * demo.financials.foundedYearsAgo - 30),
        },
      }),
    );
    if (created) ids.set(demo.key, created.customer.id);
  }
  /** The id of a seeded demo customer, or null (with a warning) for one the policy refused. */
  const customerFor = (key: string, what: string) => {
    const id = ids.get(key) ?? null;
    if (id === null) skipBecause(what, `customer DEMO-${key}`);
    return id;
  };

  // Credit insurance: a whole-turnover policy with the default terms of rules/claims.json, and cover
  // on two customers (named for tier A/B as rules/insurance-cover.json says), before their invoices.
  const insurance = await ifAllowed('insurance policy DEMO-CI-001', () =>
    createInsurancePolicy(ctx, {
      insurer: 'Demo Credit Insurer (demo)',
      number: 'DEMO-CI-001',
      country: 'DE',
      periodStart: addDays(today, -180),
      periodEnd: addDays(today, 185),
      coveredRisks: [InsuredRisk.INSOLVENCY, InsuredRisk.PROTRACTED_DEFAULT, InsuredRisk.POLITICAL, InsuredRisk.EXTENDED_TERMS],
    }),
  );
  for (const [key, amount] of [['001', '60000.00'], ['003', '20000.00']] as const) {
    const what = `insured limit of ${amount} on customer DEMO-${key}`;
    const customerId = customerFor(key, what);
    if (!customerId) continue;
    if (!insurance) skipBecause(what, 'insurance policy DEMO-CI-001');
    else await ifAllowed(what, () => requestInsuredLimit(ctx, { insurancePolicyId: insurance.insurancePolicy.id, customerId, amount }));
  }

  let invoices = 0;
  const issue = async (key: string, number: string, amount: string, daysAgo: number) => {
    const demo = CUSTOMERS.find((c) => c.key === key)!;
    const what = `invoice ${number} of ${amount} ${demo.currency}`;
    const customerId = customerFor(key, what);
    if (!customerId) return null;
    const issued = await ifAllowed(what, () => issueInvoice(ctx, { customerId, number, amount, currency: demo.currency, issueDate: addDays(today, -daysAgo) }));
    if (issued) invoices += 1;
    return issued?.invoice ?? null;
  };

  // Current invoices for the healthy customers.
  await issue('001', 'DEMO-INV-1001', '45000.00', 10);
  await issue('001', 'DEMO-INV-1002', '30000.00', 3);
  await issue('002', 'DEMO-INV-2001', '18000.00', 12);
  await issue('004', 'DEMO-INV-4001', '52000.00', 20);
  await issue('005', 'DEMO-INV-5001', '14000.00', 9);
  await issue('006', 'DEMO-INV-6001', '6000.00', 4);
  await issue('007', 'DEMO-INV-7001', '4000.00', 2);
  await issue('008', 'DEMO-INV-8001', '2500.00', 1);

  for (const ladder of LADDER_INVOICES) {
    const invoice = await issue('003', ladder.number, ladder.amount, ladder.daysAgo);
    if (ladder.paid && invoice) {
      const { id, dueDate } = invoice;
      await ifAllowed(`payment of ${ladder.paid} on invoice ${ladder.number}`, () =>
        recordPayment(ctx, { invoiceId: id, amount: ladder.paid!, currency: 'EUR', receivedOn: addDays(dueDate, 3) }),
      );
    }
  }

  // Reference rates into EUR, so portfolio(currency: "EUR") can report the USD and GBP customers.
  // (Demo figures: set real ones with setFxRate.)
  for (const [from, rate] of DEMO_FX_RATES_TO_EUR) {
    await ifAllowed(`FX rate ${from}->EUR`, () => setFxRate(ctx, { from, to: 'EUR', rate, effectiveDate: addDays(today, -90) }));
  }

  // Stages and the supply suspension come from the collections ladder in rules/, as in production.
  await runCollectionCycle({ em: deps.em, policy: deps.policy, clock: deps.clock, actorId: ctx.actor.id }, today);
  const em = deps.em.fork();
  const legal = await em.findOne(Invoice, { number: 'DEMO-INV-3005' });
  if (!legal) {
    skipBecause('the demo claim', 'invoice DEMO-INV-3005');
  } else {
    em.create(Claim, {
      customer: legal.customer,
      invoice: legal,
      cause: ClaimCause.PROTRACTED_DEFAULT,
      currency: legal.currency,
      amountMinor: legal.outstandingMinor,
      filedOn: today,
      note: 'Demo claim: protracted default on the oldest overdue invoice.',
      createdAt: deps.clock.now(),
    });
    await em.flush();
  }

  // A partner portal to try partner tokens with (npm start prints one for this organisation).
  for (const key of DEMO_PARTNER_CUSTOMERS) {
    const what = `partner access of ${DEMO_PARTNER_ORGANISATION} to customer DEMO-${key}`;
    const customerId = customerFor(key, what);
    if (customerId) await ifAllowed(what, () => grantPartnerAccess(ctx, { organisationId: DEMO_PARTNER_ORGANISATION, customerId }));
  }

  // Open referrals for the risk officers' inbox, through the real mutations: whatever the live
  // policy answers is seeded as it answers (held for a person, granted, or refused and skipped).
  let referrals = 0;
  const lumiere = customerFor('002', 'the demo referrals');
  if (lumiere) {
    const exposure = await deps.em.fork().findOneOrFail(Exposure, { customer: lumiere });
    const outstandingMinor = (await receivableSumsByCustomer(deps.em.fork(), [lumiere])).get(lumiere)?.outstandingMinor ?? 0;
    // A little over what is left of the limit (demo figure: 50.00 over).
    const overshoot = fromMinorUnits(exposure.creditLimitMinor - outstandingMinor + 5_000, 'EUR');
    const held = await ifAllowed(`invoice DEMO-INV-2002 of ${overshoot} EUR`, () => issueInvoice(ctx, { customerId: lumiere, number: 'DEMO-INV-2002', amount: overshoot, currency: 'EUR' }));
    if (held?.decision.outcome === DecisionOutcome.REFERRED) referrals += 1;
    else if (held) invoices += 1;
    // Four months of sales as a credit limit: more than the policy grants alone.
    const limit = await ifAllowed('credit limit of 1600000.00 EUR on customer DEMO-002', () => requestCreditLimit(ctx, { customerId: lumiere, amount: '1600000.00' }));
    if (limit?.decision.outcome === DecisionOutcome.REFERRED) referrals += 1;
  }
  return { customers: ids.size, invoices, referrals, skipped };
}
