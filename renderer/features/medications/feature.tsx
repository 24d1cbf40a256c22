import { Badge } from '@mantine/core';
import type { ChartBannerProps, ChartTabProps, FeatureModule } from '../../modules';
import { AdherenceAlertBanner } from './components/AdherenceBanner';
import { CaseloadPage } from './components/CaseloadPage';
import { MedicationsSection } from './components/MedicationsSection';
import { useLowAdherenceClientIds } from './useLowAdherenceClientIds';
import { useMedicationMarkers } from './useMedicationMarkers';

const MedicationsTab = ({ client, canEdit }: ChartTabProps) => <MedicationsSection clientId={client.id} canEdit={canEdit} />;
// The Medications tab shows the same alert inside itself.
const AdherenceBannerOffTab = ({ client, tab }: ChartBannerProps) => (tab === 'medications' ? null : <AdherenceAlertBanner clientId={client.id} />);
const LowAdherenceBadge = () => (
  <Badge color="#9c3706" variant="outline" tt="none">
    Low adherence
  </Badge>
);

/** Medications: the chart tab, the caseload page, the low-adherence banner and badge. */
export const medicationsFeature = {
  name: 'medications',
  routes: [{ path: '/medications', element: <CaseloadPage /> }],
  nav: [{ to: '/medications', label: 'Medications', order: 60 }],
  chartTabs: [{ value: 'medications', label: 'Medications', order: 20, Panel: MedicationsTab }],
  chartBanners: [{ key: 'low-adherence', order: 30, Banner: AdherenceBannerOffTab }],
  // Medication starts, dose changes and stops on every trajectory.
  chartMarkers: [{ key: 'medications', order: 10, useMarkers: useMedicationMarkers }],
  clientSignals: [{ key: 'low-adherence', order: 30, spoken: 'low medication adherence', useClientIds: useLowAdherenceClientIds, Badge: LowAdherenceBadge }],
} satisfies FeatureModule;
