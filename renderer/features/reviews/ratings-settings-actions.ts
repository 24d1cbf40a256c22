/**
 * The clinic's per-program ASAM/LOCUS ratings setting (progress.md §5.6), written as a 'settings' clinic record (synced
 * like every clinic record) and audited as 'settings'. A plain function of (context, input): the Settings section binds
 * it, tests call it on real storage.
 */
import {
  RATINGS_SETTINGS_REF,
  ratingsSettingsChanges,
  type ClinicRatingsSettings,
  type ProgramRatings,
} from '../../../shared/progress/reviews/ratings-settings';
import { auditFor } from '../../audit';
import { insertClinicRecord } from '../../db';
import { writeStamp, type ActorContext } from '../../session';

/** Saves every program's ratings setting; supervisors and admins only; audited with what changed. */
export async function saveRatingsSettings(
  ctx: ActorContext,
  programs: Readonly<Record<string, ProgramRatings>>,
  previous: ClinicRatingsSettings,
): Promise<void> {
  if (ctx.actor.role !== 'supervisor' && ctx.actor.role !== 'admin')
    throw new Error('Only a supervisor or clinic admin can change which ratings a program records.');
  const changes = ratingsSettingsChanges(previous, programs);
  if (changes.length === 0) throw new Error('Nothing changed: no program’s ratings differ from the saved setting.');
  const stamp = writeStamp(ctx);
  const data = { programs: Object.fromEntries(Object.entries(programs).map(([p, r]) => [p, { asamRatings: r.asamRatings, locus: r.locus }])) };
  const record = {
    kind: 'settings',
    status: 'open',
    refCollection: RATINGS_SETTINGS_REF.collection,
    refId: RATINGS_SETTINGS_REF.id,
    data,
    reason: '',
  } as const;
  const saved = await insertClinicRecord(ctx.db, record, stamp);
  await auditFor(ctx, 'vault')('settings', saved.id, `Review ratings per program saved: ${changes.join('; ')}`, stamp.now);
}
