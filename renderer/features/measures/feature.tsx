import { useChartRegistry, type ChartTabProps, type ClientColumnRow, type FeatureModule } from '../../modules';
import { DueBadges } from './components/DueBadges';
import { MeasuresSection } from './components/MeasuresSection';
import { MeasuresSettingsPage } from './MeasuresSettingsPage';
import { useMeasuresDue } from './useMeasuresDue';

const MEASURES_TAB = 'measures';

// Other features' parts of the tab (the signed safety responses, features/safety-alerts) go under the trajectories.
function MeasuresTab({ client, canEdit }: ChartTabProps) {
  const sections = useChartRegistry().chartTabSections.filter((s) => s.tab === MEASURES_TAB);
  const footer = sections.map(({ key, Section }) => <Section key={key} client={client} canEdit={canEdit} />);
  return <MeasuresSection clientId={client.id} canAdminister={canEdit} startDay={client.admissionDate} dateOfBirth={client.dateOfBirth} footer={footer} />;
}

// Due and overdue scheduled measures of each active client on the list.
function useDueCell(today: string, rows: readonly ClientColumnRow[]) {
  const activeIds = rows.filter((r) => r.status === 'active').map((r) => r.id);
  const dueFor = useMeasuresDue(today, activeIds);
  return (row: ClientColumnRow) => (row.status === 'active' ? <DueBadges items={dueFor(row.id, row.admissionDate)} onlyDue /> : '—');
}

/** Measures: the chart's *Measures* tab, /measures/settings, the list's "measures due" column. */
export const measuresFeature = {
  name: 'measures',
  routes: [{ path: '/measures/settings', element: <MeasuresSettingsPage /> }],
  nav: [{ to: '/measures/settings', label: 'Measures settings', order: 70 }],
  chartTabs: [{ value: MEASURES_TAB, label: 'Measures', order: 10, Panel: MeasuresTab }],
  clientColumns: [{ key: 'measures-due', header: 'Measures', order: 10, useCell: useDueCell }],
} satisfies FeatureModule;
