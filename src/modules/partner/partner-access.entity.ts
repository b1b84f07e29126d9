import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TimestampColumn } from '../../shared/columns';
import type { Customer } from '../customer';

/**
 * A partner organisation (an insurer, a bank, a collection agency) may see this customer: its risk
 * alerts, invoices, payments and claims (src/modules/partner/partner-scope.ts). Nothing is visible to a partner without one.
 */
@Entity()
@Unique({ properties: ['organisationId', 'customer'] })
export class PartnerAccess {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The `org` claim of the partner's tokens. */
  @Property({ length: 100, index: true })
  organisationId!: string;

  @ManyToOne({ entity: 'Customer', deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Property({ length: 100 })
  grantedBy!: string;

  @TimestampColumn()
  grantedAt!: Date;
}
