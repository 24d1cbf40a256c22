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
export { hasDataFor } from './plan-text';
// Editor building blocks for other versioned plans (safety, relapse prevention): fields by path with the domain
// validation's message at the field, a named group with a confirmed remove, and path helpers.
export {
  PlanFieldsContext,
  fieldsApi,
  PlanText,
  PlanTextarea,
  PlanLines,
  PlanDate,
  PlanNumber,
  PlanSelect,
  type PlanFieldsApi,
} from './components/plan-fields';
export { PlanItem } from './components/PlanItem';
export { PlanSaveStatus } from './components/PlanSaveStatus';
export { SignaturesPanel } from './components/SignaturesPanel';
export { getIn, setIn, updateListIn, errorsUnder } from './plan-paths';
