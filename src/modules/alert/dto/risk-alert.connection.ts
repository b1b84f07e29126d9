/** The Relay connection of risk alerts: every list of them in the schema uses this one type. */
import { Connection } from '../../../app/pagination';
import { RiskAlertView } from './risk-alert.view';

export const RiskAlertConnection = Connection(RiskAlertView, 'RiskAlert');
