import { z } from 'zod';
import { adherenceDetailSchema, sideEffectDetailSchema, type AdherenceDetail, type SideEffectDetail } from './medications';
import type { MedicationEvent } from './records';

/** Fields every typed medication event keeps from its record. */
export type EventBase = Pick<MedicationEvent, 'id' | 'clientId' | 'medicationId' | 'sessionId' | 'occurredOn' | 'note' | 'authorId' | 'createdAt'>;

export interface AdherenceDay extends EventBase, AdherenceDetail {}
export interface SideEffectRecord extends EventBase, SideEffectDetail {}
export interface DoseChange extends EventBase {
  readonly fromDose: number;
  readonly toDose: number;
  readonly unit: string;
  readonly reason: string;
}
export interface Resolution extends EventBase {
  readonly sideEffectId: string;
}
export interface MedicationStartStop extends EventBase {
  readonly kind: 'start' | 'stop';
  readonly reason: string;
}

/** A client's medication history read from its events, each list oldest first by date. */
export interface MedicationHistory {
  readonly adherence: readonly AdherenceDay[];
  readonly sideEffects: readonly SideEffectRecord[];
  readonly resolutions: readonly Resolution[];
  readonly doseChanges: readonly DoseChange[];
  readonly startStops: readonly MedicationStartStop[];
  readonly visits: readonly EventBase[];
  /** Events whose detail did not read as their kind (e.g. written by an older version); shown as a count, never dropped. */
  readonly unreadable: number;
}

export const doseChangeDetailSchema = z.object({
  fromDose: z.number().positive(),
  toDose: z.number().positive(),
  unit: z.string(),
  reason: z.string(),
});
const resolutionSchema = z.object({ sideEffectId: z.string().min(1) });
const reasonSchema = z.object({ reason: z.string().default('') });

function base(e: MedicationEvent): EventBase {
  const { id, clientId, medicationId, sessionId, occurredOn, note, authorId, createdAt } = e;
  return { id, clientId, medicationId, sessionId, occurredOn, note, authorId, createdAt };
}

const byDate = (a: EventBase, b: EventBase) => a.occurredOn.localeCompare(b.occurredOn) || a.createdAt.localeCompare(b.createdAt);

interface Lists {
  adherence: AdherenceDay[];
  sideEffects: SideEffectRecord[];
  resolutions: Resolution[];
  doseChanges: DoseChange[];
  startStops: MedicationStartStop[];
  visits: EventBase[];
}

/** Files one event under its kind; false when its detail does not read as that kind. */
function file(e: MedicationEvent, h: Lists): boolean {
  const b = base(e);
  const put = <T>(result: z.ZodSafeParseResult<T>, add: (data: T) => void): boolean => {
    if (result.success) add(result.data);
    return result.success;
  };
  switch (e.kind) {
    case 'adherence':
      return put(adherenceDetailSchema.safeParse(e.detail), (d) => h.adherence.push({ ...b, ...d }));
    case 'side-effect':
      return put(sideEffectDetailSchema.safeParse(e.detail), (d) => h.sideEffects.push({ ...b, ...d }));
    case 'side-effect-resolved':
      return put(resolutionSchema.safeParse(e.detail), (d) => h.resolutions.push({ ...b, ...d }));
    case 'dose-change':
      return put(doseChangeDetailSchema.safeParse(e.detail), (d) => h.doseChanges.push({ ...b, ...d }));
    case 'start':
    case 'stop': {
      const kind = e.kind;
      return put(reasonSchema.safeParse(e.detail), (d) => h.startStops.push({ ...b, kind, ...d }));
    }
    case 'visit':
      h.visits.push(b);
      return true;
  }
}

/** Sorts a client's events by kind and reads each detail; invalid details are counted, not thrown. */
export function readHistory(events: readonly MedicationEvent[]): MedicationHistory {
  const h: Lists = { adherence: [], sideEffects: [], resolutions: [], doseChanges: [], startStops: [], visits: [] };
  let unreadable = 0;
  for (const e of [...events].sort(byDate)) if (!file(e, h)) unreadable += 1;
  return { ...h, unreadable };
}

/**
 * Adherence is append-only: re-entering a medication-day adds a record, and the latest entry (by creation time)
 * for each medication and day is the one that counts.
 */
export function currentAdherence(records: readonly AdherenceDay[]): readonly AdherenceDay[] {
  const latest = new Map<string, AdherenceDay>();
  for (const r of records) {
    const key = `${r.medicationId}|${r.occurredOn}`;
    const prev = latest.get(key);
    if (!prev || r.createdAt >= prev.createdAt) latest.set(key, r);
  }
  return [...latest.values()].sort(byDate);
}

/** A side effect with its resolution date, if any (the earliest resolution recorded for it). */
export interface SideEffectState extends SideEffectRecord {
  readonly resolvedOn: string | null;
}

/** Side effects joined with their resolutions, oldest first. */
export function sideEffectStates(history: Pick<MedicationHistory, 'sideEffects' | 'resolutions'>): readonly SideEffectState[] {
  return history.sideEffects.map((s) => {
    const resolvedOn =
      history.resolutions
        .filter((r) => r.sideEffectId === s.id)
        .map((r) => r.occurredOn)
        .sort()[0] ?? null;
    return { ...s, resolvedOn };
  });
}
