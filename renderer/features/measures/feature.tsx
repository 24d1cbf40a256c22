import { Badge } from '@mantine/core';
import type { ChartBannerProps, ChartTabProps, ClientColumnRow, FeatureModule } from '../../modules';
import { DueBadges } from './components/DueBadges';
import { MeasuresSection } from './components/MeasuresSection';
import { MeasuresSettingsPage } from './MeasuresSettingsPage';
import { SafetyAlertBanner } from './components/SafetyAlertBanner';
import { useMeasuresDue } from './useMeasuresDue';
import { useSafetyAlertClientIds } from './useSafetyAlertClientIds';

const MeasuresTab = ({ client, canEdit }: ChartTabProps) => (
  <MeasuresSection clientId={client.id} canAdminister={canEdit} startDay={client.admissionDate} dateOfBirth={client.dateOfBirth} />
);
const SafetyBanner = ({ client, canEdit, tab }: ChartBannerProps) => (
  <SafetyAlertBanner clientId={client.id} canAdminister={canEdit} dateOfBirth={client.dateOfBirth} tab={tab} />
);
const SafetyAlertBadge = () => (
  <Badge color="red" variant="light" tt="none">
    Safety alert
  </Badge>
);

// Due and overdue scheduled measures of each active client on the list.
function useDueCell(today: string, rows: readonly ClientColumnRow[]) {
  const activeIds = rows.filter((r) => r.status === 'active').map((r) => r.id);
  const dueFor = useMeasuresDue(today, activeIds);
  return (row: ClientColumnRow) => (row.status === 'active' ? <DueBadges items={dueFor(row.id, row.admissionDate)} onlyDue /> : '—');
}

/** Measures: chart tabs, the safety banner and badge, the list's "measures due" column. */
export const measuresFeature = {
  name: 'measures',
  routes: [{ path: '/measures/settings', element: <MeasuresSettingsPage /> }],
  nav: [{ to: '/measures/settings', label: 'Measures settings', order: 70 }],
  chartTabs: [{ value: 'measures', label: 'Measures', order: 10, Panel: MeasuresTab }],
  chartBanners: [{ key: 'safety', order: 10, Banner: SafetyBanner }],
  clientSignals: [{ key: 'safety-alert', order: 10, spoken: 'safety alert', useClientIds: useSafetyAlertClientIds, Badge: SafetyAlertBadge }],
  clientColumns: [{ key: 'measures-due', header: 'Measures', order: 10, useCell: useDueCell }],
} satisfies FeatureModule;
