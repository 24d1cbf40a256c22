/** Public surface of the safety-plans feature: the feature module, the chart tab's value. */
export { safetyPlansFeature } from './feature';
export { SAFETY_PLANS_TAB } from './tab';
