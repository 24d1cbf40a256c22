/** Public surface of the measures feature: the chart's measures section and the client list's due hook. */
export { MeasuresSection } from './components/MeasuresSection';
export { DueBadges } from './components/DueBadges';
// A signed safety plan answers the open alert (features/safety-plans).
export { acknowledgeSafetyAlert } from './measure-actions';
export { toMeasureResponses, type MeasureResponse } from './measure-records';
export { useMeasuresDue } from './useMeasuresDue';
export { MeasuresSettingsPage } from './MeasuresSettingsPage';
export { measuresFeature } from './feature';
export { activeSafetyAlerts, currentMeasures, type SafetyAckRecord } from './caseload-reads';
// Reports and exports read the current (not superseded) administrations, dated in the clinic's day.
export { currentResponses } from './measure-records';
// The safety alert banner (features/safety-alerts) offers the C-SSRS screener and signs responses.
export { AdministerPanel, type AdministerState } from './components/AdministerPanel';
export { administrableInstruments } from './instrument-forms';
export { useClientMeasures } from './useClientMeasures';
export { useMeasureActions, type AdministrationInput } from './useMeasureActions';
