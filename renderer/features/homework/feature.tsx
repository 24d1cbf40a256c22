import type { ChartTabProps, FeatureModule } from '../../modules';
import { HomeworkSection } from './components/HomeworkSection';

const HomeworkTab = ({ client, canEdit }: ChartTabProps) => <HomeworkSection clientId={client.id} canEdit={canEdit} />;

/** Homework (progress.md §2): the chart tab with completion %, assignments and their review. */
export const homeworkFeature = {
  name: 'homework',
  chartTabs: [{ value: 'homework', label: 'Homework', order: 33, Panel: HomeworkTab }],
} satisfies FeatureModule;
