/** The claim module's request loaders (src/app/context.ts `Loaders`). */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { groupedBy, perParentPageLoader } from '../../app/batch-loaders';
import { Claim, ClaimLine } from './claim.entity';

export function claimLoaders(em: EntityManager) {
  return {
    /** The lines of each claim (its invoices and insured losses). */
    claimLines: new DataLoader<string, ClaimLine[]>(async (claimIds) => {
      const lines = await em.find(ClaimLine, { claim: { $in: [...claimIds] } }, { orderBy: { id: 'asc' } });
      return groupedBy(claimIds, lines, (line) => line.claim.id);
    }),

    claimsOfCustomer: perParentPageLoader<Claim>(em, { entity: Claim, parentProperty: 'customer', orderBy: ['filedOn', 'id'], direction: 'desc' }),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof claimLoaders> {}
}
