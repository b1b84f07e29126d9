/**
 * Which customers each partner organisation may see, as this instance knows it. The alert feed
 * refreshes it before handing out each batch of alerts, so a grant or a revocation is respected from
 * the next alert on, for every live subscriber.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { PartnerAccess } from './partner-access.entity';

export class PartnerDirectory {
  private customersOf = new Map<string, Set<string>>();

  constructor(private readonly em: EntityManager) {}

  async refresh(): Promise<void> {
    const rows: Array<{ organisation_id: string; customer_id: string }> = await this.em
      .fork()
      .createQueryBuilder(PartnerAccess)
      .select(['organisationId', 'customer'])
      .execute('all', false);
    const next = new Map<string, Set<string>>();
    for (const row of rows) {
      const customers = next.get(row.organisation_id) ?? new Set<string>();
      customers.add(row.customer_id);
      next.set(row.organisation_id, customers);
    }
    this.customersOf = next;
  }

  maySee(organisationId: string, customerId: string | null): boolean {
    return customerId !== null && (this.customersOf.get(organisationId)?.has(customerId) ?? false);
  }
}
