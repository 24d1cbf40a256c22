import type { ChartTabProps, FeatureModule } from '../../modules';
import { FamilyFeedbackSection } from './components/FamilyFeedbackSection';

const FamilyTab = ({ client, canEdit }: ChartTabProps) => <FamilyFeedbackSection clientId={client.id} canRecord={canEdit} />;

/** Family feedback: the chart's *Family feedback* tab (a family session attaches forms through index.ts). */
export const familyFeedbackFeature = {
  name: 'family-feedback',
  chartTabs: [{ value: 'family-feedback', label: 'Family feedback', order: 60, Panel: FamilyTab }],
} satisfies FeatureModule;
