/** Public surface of the measures feature: the chart's measures section and the client list's due hook. */
export { MeasuresSection } from './components/MeasuresSection';
export { DueBadges } from './components/DueBadges';
export { toMeasureResponses, type MeasureResponse } from './measure-records';
export { useMeasuresDue } from './useMeasuresDue';
export { MeasuresSettingsPage } from './MeasuresSettingsPage';
export { measuresFeature } from './feature';
export { currentMeasures } from './caseload-reads';
// Reports and exports read the current (not superseded) administrations, dated in the clinic's day.
export { currentResponses } from './measure-records';
// The safety alert banner (features/safety-alerts) reads the client's responses and offers the C-SSRS screener.
export { CssrsScreenerPanel } from './components/CssrsScreenerPanel';
export { useClientMeasures } from './useClientMeasures';
