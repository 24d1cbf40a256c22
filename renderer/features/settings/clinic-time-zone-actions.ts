/**
 * The clinic's time zone setting (progress.md §0.2), written as a 'settings' clinic record (synced like every clinic
 * record) and audited. A plain function of (context, input): the Settings section binds it, tests call it on real storage.
 */
import { CLINIC_TIME_ZONE_REF, timeZoneError } from '../../../shared/progress/clinic-time-zone';
import { auditFor } from '../../audit';
import { insertClinicRecord } from '../../db';
import { writeStamp, type ActorContext } from '../../session';

/** Thrown when the zone cannot be saved; `field` is the message at the time-zone field. */
export class TimeZoneSettingError extends Error {
  readonly code = 'time_zone_invalid';
  constructor(readonly field: string) {
    super(field);
    this.name = 'TimeZoneSettingError';
  }
}

const described = (zone: string): string => (zone === '' ? 'each laptop’s own zone' : zone);

/** Saves the clinic's zone ('' = each laptop's own); supervisors and admins only; audited with the old and new value. */
export async function saveClinicTimeZone(ctx: ActorContext, timeZone: string, previous: string): Promise<void> {
  if (ctx.actor.role !== 'supervisor' && ctx.actor.role !== 'admin')
    throw new TimeZoneSettingError('Only a supervisor or clinic admin can change the clinic’s time zone.');
  const problem = timeZoneError(timeZone);
  if (problem) throw new TimeZoneSettingError(problem);
  const stamp = writeStamp(ctx);
  const record = {
    kind: 'settings',
    status: 'open',
    refCollection: CLINIC_TIME_ZONE_REF.collection,
    refId: CLINIC_TIME_ZONE_REF.id,
    data: { timeZone },
    reason: '',
  } as const;
  const saved = await insertClinicRecord(ctx.db, record, stamp);
  await auditFor(ctx, 'vault')('edit', saved.id, `Clinic time zone set to ${described(timeZone)} (was ${described(previous)})`, stamp.now);
}
