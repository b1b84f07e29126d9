/**
 * The benchmark dataset, written straight through the ORM (one flush) instead of through the API:
 * seeding 2,000 invoices via issueInvoice would take longer than the benchmark itself, and what we
 * measure is reading and issuing, not onboarding.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { Customer, CustomerStatus, RiskTier } from '../../src/modules/customer/customer.entity';
import { Exposure } from '../../src/modules/exposure/exposure.entity';
import { Invoice, InvoiceStatus } from '../../src/modules/invoice/invoice.entity';
import { Payment } from '../../src/modules/payment/payment.entity';
import { addDays } from '../../src/shared/dates';
import { eventsOfType } from '../../src/policy/decision';
import type { PolicySet } from '../../src/policy/policy-set';

export const DATASET = { customers: 200, invoicesPerCustomer: 10 } as const;

/** So large that no issued invoice ever hits the limit check: the bench measures approvals. */
const CREDIT_LIMIT_MINOR = 1_000_000_000_000;

export interface SeededData {
  customerIds: string[];
  invoices: number;
  payments: number;
}

/** The tier the scorecard policy gives a grade (the bands are policy data, not bench code). */
async function tierOfGrade(policy: PolicySet, grade: number, today: string): Promise<RiskTier> {
  const facts = { grade, country: 'DE', currency: 'EUR', industry: '', monthlySalesMinor: 50_000_000, relationshipYears: 5 };
  const decision = await policy.decide('createCustomer', facts, today);
  return eventsOfType(decision, 'assign-risk-tier')[0].tier as RiskTier;
}

export async function seedDataset(em: EntityManager, policy: PolicySet, today: string, now: Date): Promise<SeededData> {
  // Grades 1..8 only: the riskiest grades pay up front, a different path we do not bench.
  const tiers = new Map<number, RiskTier>();
  for (let grade = 1; grade <= 8; grade += 1) tiers.set(grade, await tierOfGrade(policy, grade, today));
  const customerIds: string[] = [];
  let invoices = 0;
  let payments = 0;
  for (let c = 0; c < DATASET.customers; c += 1) {
    const key = String(c + 1).padStart(3, '0');
    const grade = (c % 8) + 1;
    const customer = em.create(Customer, {
      name: `Bench Buyer ${key} GmbH`,
      registrationNumber: `BENCH-${key}`,
      country: 'DE',
      currency: 'EUR',
      monthlySalesMinor: 50_000_000,
      relationshipStart: '2019-06-01',
      grade,
      riskTier: tiers.get(grade)!,
      status: CustomerStatus.ACTIVE,
      createdAt: now,
      updatedAt: now,
    });
    em.create(Exposure, { customer, currency: 'EUR', creditLimitMinor: CREDIT_LIMIT_MINOR, updatedAt: now });
    customerIds.push(customer.id);

    // 8 to 12 invoices (10 on average), so pages and counts differ between customers.
    const count = DATASET.invoicesPerCustomer - 2 + (c % 5);
    for (let i = 0; i < count; i += 1) {
      const amountMinor = 100_000 + ((c * 37 + i * 101) % 50) * 10_000;
      const issueDate = addDays(today, -(i * 9 + (c % 7)));
      // Every third invoice is partly paid, every seventh paid in two instalments.
      const paidParts = i % 7 === 6 ? [amountMinor / 2, amountMinor / 2] : i % 3 === 1 ? [amountMinor / 4] : [];
      const paidMinor = paidParts.reduce((sum, part) => sum + part, 0);
      const invoice = em.create(Invoice, {
        number: `BENCH-${key}-${String(i + 1).padStart(2, '0')}`,
        customer,
        currency: 'EUR',
        amountMinor,
        outstandingMinor: amountMinor - paidMinor,
        issueDate,
        termDays: 30,
        dueDate: addDays(issueDate, 30),
        status: paidMinor === 0 ? InvoiceStatus.OPEN : paidMinor === amountMinor ? InvoiceStatus.PAID : InvoiceStatus.PARTLY_PAID,
        createdAt: now,
        updatedAt: now,
      });
      invoices += 1;
      paidParts.forEach((part, p) => {
        em.create(Payment, { invoice, currency: 'EUR', amountMinor: part, receivedOn: addDays(issueDate, 10 + p * 5), createdAt: now });
        payments += 1;
      });
    }
  }
  await em.flush();
  return { customerIds, invoices, payments };
}
