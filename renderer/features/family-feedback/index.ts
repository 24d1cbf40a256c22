/** Public surface of the family feedback feature: the chart tab, and the forms a family session attaches. */
export { FamilyFeedbackSection } from './components/FamilyFeedbackSection';
export { FamilyFeedbackForm } from './components/FamilyFeedbackForm';
export { useFamilyFeedback } from './useFamilyFeedback';
export { familyFeedbackSummary, type FamilyFeedback } from './family-records';
export { familyFeedbackFeature } from './feature';
