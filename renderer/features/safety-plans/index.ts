/** Public surface of the safety-plans feature: the feature module, the chart tab's value, and recording a safety event from an alert. */
export { safetyPlansFeature } from './feature';
export { SAFETY_PLANS_TAB } from './tab';
// The safety alert's response (features/measures) offers to record a safety event linked to the alert.
export { RecordSafetyEventFromAlert } from './components/RecordSafetyEventFromAlert';
