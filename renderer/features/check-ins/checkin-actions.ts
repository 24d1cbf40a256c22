import { auditFor } from '../../audit';
import { insertClinicRecord, insertResponse } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { checkInResponse, COPING_SKILLS_REF, toCheckIns, type CheckIn, type CheckInInput } from './checkin-records';
import { localDayOf } from '../../components/format-date';

/* Check-ins and the clinic's coping skills, each followed by its audit event. */

/** Saves check-ins one by one, each with its audit event; returns the ones saved (all, unless one fails). */
export async function saveCheckIns(ctx: ActorContext, inputs: readonly CheckInInput[], how: string): Promise<readonly CheckIn[]> {
  const saved: CheckIn[] = [];
  for (const input of inputs) {
    const stamp = writeStamp(ctx);
    const r = await insertResponse(ctx.db, checkInResponse(input, stamp.now), stamp);
    await auditFor(ctx, 'response')('create', r.id, `Check-in for ${input.day} (${how}) for client ${input.clientId}`, stamp.now);
    saved.push(...toCheckIns([r], localDayOf));
  }
  return saved;
}

export async function saveClinicSkills(ctx: ActorContext, skills: readonly string[]): Promise<void> {
  const stamp = writeStamp(ctx);
  const record = {
    kind: 'settings',
    status: 'open',
    refCollection: COPING_SKILLS_REF.collection,
    refId: COPING_SKILLS_REF.id,
    data: { skills: [...skills] },
    reason: '',
  } as const;
  const saved = await insertClinicRecord(ctx.db, record, stamp);
  await auditFor(ctx, 'vault')('settings', saved.id, `Clinic coping skills: ${skills.join(', ') || 'none'}`, stamp.now);
}
