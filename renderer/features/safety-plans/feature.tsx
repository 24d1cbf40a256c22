import type { ChartBannerProps, ChartTabProps, FeatureModule } from '../../modules';
import { RecordSafetyEventFromAlert } from './components/RecordSafetyEventFromAlert';
import { SafetyPlanReviewBanner } from './components/SafetyPlanReviewBanner';
import { SafetyPlansSection } from './components/SafetyPlansSection';
import { SAFETY_PLANS_TAB } from './tab';

const SafetyPlansTab = ({ client, canEdit }: ChartTabProps) => (
  <SafetyPlansSection clientId={client.id} clientName={`${client.firstName} ${client.lastName}`} admissionDate={client.admissionDate} canEdit={canEdit} />
);
const ReviewBanner = ({ client, tab }: ChartBannerProps) => <SafetyPlanReviewBanner clientId={client.id} tab={tab} />;

/**
 * Safety and relapse-prevention plans: a chart tab, the banner asking for a review after a safety event, and "Record a
 * safety event" offered while a clinician answers a safety alert (features/safety-alerts draws it).
 */
export const safetyPlansFeature = {
  name: 'safety-plans',
  chartTabs: [{ value: SAFETY_PLANS_TAB, label: 'Safety plans', order: 17, Panel: SafetyPlansTab }],
  chartBanners: [{ key: 'safety-plan-review', order: 15, Banner: ReviewBanner }],
  safetyAlertOffers: [{ key: 'safety-event', order: 10, Offer: RecordSafetyEventFromAlert }],
} satisfies FeatureModule;
