/** Public surface of the measures feature: the chart's measures section and the client list's safety-alert hook. */
export { MeasuresSection } from './components/MeasuresSection';
export { useSafetyAlertClientIds } from './useSafetyAlertClientIds';
