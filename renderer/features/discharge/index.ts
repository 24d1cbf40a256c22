/** Public surface of the discharge feature: the feature module and the summary's hooks. */
export { dischargeFeature } from './feature';
export { useDischargeSummary } from './useDischargeSummary';
