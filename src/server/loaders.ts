/** The request's loaders: each module's, put together (src/app/context.ts `Loaders`). */
import type { EntityManager } from '@mikro-orm/knex';
import type { Loaders } from '../app/context';
import { claimLoaders } from '../modules/claim';
import { customerLoaders } from '../modules/customer';
import { exposureLoaders } from '../modules/exposure';
import { insuranceLoaders } from '../modules/insurance';
import { invoiceLoaders } from '../modules/invoice';
import { paymentLoaders } from '../modules/payment';
import { referralLoaders } from '../modules/referral';
import { termExtensionLoaders } from '../modules/term-extension';

export function createLoaders(em: EntityManager): Loaders {
  return {
    ...customerLoaders(em),
    ...invoiceLoaders(em),
    ...exposureLoaders(em),
    ...paymentLoaders(em),
    ...insuranceLoaders(em),
    ...claimLoaders(em),
    ...termExtensionLoaders(em),
    ...referralLoaders(em),
  };
}
