import { clientDisplayName, type Client } from '../../../shared/domain/client';
import { adherenceWindow, daysBetween, type AdherenceStatus } from '../../../shared/domain/medication-adherence';
import { readHistory, sideEffectStates, type MedicationHistory } from '../../../shared/domain/medication-events';
import { sideEffectLabel } from '../../../shared/domain/medications';
import type { Medication, MedicationEvent } from '../../../shared/domain/records';

export interface CaseloadRow {
  readonly clientId: string;
  readonly name: string;
  /** Active medications, by name. */
  readonly medications: readonly string[];
  /** Percent of recorded doses taken over the last 14 days (adherenceWindow); null when nothing was recorded. */
  readonly adherencePercent: number | null;
  /** The alert rule's verdict on that figure ('low' is what the chart's alert and the list badge show). */
  readonly adherenceStatus: AdherenceStatus;
  /** Doses due in the window without a record (neither taken nor missed). */
  readonly unrecordedDoses: number;
  /** The newest unresolved side effect at moderate (2) or worse. */
  readonly sideEffect: { readonly label: string; readonly severity: number; readonly date: string } | null;
  /** Whole days since the last finished medication visit; null when there has been none. */
  readonly daysSinceVisit: number | null;
}

export const CASELOAD_SORT_KEYS = ['name', 'adherence', 'sideEffect', 'visit'] as const;
export type CaseloadSortKey = (typeof CASELOAD_SORT_KEYS)[number];
export interface CaseloadSort {
  readonly key: CaseloadSortKey;
  readonly direction: 'ascending' | 'descending';
}

/**
 * One row per client with at least one active medication, from their medications (active and stopped: a medication
 * stopped within the window still counts for the days it was prescribed) and events (history per client).
 */
export function caseloadRows(
  clients: readonly Client[],
  medications: readonly Medication[],
  histories: ReadonlyMap<string, MedicationHistory>,
  today: string,
): readonly CaseloadRow[] {
  return clients.flatMap((c) => {
    const mine = medications.filter((m) => m.clientId === c.id);
    const meds = mine.filter((m) => m.status === 'active');
    if (meds.length === 0) return [];
    const h = histories.get(c.id);
    const adherence = adherenceWindow(mine, h?.adherence ?? [], today);
    const worst = h
      ? sideEffectStates(h)
          .filter((s) => s.severity >= 2 && s.resolvedOn === null)
          .at(-1)
      : undefined;
    const lastVisit = h?.visits.at(-1);
    return [
      {
        clientId: c.id,
        name: clientDisplayName(c),
        medications: meds.map((m) => m.name),
        adherencePercent: adherence.total.percent,
        adherenceStatus: adherence.status,
        unrecordedDoses: adherence.total.unrecorded,
        sideEffect: worst ? { label: sideEffectLabel(worst), severity: worst.severity, date: worst.occurredOn } : null,
        daysSinceVisit: lastVisit ? daysBetween(lastVisit.occurredOn, today) : null,
      },
    ];
  });
}

function byClient<T extends { readonly clientId: string }>(items: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) out.set(i.clientId, [...(out.get(i.clientId) ?? []), i]);
  return out;
}

/** Clients whose 14-day adherence figure is 'low' by the alert rule (adherenceWindow): the client list's badge, the chart's verdict. */
export function lowAdherenceClientIds(medications: readonly Medication[], events: readonly MedicationEvent[], today: string): ReadonlySet<string> {
  const meds = byClient(medications);
  const low = [...byClient(events)].filter(([id, es]) => adherenceWindow(meds.get(id) ?? [], readHistory(es).adherence, today).status === 'low');
  return new Set(low.map(([id]) => id));
}

// Missing values sort last in either direction: a client with no data is never hidden at the top of "worst first".
function value(r: CaseloadRow, key: CaseloadSortKey): string | number | null {
  switch (key) {
    case 'name':
      return r.name.toLocaleLowerCase();
    case 'adherence':
      return r.adherencePercent;
    case 'sideEffect':
      return r.sideEffect ? r.sideEffect.severity * 1e9 + Date.parse(r.sideEffect.date) / 1000 : null;
    case 'visit':
      return r.daysSinceVisit;
  }
}

/** Rows sorted by one column; ties by name. */
export function sortCaseload(rows: readonly CaseloadRow[], sort: CaseloadSort): readonly CaseloadRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a, sort.key), value(b, sort.key)];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
    return c !== 0 ? sign * c : a.name.localeCompare(b.name);
  });
}

/** Clicking a column: the same column flips direction; a new one starts ascending. */
export function nextCaseloadSort(current: CaseloadSort, key: CaseloadSortKey): CaseloadSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
