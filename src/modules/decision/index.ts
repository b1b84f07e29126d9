/** The decision module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { countDecisions, streamDecisions } from './decision-history';
export type { HistoryRange } from './decision-history';
export { DecisionPreview, FiredRuleView, toFiredRuleViews } from './decision.types';
