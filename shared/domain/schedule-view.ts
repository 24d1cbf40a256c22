/** The whole-clinic schedule's filters and week view (issue 16 item 2): pure, on stored sessions. */
import type { Session } from './records';
import { localParts, shiftDay } from './sessions';

export type ScheduleView = 'day' | 'week';

/** What the schedule shows; an empty list or '' means "any". */
export interface ScheduleFilter {
  /** Sessions any of these clinicians lead or co-lead; empty = every clinician. */
  readonly clinicianIds: readonly string[];
  readonly groupId: string;
  readonly kind: Session['kind'] | '';
}

export function filterSessions<T extends Pick<Session, 'clinicianIds' | 'groupId' | 'kind'>>(sessions: readonly T[], f: ScheduleFilter): T[] {
  return sessions.filter(
    (s) =>
      (f.clinicianIds.length === 0 || s.clinicianIds.some((id) => f.clinicianIds.includes(id))) &&
      (f.groupId === '' || s.groupId === f.groupId) &&
      (f.kind === '' || s.kind === f.kind),
  );
}

/** The Monday of `day`'s week (weeks run Monday to Sunday). */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return shiftDay(day, -((weekday + 6) % 7));
}

/** The seven days of `day`'s week, Monday first. */
export function weekDays(day: string): string[] {
  const monday = weekStart(day);
  return Array.from({ length: 7 }, (_, i) => shiftDay(monday, i));
}

/** The days a view shows. */
export function viewDays(day: string, view: ScheduleView): string[] {
  return view === 'week' ? weekDays(day) : [day];
}

/** Sessions by local start day, in start order, for each day asked (days with none get an empty list). */
export function sessionsByDay<T extends Pick<Session, 'startsAt'>>(sessions: readonly T[], days: readonly string[]): Map<string, T[]> {
  const out = new Map(days.map((d) => [d, [] as T[]]));
  for (const s of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) out.get(localParts(s.startsAt).date)?.push(s);
  return out;
}
