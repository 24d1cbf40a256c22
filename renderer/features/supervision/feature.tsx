import type { FeatureModule } from '../../modules';
import { SupervisorView } from './components/SupervisorView';
import { SupervisionListPage } from './SupervisionListPage';

/** The supervisor view of the caseload dashboard (progress.md §6.1 item 4) and the per-clinician list it links to. */
export const supervisionFeature = {
  name: 'supervision',
  routes: [{ path: '/supervision/:clinicianId', element: <SupervisionListPage /> }],
  dashboardEntries: [{ key: 'supervisor-view', order: 20, Entry: SupervisorView }],
} satisfies FeatureModule;
