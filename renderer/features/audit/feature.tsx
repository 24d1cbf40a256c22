import type { FeatureModule } from '../../modules';
import { AuditViewerPage } from './components/AuditViewerPage';
import { ChartAccessPanel } from './components/ChartAccessPanel';

/** The audit log viewer (named, filtered, paged, exported, role-scoped) and the chart's "Who viewed" tab. */
export const auditFeature = {
  name: 'audit',
  routes: [{ path: '/audit', element: <AuditViewerPage /> }],
  nav: [{ to: '/audit', label: 'Audit log', order: 90 }],
  chartTabs: [{ value: 'who-viewed', label: 'Who viewed', order: 990, Panel: ChartAccessPanel }],
} satisfies FeatureModule;
