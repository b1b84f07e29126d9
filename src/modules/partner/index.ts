/** The partner module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { PartnerDirectory } from './partner-directory';
export { assertVisible, customerCondition, partnerOrganisation, seesHeldRequests } from './partner-scope';
