/**
 * Target-behaviour writes (progress.md §3), each with its audit event: the clinic's own behaviours, the behaviours
 * tracked for a client (with their weekly target), and days of entries (append-only; a blank day is never written).
 */
import type { TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import type { TargetBehaviourEntry } from '../../../shared/progress/plans/types';
import { auditFor } from '../../audit';
import { insertClinicRecord, insertTargetBehaviourEntry } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { CLIENT_BEHAVIOURS_COLLECTION, CLINIC_BEHAVIOURS_REF, behavioursRecord } from './behaviour-records';

/** Saves the clinic's own behaviours (the whole list: the newest record wins). */
export async function saveClinicBehaviours(ctx: ActorContext, own: readonly TrackedBehaviour[]): Promise<void> {
  const stamp = writeStamp(ctx);
  const saved = await insertClinicRecord(ctx.db, behavioursRecord(CLINIC_BEHAVIOURS_REF, own), stamp);
  await auditFor(ctx, 'vault')('settings', saved.id, `Clinic target-behaviour list: ${String(own.length)} of the clinic’s own`, stamp.now);
}

/** Saves the behaviours tracked on a client's chart (the whole list: the newest record wins). */
export async function saveClientBehaviours(ctx: ActorContext, clientId: string, tracked: readonly TrackedBehaviour[]): Promise<void> {
  const stamp = writeStamp(ctx);
  const saved = await insertClinicRecord(ctx.db, behavioursRecord({ collection: CLIENT_BEHAVIOURS_COLLECTION, id: clientId }, tracked), stamp);
  await auditFor(ctx, 'plan')('edit', saved.id, `Target behaviours tracked for client ${clientId}: ${tracked.map((b) => b.behaviourId).join(', ') || 'none'}`, stamp.now);
}

/** Appends days of one behaviour for a client; one audit event names the behaviour and the days, never the values. */
export async function recordBehaviourDays(ctx: ActorContext, clientId: string, entries: readonly TargetBehaviourEntry[]): Promise<readonly TargetBehaviourEntry[]> {
  const stamp = writeStamp(ctx);
  const saved: TargetBehaviourEntry[] = [];
  for (const e of entries) saved.push(await insertTargetBehaviourEntry(ctx.db, clientId, e, stamp));
  const days = saved.map((e) => e.date).sort();
  const behaviour = saved[0]?.behaviourId ?? '';
  await auditFor(ctx, 'response')('create', clientId, `Target behaviour ${behaviour}: ${String(saved.length)} day(s) from ${days[0] ?? ''} to ${days.at(-1) ?? ''} for client ${clientId}`, stamp.now);
  return saved;
}
