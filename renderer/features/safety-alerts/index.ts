/**
 * Public surface of the safety alerts feature: the chart banner, the list's alert hook, open alerts and signing a
 * response. The alert rules themselves are pure, in shared/instruments (safety-alerts.ts).
 */
export { SafetyAlertBanner } from './components/SafetyAlertBanner';
export { useSafetyAlertClientIds } from './useSafetyAlertClientIds';
// A note for a client with an open alert needs its risk level before signing.
export { findOpenSafetyAlertResponses, findOpenSafetyAlerts, useOpenSafetyAlerts } from './useOpenSafetyAlerts';
// A signed safety plan answers the open alert (features/safety-plans).
export { acknowledgeSafetyAlert, type AckInput } from './safety-ack-actions';
// The caseload dashboard (features/dashboard) lists the open alerts.
export { activeSafetyAlerts, type SafetyAckRecord } from './caseload-alerts';
export { safetyAlertsFeature } from './feature';
