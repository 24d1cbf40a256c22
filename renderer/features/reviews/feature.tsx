import type { FeatureModule } from '../../modules';
import { OverviewTab } from './components/OverviewTab';
import { ReviewPage } from './ReviewPage';

/** Progress reviews: the chart's Overview (its first tab) and the review screen. */
export const reviewsFeature = {
  name: 'reviews',
  routes: [{ path: '/reviews/:reviewId', element: <ReviewPage /> }],
  chartTabs: [{ value: 'overview', label: 'Overview', order: 0, Panel: OverviewTab }],
} satisfies FeatureModule;
