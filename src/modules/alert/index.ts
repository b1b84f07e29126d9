/** The alert module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { lockAlertSequence } from './alert-sequence';
export { alertsFor, forEveryone, messageColumns, raiseAlert } from './raise-alert';
export type { AlertMessage, AlertSource } from './raise-alert';
export { RiskAlert } from './risk-alert.entity';
