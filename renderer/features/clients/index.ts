export { ClientChartPage } from './ClientChartPage';
export { ClientFormPage } from './ClientFormPage';
export { ClientsPage } from './ClientsPage';
export { clientsFeature } from './feature';
