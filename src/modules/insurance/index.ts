/** The insurance module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { reviewCountryGrades } from './country-grade-alerts.service';
export { reviewInsuranceDeadlines } from './insurance-deadlines.service';
export { InsuranceCover, InsurancePolicy, InsuredRisk } from './insurance-policy.entity';
export { heldCoverApplier, indemnityOf, insuranceAtIssue, refusalReasons } from './insurance.service';
export { insuranceLoaders } from './insurance.loaders';
