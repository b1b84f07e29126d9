/** The exposure module's request loaders (src/app/context.ts `Loaders`). */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { perParentPageLoader } from '../../app/batch-loaders';
import { receivableSumsByCustomer } from '../invoice';
import { Exposure, LimitDecision } from './exposure.entity';

export interface ExposureFigures {
  exposure: Exposure;
  outstandingMinor: number;
  /** Insured part of the outstanding (credit insurance); absent: not asked, shown as 0. */
  insuredMinor?: number;
  /** Invoices held for a referral (ON_HOLD); absent: not asked, shown as 0. */
  heldMinor?: number;
}

export function exposureLoaders(em: EntityManager) {
  return {
    /** The exposure row and the outstanding of open invoices, per customer id. */
    exposureFigures: new DataLoader<string, ExposureFigures | null>(async (customerIds) => {
      const exposures = await em.find(Exposure, { customer: { $in: [...customerIds] } });
      const sums = await receivableSumsByCustomer(em, customerIds);
      const byCustomer = new Map(exposures.map((exposure) => [exposure.customer.id, exposure]));
      return customerIds.map((id) => {
        const exposure = byCustomer.get(id);
        const { outstandingMinor, insuredMinor, heldMinor } = sums.get(id) ?? { outstandingMinor: 0, insuredMinor: 0, heldMinor: 0 };
        return exposure ? { exposure, outstandingMinor, insuredMinor, heldMinor } : null;
      });
    }),

    /** Decisions on a credit limit, newest first. */
    limitHistory: perParentPageLoader<LimitDecision>(em, { entity: LimitDecision, parentProperty: 'exposure', orderBy: ['sequence', 'id'], direction: 'desc' }),
  };
}

declare module '../../app/context' {
  interface Loaders extends ReturnType<typeof exposureLoaders> {}
}
