/**
 * Attendance and engagement panels and the engine's attendance inputs (progress.md §5.3): sessions in the attendance
 * window whose start ≤ asOf; program-cancelled sessions are not scheduled; excused absences leave the denominator.
 * A session of the client's own (individual, family, medication) with no attendance mark counts as scheduled and not
 * attended (§5.3 counts sessions, not marks) once its day has passed: one today may simply not be marked yet. Group
 * sessions count only with a mark, since group membership has no history to say the client was due.
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

function hoursOf(s: Session): number {
  const hours = Math.max(0, (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 3_600_000);
  return Number.isFinite(hours) ? hours : 0;
}

/** Marked sessions up to asOf that the program held (not cancelled), oldest first. */
function markedSessions(records: readonly Attendance[], sessions: readonly Session[], asOf: string, timeZone: string): Marked[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return records
    .filter((r) => byId.get(r.sessionId)?.status !== 'cancelled')
    .map((record) => {
      const s = byId.get(record.sessionId);
      return { record, day: clinicDay(record.sessionAt, timeZone), hours: s ? hoursOf(s) : 0 };
    })
    .filter((m) => m.day <= asOf)
    .sort((a, b) => a.record.sessionAt.localeCompare(b.record.sessionAt));
}

/** A session the client was due at: marked (its attendance record) or one of their own left unmarked. */
interface Due {
  /** The attendance record's id, or the session's id when unmarked. */
  readonly id: string;
  readonly status: Attendance['status'] | 'unmarked';
  readonly at: string;
  readonly day: string;
  readonly hours: number;
}

function unmarkedOwnSessions(input: AttendanceInputs): Due[] {
  const marked = new Set(input.records.map((r) => r.sessionId));
  return input.sessions
    .filter((s) => input.clientId !== undefined && s.clientId === input.clientId && s.status !== 'cancelled' && !marked.has(s.id))
    .map((s) => ({ id: s.id, status: 'unmarked' as const, at: s.startsAt, day: clinicDay(s.startsAt, input.timeZone), hours: hoursOf(s) }))
    .filter((d) => d.day < input.asOf);
}

function dueSessions(input: AttendanceInputs): Due[] {
  const marked = markedSessions(input.records, input.sessions, input.asOf, input.timeZone).map((m) => ({
    id: m.record.id,
    status: m.record.status,
    at: m.record.sessionAt,
    day: m.day,
    hours: m.hours,
  }));
  return [...marked, ...unmarkedOwnSessions(input)].sort((a, b) => a.at.localeCompare(b.at));
}

const isAttended = (d: Due): boolean => d.status !== 'unmarked' && attended(d.status);

function missedInARow(due: readonly Due[]): string[] {
  const out: string[] = [];
  for (let i = due.length - 1; i >= 0; i--) {
    const d = due[i];
    if (!d || d.status === 'absent-excused') continue;
    if (isAttended(d)) break;
    out.push(d.id);
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
  /** The client: their own sessions left unmarked count as scheduled; without it only marked sessions count. */
  readonly clientId?: string;
}

/** The attendance panel over the window (0 ≤ daysAgo ≤ windowDays). */
export function attendanceEvidence(input: AttendanceInputs): AttendanceEvidence {
  const due = dueSessions(input);
  const inWindow = due.filter((d) => withinLast(input.asOf, d.day, input.windowDays));
  const present = inWindow.filter(isAttended);
  const excused = inWindow.filter((d) => d.status === 'absent-excused');
  const lastAttended = due.filter(isAttended).at(-1) ?? null;
  const streak = missedInARow(due);
  const delivered = present.reduce((sum, d) => sum + d.hours, 0);
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
      scheduled: inWindow.map((d) => d.id),
      attended: present.map((d) => d.id),
      excused: excused.map((d) => d.id),
      consecutiveMissed: streak,
      lastAttended: lastAttended?.id ?? null,
      unmarkedSessions: inWindow.filter((d) => d.status === 'unmarked').map((d) => d.id),
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
