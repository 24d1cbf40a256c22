/** Clinic-wide reads of the plan versions and progress reviews the supervisor view counts (progress.md §6.1 item 4). */
import { type Observable } from 'rxjs';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { attachmentOf, reviewOf } from '../../../shared/progress/reviews/review-record';
import type { ProgressReview, ReviewAttachment } from '../../../shared/progress/reviews/review-types';
import type { WaypointDatabase } from '../schema-plan';
import { planVersionOf } from './careplan-versions';
import { readEach, watchWhere } from './collection-spec';

export interface SupervisionPlanRecords {
  readonly plans: readonly TreatmentPlanVersion[];
  readonly reviews: readonly ProgressReview[];
  readonly attachments: readonly ReviewAttachment[];
}

/** Every client's treatment-plan versions, progress reviews and their co-sign/addendum records, kept live. */
export function watchSupervisionRecords(db: WaypointDatabase): Observable<SupervisionPlanRecords> {
  return watchWhere(db.careplans, { selector: { kind: { $in: ['treatment_plan', 'progress_review'] } } }, (docs) => ({
    plans: readEach(planVersionOf)(docs),
    reviews: readEach(reviewOf)(docs),
    attachments: readEach(attachmentOf)(docs),
  }));
}
