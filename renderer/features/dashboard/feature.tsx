import type { FeatureModule } from '../../modules';
import { AlertsNavBadge } from './components/AlertsNavBadge';
import { DashboardPage } from './DashboardPage';

/** The caseload dashboard: the landing page after unlock, with its alert count in the navigation. */
export const dashboardFeature = {
  name: 'dashboard',
  routes: [{ path: '/dashboard', element: <DashboardPage /> }],
  nav: [{ to: '/dashboard', label: 'Today', order: 5, badge: AlertsNavBadge }],
  landing: '/dashboard',
} satisfies FeatureModule;
