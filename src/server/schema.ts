/** The GraphQL schema, code first. Its SDL is checked in at schema/schema.graphql: the public contract. */
import { AlertResolver } from '../modules/alert/alert.resolver';
import { PartnerAccessResolver } from '../modules/partner/partner-access.resolver';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { ClaimLineResolver, ClaimResolver } from '../modules/claim/claim.resolver';
import { InsuranceCoverResolver, InsuranceResolver, InvoiceInsuranceResolver } from '../modules/insurance/insurance.resolver';
import { CollectionsResolver } from '../modules/collections/collections.resolver';
import { CustomerResolver } from '../modules/customer/customer.resolver';
import { DecisionResolver } from '../modules/decision/decision.resolver';
import { ExposureResolver } from '../modules/exposure/exposure.resolver';
import { InvoiceResolver } from '../modules/invoice/invoice.resolver';
import { LettersResolver } from '../modules/letters/letters.resolver';
import { TermExtensionResolver } from '../modules/term-extension/term-extension.resolver';
import { PaymentResolver } from '../modules/payment/payment.resolver';
import { PolicyResolver } from '../modules/policy-governance/policy.resolver';
import { FxRateResolver } from '../modules/fx/fx.resolver';
import { PortfolioResolver } from '../modules/portfolio/portfolio.resolver';
import { CustomerReferralsResolver, DecisionReferralResolver, InvoiceReferralResolver, ReferralResolver } from '../modules/referral/referral.resolver';
import { authChecker } from './auth-checker';

export const SCHEMA_FILE = 'schema/schema.graphql';

const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('topic pub/sub is not used: subscriptions stream from the alert outbox');
  },
  subscribe: () => {
    throw new Error('topic pub/sub is not used: subscriptions stream from the alert outbox');
  },
};

let built: Promise<GraphQLSchema> | undefined;

export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [CustomerResolver, ExposureResolver, InvoiceResolver, PaymentResolver, ClaimResolver, DecisionResolver, PolicyResolver, CollectionsResolver, FxRateResolver, PortfolioResolver, LettersResolver, TermExtensionResolver, AlertResolver, PartnerAccessResolver, InsuranceResolver, InsuranceCoverResolver, InvoiceInsuranceResolver, ClaimLineResolver, ReferralResolver, CustomerReferralsResolver, InvoiceReferralResolver, DecisionReferralResolver],
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    // type-graphql insists on a pub/sub, but no subscription here uses topics: riskAlerts streams
    // from the alert outbox (src/modules/alert/alert-feed.ts), which survives reconnects and instances.
    pubSub: NO_TOPICS,
  });
  return built;
}

/** The SDL as checked in: sorted, so the file diff shows real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
