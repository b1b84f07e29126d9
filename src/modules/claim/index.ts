/** The claim module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { ClaimConnection } from './dto/claim.connection';
export { recordRecovery } from './recovery.service';
export { claimLoaders } from './claim.loaders';
