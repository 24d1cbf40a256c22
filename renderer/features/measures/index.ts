/** Public surface of the measures feature: the chart's measures section and the client list's alert and due hooks. */
export { MeasuresSection } from './components/MeasuresSection';
export { SafetyAlertBanner } from './components/SafetyAlertBanner';
export { DueBadges } from './components/DueBadges';
export { useSafetyAlertClientIds } from './useSafetyAlertClientIds';
// A note for a client with an open alert needs its risk level before signing.
export { findOpenSafetyAlertResponses, findOpenSafetyAlerts, useOpenSafetyAlerts } from './useOpenSafetyAlerts';
// A signed safety plan answers the open alert (features/safety-plans); its review prompt reads the alerting responses.
export { acknowledgeSafetyAlert } from './measure-actions';
export { alertReason, raisesSafetyAlert } from './safety-alerts';
export { toMeasureResponses, type MeasureResponse } from './measure-records';
// The review evidence (renderer/progress) reads which alerts are answered.
export { toSafetyAcks } from './safety-alerts';
export { useMeasuresDue } from './useMeasuresDue';
export { MeasuresSettingsPage } from './MeasuresSettingsPage';
export { measuresFeature } from './feature';
export { activeSafetyAlerts, currentMeasures, type SafetyAckRecord } from './caseload-reads';
// Reports and exports read the current (not superseded) administrations, dated in the clinic's day.
export { currentResponses } from './measure-records';
export { localDayOf } from './useMeasuresDue';
// Check-in trends (features/check-ins) offer the same ranges as the trajectories.
export { RANGES, type TrajectoryRange } from './trajectory-chart-data';
export { RangeChoice } from './components/RangeChoice';
