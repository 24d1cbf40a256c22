import type { ChartTabProps, FeatureModule } from '../../modules';
import { BehavioursSection } from './components/BehavioursSection';
import { CheckInCounts } from './components/CheckInCounts';
import { useHasBehaviours } from './useBehaviours';
import { useBehaviourImportColumns } from './useImportColumns';

const BehavioursTab = ({ client, canEdit }: ChartTabProps) => <BehavioursSection clientId={client.id} canEdit={canEdit} />;

/**
 * Target behaviours (progress.md §3): the chart tab with the clinic's list, daily entries, weekly charts and tables;
 * the counts on the check-in form and their columns in the check-in CSV import.
 */
export const behavioursFeature = {
  name: 'behaviours',
  chartTabs: [{ value: 'behaviours', label: 'Behaviours', order: 35, Panel: BehavioursTab }],
  checkInSections: [{ key: 'target-behaviours', order: 10, Section: CheckInCounts, useHasFields: useHasBehaviours }],
  checkInImportColumns: [{ key: 'target-behaviours', order: 10, useColumns: useBehaviourImportColumns }],
} satisfies FeatureModule;
