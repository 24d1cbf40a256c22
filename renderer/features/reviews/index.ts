/** Public surface of the progress-reviews feature: the feature module, the rule-parameter settings and review reads. */
export { reviewsFeature } from './feature';
export { ProgressRulesSection } from './components/ProgressRulesSection';
export { RatingsSettingsSection } from './components/RatingsSettingsSection';
export { clinicRuleParamsOf } from './rule-params-records';
export { useClientReviews, useLatestReview, useLatestReviewsByClient, useClinicRuleParams } from './useReviews';
export { latestSignedReview, nextReviewDue, primaryChange } from '../../../shared/progress/reviews/review-overview';
export type { ProgressReview, ReviewDecisionInput, ReviewDecisionKind } from '../../../shared/progress/reviews/review-types';
