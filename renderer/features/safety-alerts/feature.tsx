import { Badge } from '@mantine/core';
import type { ChartBannerProps, FeatureModule } from '../../modules';
import { SafetyAlertBanner } from './components/SafetyAlertBanner';
import { SafetyResponsesSection } from './components/SafetyResponsesSection';
import { useSafetyAlertClientIds } from './useSafetyAlertClientIds';

const SafetyBanner = ({ client, canEdit, tab }: ChartBannerProps) => (
  <SafetyAlertBanner clientId={client.id} canAdminister={canEdit} dateOfBirth={client.dateOfBirth} admissionDate={client.admissionDate} tab={tab} />
);
const SafetyAlertBadge = () => (
  <Badge color="red" variant="light" tt="none">
    Safety alert
  </Badge>
);

/** Safety alerts (§15.4): the banner above every chart tab, the signed responses under *Measures*, the list's "Safety alert" badge. */
export const safetyAlertsFeature = {
  name: 'safety-alerts',
  chartBanners: [{ key: 'safety', order: 10, Banner: SafetyBanner }],
  chartTabSections: [{ key: 'safety-responses', tab: 'measures', order: 10, Section: SafetyResponsesSection }],
  clientSignals: [{ key: 'safety-alert', order: 10, spoken: 'safety alert', useClientIds: useSafetyAlertClientIds, Badge: SafetyAlertBadge }],
} satisfies FeatureModule;
