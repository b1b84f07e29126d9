/** The fx module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { heldFxRateApplier, ratesInForce } from './fx.service';
export type { RateInForce } from './fx.service';
