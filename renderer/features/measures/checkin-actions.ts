import type { LicensedText } from '../../../shared/instruments';
import { auditFor } from '../../audit';
import { insertClinicRecord, insertResponse } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { checkInResponse, COPING_SKILLS_REF, toCheckIns, type CheckIn, type CheckInInput } from './checkin-records';
import { LICENSED_REF } from './licensed-records';
import { localDayOf } from './useMeasuresDue';

/* Check-ins and the clinic's settings (coping skills, licensed text), each followed by its audit event. */

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

/** Stores one checked file of licensed text as a single sealed record (so an import is all or nothing), audited. */
export async function importLicensedText(ctx: ActorContext, texts: readonly LicensedText[], fileName: string): Promise<void> {
  const stamp = writeStamp(ctx);
  const data = { fileName, instruments: texts.map((t) => ({ ...t, items: t.items.map((i) => ({ ...i, options: i.options?.map((o) => ({ ...o })) })) })) };
  const record = {
    kind: 'settings',
    status: 'open',
    refCollection: LICENSED_REF.collection,
    refId: LICENSED_REF.id,
    data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
    reason: '',
  } as const;
  const saved = await insertClinicRecord(ctx.db, record, stamp);
  await auditFor(ctx, 'vault')('settings', saved.id, `Imported licensed item text for ${texts.map((t) => t.id).join(', ')} from ${fileName}`, stamp.now);
}
