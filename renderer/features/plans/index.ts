/** Public surface of the plans feature: the chart tab, and the plan pieces other features reuse. */
export { plansFeature } from './feature';
export { PlanView } from './components/PlanView';
export { ObjectiveProgressLine } from './components/ObjectiveProgressLine';
export { CompareVersions } from './components/CompareVersions';
export { usePlanVersions, useObjectiveData, measurePointsOf } from './usePlanData';
export { usePlanActions, type PlanActions } from './usePlanActions';
export { targetText, progressDetail } from './plan-text';
export { currentPlanVersions } from './plan-versions';
export { OpenPlanBanner } from './components/OpenPlanBanner';
