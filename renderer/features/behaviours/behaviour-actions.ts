/**
 * Target-behaviour writes (progress.md §3), each with its audit event: the clinic's own behaviours, the behaviours
 * tracked for a client (with their weekly target), and days of entries (append-only; a blank day is never written).
 */
import type { TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import { weeklyTargetText } from '../../../shared/progress/plans/behaviour-series';
import { withBehaviourChange, type BehaviourListChange } from '../../../shared/progress/plans/behaviour-list';
import { parseImportedCounts } from '../../../shared/progress/plans/checkin-import';
import type { TargetBehaviourEntry } from '../../../shared/progress/plans/types';
import { auditFor } from '../../audit';
import { localToday } from '../../components/format-date';
import { insertClinicRecord, insertTargetBehaviourEntry } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { CLIENT_BEHAVIOURS_COLLECTION, CLINIC_BEHAVIOURS_REF, behavioursRecord } from './behaviour-records';

/**
 * Saves the clinic's own behaviours: the whole list, and the one change made to it when there is one (so another
 * laptop's addition to the clinic's list merges with it, as a client's list does: behaviour-list.ts).
 */
export async function saveClinicBehaviours(ctx: ActorContext, own: readonly TrackedBehaviour[], change?: BehaviourListChange): Promise<void> {
  const stamp = writeStamp(ctx);
  const saved = await insertClinicRecord(ctx.db, behavioursRecord(CLINIC_BEHAVIOURS_REF, own, change), stamp);
  const what = change?.op === 'track' ? `added ${change.behaviour.behaviourId}; ` : '';
  await auditFor(ctx, 'vault')('settings', saved.id, `Clinic target-behaviour list: ${what}${String(own.length)} of the clinic’s own`, stamp.now);
}

/** Adds one behaviour to the clinic's own list (`own`, the list as read), as its own change. */
export async function addClinicBehaviour(ctx: ActorContext, own: readonly TrackedBehaviour[], behaviour: TrackedBehaviour): Promise<void> {
  const change = { op: 'track', behaviour } as const;
  await saveClinicBehaviours(ctx, withBehaviourChange(own, change), change);
}

/**
 * Saves the behaviours tracked on a client's chart: the whole list, and the one change made to it when there is one
 * (so another laptop's change to the same list merges with it: behaviour-list.ts).
 */
export async function saveClientBehaviours(
  ctx: ActorContext,
  clientId: string,
  tracked: readonly TrackedBehaviour[],
  change?: BehaviourListChange,
): Promise<void> {
  const stamp = writeStamp(ctx);
  const saved = await insertClinicRecord(ctx.db, behavioursRecord({ collection: CLIENT_BEHAVIOURS_COLLECTION, id: clientId }, tracked, change), stamp);
  await auditFor(ctx, 'plan')(
    'edit',
    saved.id,
    `Target behaviours tracked for client ${clientId}: ${tracked.map((b) => b.behaviourId).join(', ') || 'none'}`,
    stamp.now,
  );
}

/** Starts tracking one behaviour on the chart (added to `tracked`, the list as read). */
export async function trackBehaviour(ctx: ActorContext, clientId: string, tracked: readonly TrackedBehaviour[], behaviour: TrackedBehaviour): Promise<void> {
  const change = { op: 'track', behaviour } as const;
  await saveClientBehaviours(ctx, clientId, withBehaviourChange(tracked, change), change);
}

const countedWords = (b: TrackedBehaviour) => (b.countedBy === 'week' ? 'weekly totals' : 'day by day');
const targetWords = (b: TrackedBehaviour) => weeklyTargetText(b) || 'no target';

/**
 * Changes one tracked behaviour's weekly target or counting (the list is saved whole; the former list stays as an
 * older record). The audit names the behaviour and what changed, before → after.
 */
export async function changeTrackedBehaviour(
  ctx: ActorContext,
  clientId: string,
  tracked: readonly TrackedBehaviour[],
  changed: TrackedBehaviour,
): Promise<void> {
  const before = tracked.find((b) => b.behaviourId === changed.behaviourId);
  if (!before) throw new Error(`${changed.label} is not tracked for this client`);
  const stamp = writeStamp(ctx);
  const change = { op: 'change', behaviour: changed } as const;
  const saved = await insertClinicRecord(
    ctx.db,
    behavioursRecord({ collection: CLIENT_BEHAVIOURS_COLLECTION, id: clientId }, withBehaviourChange(tracked, change), change),
    stamp,
  );
  const what =
    [
      targetWords(before) !== targetWords(changed) ? `weekly target ${targetWords(before)} → ${targetWords(changed)}` : '',
      countedWords(before) !== countedWords(changed) ? `counted ${countedWords(before)} → ${countedWords(changed)}` : '',
    ]
      .filter(Boolean)
      .join('; ') || 'no change';
  await auditFor(ctx, 'plan')('edit', saved.id, `Target behaviour ${changed.behaviourId} for client ${clientId}: ${what}`, stamp.now);
}

/** Stops tracking one behaviour on the chart; its recorded entries are kept (they come back if it is tracked again). */
export async function stopTrackingBehaviour(ctx: ActorContext, clientId: string, tracked: readonly TrackedBehaviour[], behaviourId: string): Promise<void> {
  const stamp = writeStamp(ctx);
  const change = { op: 'stop', behaviourId } as const;
  const saved = await insertClinicRecord(
    ctx.db,
    behavioursRecord({ collection: CLIENT_BEHAVIOURS_COLLECTION, id: clientId }, withBehaviourChange(tracked, change), change),
    stamp,
  );
  await auditFor(ctx, 'plan')('edit', saved.id, `Target behaviour ${behaviourId} no longer tracked for client ${clientId}; its entries are kept`, stamp.now);
}

/** Appends days of one behaviour for a client; one audit event names the behaviour and the days, never the values. */
export async function recordBehaviourDays(
  ctx: ActorContext,
  clientId: string,
  entries: readonly TargetBehaviourEntry[],
): Promise<readonly TargetBehaviourEntry[]> {
  const stamp = writeStamp(ctx);
  const saved: TargetBehaviourEntry[] = [];
  for (const e of entries) saved.push(await insertTargetBehaviourEntry(ctx.db, clientId, e, stamp));
  const days = saved.map((e) => e.date).sort();
  const behaviour = saved[0]?.behaviourId ?? '';
  const what = saved.every((e) => e.span === 'week')
    ? `the week’s total to ${days.join(', ')}`
    : `${String(saved.length)} day(s) from ${days[0] ?? ''} to ${days.at(-1) ?? ''}`;
  await auditFor(ctx, 'response')('create', clientId, `Target behaviour ${behaviour}: ${what} for client ${clientId}`, stamp.now);
  return saved;
}

/**
 * Appends the counts typed into a check-in (the client's report), after the check-in itself was saved; one audit
 * event names the check-in and the behaviours, never the values. Nothing is written when nothing was typed.
 */
export async function recordCheckInCounts(
  ctx: ActorContext,
  clientId: string,
  checkIn: { readonly id: string; readonly day: string },
  entries: readonly TargetBehaviourEntry[],
): Promise<readonly TargetBehaviourEntry[]> {
  if (entries.length === 0) return [];
  const stamp = writeStamp(ctx);
  const saved: TargetBehaviourEntry[] = [];
  for (const e of entries) saved.push(await insertTargetBehaviourEntry(ctx.db, clientId, { ...e, date: checkIn.day }, stamp));
  const what = saved.map((e) => (e.span === 'week' ? `${e.behaviourId} (week’s total)` : e.behaviourId)).join(', ');
  await auditFor(ctx, 'response')(
    'create',
    clientId,
    `Target behaviours from check-in ${checkIn.id} for ${checkIn.day}: ${what} for client ${clientId}`,
    stamp.now,
  );
  return saved;
}

/**
 * Appends the behaviour cells of a row of the check-in CSV import (checked again as the import checked them: a bad
 * cell writes nothing) once the row's check-in is saved, as the client's report of that day; audited as the check-in's.
 */
export async function recordImportedCounts(
  ctx: ActorContext,
  clientId: string,
  tracked: readonly TrackedBehaviour[],
  checkIn: { readonly id: string; readonly day: string },
  cells: Readonly<Record<string, string>>,
): Promise<readonly TargetBehaviourEntry[]> {
  const now = ctx.now();
  const parsed = parseImportedCounts(tracked, cells, checkIn.day, localToday(now), now.toISOString());
  if (!parsed.ok) throw new Error(`the behaviour columns of ${checkIn.day} cannot be saved: ${Object.values(parsed.errors).join('; ')}`);
  return recordCheckInCounts(ctx, clientId, checkIn, parsed.value);
}
