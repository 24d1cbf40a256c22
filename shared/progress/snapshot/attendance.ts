/**
 * Attendance and engagement panels and the engine's attendance inputs (progress.md §5.3): sessions in the attendance
 * window whose start ≤ asOf; program-cancelled sessions are not scheduled; excused absences leave the denominator.
 */
import { attended } from '../../domain/attendance';
import type { Attendance, Session } from '../../domain/records';
import type { AttendanceEvidence, EngagementEvidence } from '../recommendation/evidence';
import { clinicDay, daysAgo, mean1, pct, withinLast } from './clinic-day';

interface Marked {
  readonly record: Attendance;
  readonly day: string;
  readonly hours: number;
}

/** Marked sessions up to asOf that the program held (not cancelled), oldest first. */
function markedSessions(records: readonly Attendance[], sessions: readonly Session[], asOf: string, timeZone: string): Marked[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return records
    .filter((r) => byId.get(r.sessionId)?.status !== 'cancelled')
    .map((record) => {
      const s = byId.get(record.sessionId);
      const hours = s ? Math.max(0, (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 3_600_000) : 0;
      return { record, day: clinicDay(record.sessionAt, timeZone), hours: Number.isFinite(hours) ? hours : 0 };
    })
    .filter((m) => m.day <= asOf)
    .sort((a, b) => a.record.sessionAt.localeCompare(b.record.sessionAt));
}

function missedInARow(marked: readonly Marked[]): string[] {
  const out: string[] = [];
  for (let i = marked.length - 1; i >= 0; i--) {
    const m = marked[i];
    if (!m || m.record.status === 'absent-excused') continue;
    if (attended(m.record.status)) break;
    out.push(m.record.id);
  }
  return out.reverse();
}

export interface AttendanceInputs {
  readonly records: readonly Attendance[];
  readonly sessions: readonly Session[];
  readonly asOf: string;
  readonly timeZone: string;
  readonly windowDays: number;
  readonly admittedOn: string;
  /** Planned hours per week from the active plan, or null. */
  readonly plannedHours: number | null;
}

/** The attendance panel over the window (0 ≤ daysAgo ≤ windowDays). */
export function attendanceEvidence(input: AttendanceInputs): AttendanceEvidence {
  const marked = markedSessions(input.records, input.sessions, input.asOf, input.timeZone);
  const inWindow = marked.filter((m) => withinLast(input.asOf, m.day, input.windowDays));
  const present = inWindow.filter((m) => attended(m.record.status));
  const excused = inWindow.filter((m) => m.record.status === 'absent-excused');
  const lastAttended = marked.filter((m) => attended(m.record.status)).at(-1) ?? null;
  const streak = missedInARow(marked);
  const delivered = present.reduce((sum, m) => sum + m.hours, 0);
  const weeks = (input.windowDays + 1) / 7;
  return {
    windowDays: input.windowDays,
    scheduled: inWindow.length,
    attended: present.length,
    excused: excused.length,
    attendancePct: pct(present.length, inWindow.length - excused.length),
    consecutiveMissed: streak.length,
    daysSinceLastAttended: Math.max(0, daysAgo(input.asOf, lastAttended?.day ?? input.admittedOn)),
    hoursPerWeek: { delivered: Math.round((10 * delivered) / weeks) / 10, planned: input.plannedHours },
    records: {
      scheduled: inWindow.map((m) => m.record.id),
      attended: present.map((m) => m.record.id),
      excused: excused.map((m) => m.record.id),
      consecutiveMissed: streak,
      lastAttended: lastAttended?.record.id ?? null,
    },
  };
}

/** The engagement panel: ratings of the window against the window before it (the trend). */
export function engagementEvidence(input: AttendanceInputs): EngagementEvidence {
  const marked = markedSessions(input.records, input.sessions, input.asOf, input.timeZone);
  const span = input.windowDays + 1;
  const current = marked.filter((m) => withinLast(input.asOf, m.day, input.windowDays));
  const previous = marked.filter((m) => {
    const ago = daysAgo(input.asOf, m.day);
    return ago >= span && ago < 2 * span;
  });
  const rated = current.filter((m) => m.record.engagement !== null);
  const ratings = (ms: readonly Marked[]) => ms.flatMap((m) => (m.record.engagement === null ? [] : [m.record.engagement]));
  return {
    meanRating: mean1(ratings(current)),
    ratingCount: rated.length,
    previousMeanRating: mean1(ratings(previous)),
    participationNotes: current.map((m) => m.record.participationNote.trim()).filter((n) => n !== ''),
    connectionProblems: current.filter((m) => m.record.connectionProblems.length > 0).length,
    recordIds: rated.map((m) => m.record.id),
  };
}
