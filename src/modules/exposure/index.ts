/** The exposure module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { CreditLimitOutcome } from './dto/credit-limit.types';
export { Exposure, LimitDecision, LimitDecisionKind } from './exposure.entity';
export { ExposureView } from './exposure.view';
export { exposureLoaders } from './exposure.loaders';
export { heldLimitApplier } from './credit-limit.service';
