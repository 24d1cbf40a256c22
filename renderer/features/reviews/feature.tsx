import type { FeatureModule } from '../../modules';
import { OverviewTab } from './components/OverviewTab';
import { ReviewPage } from './ReviewPage';
import { StartReviewPage } from './StartReviewPage';

/** Progress reviews: the chart's Overview (its first tab), the review screen and the way in from a dashboard alert. */
export const reviewsFeature = {
  name: 'reviews',
  routes: [
    { path: '/reviews/:reviewId', element: <ReviewPage /> },
    { path: '/reviews/for/:clientId', element: <StartReviewPage /> },
  ],
  chartTabs: [{ value: 'overview', label: 'Overview', order: 0, Panel: OverviewTab }],
} satisfies FeatureModule;
