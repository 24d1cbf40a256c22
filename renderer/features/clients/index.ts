export { ClientChartPage } from './ClientChartPage';
export { ClientFormPage } from './ClientFormPage';
export { ClientsPage } from './ClientsPage';
export { clientsFeature } from './feature';
// The episodes feature records a discharge through the same form and write, adding its level-of-care event.
export { dischargeClientRecord } from './client-actions';
export { DischargeModal } from './components/DischargeModal';
