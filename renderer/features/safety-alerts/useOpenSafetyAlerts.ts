import { combineLatest, firstValueFrom, map, type Observable } from 'rxjs';
import {
  findResponsesForClient,
  useLiveQuery,
  watchClinicRecordsFor,
  watchResponsesForClient,
  type ClinicRecord,
  type InstrumentResponse,
  type WaypointDatabase,
} from '../../db';
import { toMeasureResponses, type MeasureResponse } from '../measures';
import { activeAlerts, alertReason, toSafetyAcks } from './safety-alerts';

const acksOf = (db: WaypointDatabase, clientId: string): Observable<readonly ClinicRecord[]> =>
  watchClinicRecordsFor(db, 'safety-ack', { collection: 'clients', id: clientId });

function reasons(responses: readonly InstrumentResponse[], acks: readonly ClinicRecord[]): readonly string[] {
  return activeAlerts(toMeasureResponses(responses), toSafetyAcks(acks)).map(alertReason);
}

/** Why the client's unanswered safety alerts were raised (empty when none is open), kept live; undefined while reading. */
export function useOpenSafetyAlerts(clientId: string): readonly string[] | undefined {
  return useLiveQuery(
    (db) => combineLatest([watchResponsesForClient(db, clientId), acksOf(db, clientId)]).pipe(map(([responses, acks]) => reasons(responses, acks))),
    [clientId],
  ).data;
}

/** The same, read once from storage: what signing a note checks, whatever the screen showed. */
export async function findOpenSafetyAlerts(db: WaypointDatabase, clientId: string): Promise<readonly string[]> {
  return (await findOpenSafetyAlertResponses(db, clientId)).map(alertReason);
}

/** The unanswered alerting responses themselves, read once (what a signed safety plan answers). */
export async function findOpenSafetyAlertResponses(db: WaypointDatabase, clientId: string): Promise<readonly MeasureResponse[]> {
  const [responses, acks] = await Promise.all([findResponsesForClient(db, clientId), firstValueFrom(acksOf(db, clientId))]);
  return activeAlerts(toMeasureResponses(responses), toSafetyAcks(acks));
}
