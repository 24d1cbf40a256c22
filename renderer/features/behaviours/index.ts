/** Public surface of the target-behaviours feature: the chart tab, its hooks and the section. */
export { behavioursFeature } from './feature';
export { BehavioursSection } from './components/BehavioursSection';
export { useClientBehaviours, type ClientBehaviourData } from './useBehaviours';
export { useBehaviourActions, type BehaviourActions } from './useBehaviourActions';
