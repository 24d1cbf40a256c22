/** Public surface of the check-ins feature: the chart tab, the round page, and the coping skills the measures settings edit. */
export { CheckInsSection } from './components/CheckInsSection';
export { CheckInRoundPage } from './CheckInRoundPage';
// The clinic's coping-skills list is edited on /measures/settings (features/measures).
export { CopingSkillsEditor } from './components/CopingSkillsEditor';
export { useCheckInActions, useCopingSkills } from './useCheckIns';
// Family feedback (features/family-feedback) dates its forms like check-ins.
export { completedAtFor } from './checkin-records';
export { checkInsFeature } from './feature';
