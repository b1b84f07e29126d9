/** The collections module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { runCollectionCycle } from './collections.service';
export type { CollectionCycleDependencies, CollectionCycleResult } from './collections.service';
export { CollectionScheduler, COLLECTIONS_SCHEDULER_ACTOR_ID } from './collections.scheduler';
