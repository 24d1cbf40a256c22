import type { FeatureModule } from '../../modules';
import { PlanTab } from './components/PlanTab';

/** Treatment plans: the chart's Plan tab (editor, signatures, versions, compare). */
export const plansFeature = {
  name: 'plans',
  chartTabs: [{ value: 'plan', label: 'Plan', order: 15, Panel: PlanTab }],
} satisfies FeatureModule;
