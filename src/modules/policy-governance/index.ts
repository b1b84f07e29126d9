/** The policy-governance module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { PolicyVersionRecord } from './policy-version.entity';
