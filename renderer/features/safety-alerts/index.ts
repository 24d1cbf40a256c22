/** Public surface of the safety alerts feature: the chart banner, the list's alert hook, open alerts and the alert rules. */
export { SafetyAlertBanner } from './components/SafetyAlertBanner';
export { useSafetyAlertClientIds } from './useSafetyAlertClientIds';
// A note for a client with an open alert needs its risk level before signing.
export { findOpenSafetyAlertResponses, findOpenSafetyAlerts, useOpenSafetyAlerts } from './useOpenSafetyAlerts';
// A signed safety plan answers the open alert (features/safety-plans); its review prompt reads the alerting responses.
export { alertReason, raisesSafetyAlert } from './safety-alerts';
// The review evidence (renderer/progress) reads which alerts are answered.
export { toSafetyAcks } from './safety-alerts';
// Measures (features/measures) flag alerting responses, show the acknowledgements and sign new ones.
export { AckHistory } from './components/AckHistory';
export { ackActionLabel, ackHash, activeAlerts, type AckAction, type SafetyAck } from './safety-alerts';
export { safetyAlertsFeature } from './feature';
