/** Public surface of the medications feature: the chart tab, the caseload page, the list badge and symptom-chart markers. */
export { MedicationsSection } from './components/MedicationsSection';
export { medicationChanges, type MedicationChange } from './medication-chart-data';
export { AdherenceAlertBanner } from './components/AdherenceBanner';
export { useMedicationMarkers, type MedicationMarker } from './useMedicationMarkers';
export { useLowAdherenceClientIds } from './useLowAdherenceClientIds';
export { CaseloadPage } from './components/CaseloadPage';
export { KeptVisitNote } from './components/KeptVisitNote';
export { medicationsFeature } from './feature';
