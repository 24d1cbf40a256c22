import type { ChartTabProps, FeatureModule } from '../../modules';
import { CheckInRoundPage } from './CheckInRoundPage';
import { CheckInsSection } from './components/CheckInsSection';

const CheckInsTab = ({ client, canEdit }: ChartTabProps) => <CheckInsSection clientId={client.id} dateOfBirth={client.dateOfBirth} canRecord={canEdit} />;

/** Daily check-ins: the round and CSV import at /checkins, and the chart's *Check-ins* tab. */
export const checkInsFeature = {
  name: 'check-ins',
  routes: [{ path: '/checkins', element: <CheckInRoundPage /> }],
  nav: [{ to: '/checkins', label: 'Check-ins', order: 50 }],
  chartTabs: [{ value: 'checkins', label: 'Check-ins', order: 50, Panel: CheckInsTab }],
} satisfies FeatureModule;
