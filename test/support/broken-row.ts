/** A row the API could never create, for tests of the internal-error path. */
import { Customer, RiskTier } from '../../src/modules/customer/customer.entity';
import type { TestApp } from './test-app';

/** A customer without its exposure row: reading Customer.exposure then fails internally. */
export async function customerWithoutExposure(app: TestApp): Promise<string> {
  const em = app.orm.em.fork();
  const customer = em.create(Customer, {
    name: 'Broken Row Ltd',
    registrationNumber: `BROKEN-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    country: 'GB',
    currency: 'GBP',
    monthlySalesMinor: 0,
    relationshipStart: '2020-01-01',
    grade: 5,
    riskTier: RiskTier.B,
  });
  await em.flush();
  return customer.id;
}
