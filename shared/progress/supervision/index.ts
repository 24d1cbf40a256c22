/** The supervisor view of the caseload dashboard (progress.md §6.1 item 4). Pure. */
export {
  DISAGREEMENT_WINDOW_DAYS,
  disagreements,
  plansToSign,
  reviewOverdue,
  reviewsToSign,
  supervisionOverview,
  type ClinicianSupervision,
  type Disagreement,
  type OverdueReview,
  type PlanToSign,
  type ReviewToSign,
  type SupervisedClient,
  type SupervisionRecords,
} from './supervisor-overview';
