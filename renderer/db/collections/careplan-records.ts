/** Plain careplans records of some kinds for one client (safety plans, reviews …) as the evidence snapshot reads them. */
import { type Observable } from 'rxjs';
import type { CarePlan } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { watchWhere } from './collection-spec';

/** A client's careplans records of the given kinds, oldest effective date first, kept live. */
export function watchCarePlanRecordsOfKinds(db: WaypointDatabase, clientId: string, kinds: readonly CarePlan['kind'][]): Observable<readonly CarePlan[]> {
  return watchWhere(db.careplans, { selector: { clientId, kind: { $in: [...kinds] } }, sort: [{ effectiveFrom: 'asc' }] });
}
