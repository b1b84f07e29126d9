/** The insurance module's request loaders (src/app/context.ts `Loaders`). */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { byIdLoader } from '../../app/batch-loaders';
import { InsuranceCover, InsurancePolicy } from './insurance-policy.entity';

export function insuranceLoaders(em: EntityManager) {
  return {
    /** Insurance covers by id, with their insurance policy (Invoice.insurance). */
    insuranceCover: new DataLoader<string, InsuranceCover | null>(async (ids) => {
      const covers = await em.find(InsuranceCover, { id: { $in: [...ids] } }, { populate: ['policy'] });
      const byId = new Map(covers.map((cover) => [cover.id, cover]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    insurancePolicy: byIdLoader(em, InsurancePolicy),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof insuranceLoaders> {}
}
