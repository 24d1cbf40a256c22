/** Public surface of the sessions feature: its pages, the chart's Sessions tab and absence alert, the list's badge. */
export { SchedulePage } from './SchedulePage';
export { SessionPage } from './SessionPage';
export { SessionFormPage } from './SessionFormPage';
export { GroupsPage } from './GroupsPage';
export { GroupFormPage } from './GroupFormPage';
export { ClientSessionsSection } from './components/ClientSessionsSection';
export { AbsenceAlertBanner } from './components/AbsenceAlertBanner';
export { useAbsenceAlertClientIds } from './useSessions';
export { sessionsFeature } from './feature';
