import { ATTENDANCE_STATUSES, CONNECTION_PROBLEMS, type Attendance } from './records';
import { plural } from './text';

/** Attendance and engagement: labels, anchors and the pure rules the chart and the client list show. */

export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export type ConnectionProblem = (typeof CONNECTION_PROBLEMS)[number];

export const ATTENDANCE_LABELS: Readonly<Record<AttendanceStatus, string>> = {
  present: 'Present',
  late: 'Late',
  'left-early': 'Left early',
  'absent-excused': 'Absent, excused',
  'absent-unexcused': 'Absent, unexcused',
};

export const CONNECTION_LABELS: Readonly<Record<ConnectionProblem, string>> = {
  audio: 'Audio',
  video: 'Video',
  dropped: 'Dropped',
};

/** Engagement anchors, 1–5: what each rating means, so two clinicians rate alike. */
export const ENGAGEMENT_ANCHORS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'Withdrawn, not participating',
  2: 'Minimal, responds only when asked',
  3: 'Participates when prompted',
  4: 'Engaged, contributes on their own',
  5: 'Fully engaged, initiates and supports others',
};

/** True for a status in which the client attended (some or all of) the session. */
export function attended(status: AttendanceStatus): boolean {
  return status === 'present' || status === 'late' || status === 'left-early';
}

/** Label of a stored connection problem; values written by other versions are shown as stored. */
export function connectionLabel(value: string): string {
  return (CONNECTION_LABELS as Readonly<Record<string, string>>)[value] ?? value;
}

/** "None" or the problems, comma-separated. */
export function connectionSummary(problems: readonly string[]): string {
  return problems.length === 0 ? 'None' : problems.map(connectionLabel).join(', ');
}

type Marked = Pick<Attendance, 'status' | 'sessionAt'>;

export interface AttendanceRate {
  /** Sessions attended (present, late or left early). */
  readonly attended: number;
  /** Sessions counted: excused absences are left out, since the program excused them. */
  readonly counted: number;
  readonly excused: number;
  /** attended / counted, 0–1; null with nothing counted. */
  readonly rate: number | null;
}

/** Attendance rate over the records given; excused absences neither count for nor against the client. */
export function attendanceRate(records: readonly Marked[]): AttendanceRate {
  const excused = records.filter((r) => r.status === 'absent-excused').length;
  const attendedCount = records.filter((r) => attended(r.status)).length;
  const counted = records.length - excused;
  return { attended: attendedCount, counted, excused, rate: counted === 0 ? null : attendedCount / counted };
}

/** "80% (8 of 10 sessions, 1 excused absence not counted)" or "No sessions recorded". */
export function formatRate(r: AttendanceRate): string {
  if (r.rate === null) return r.excused > 0 ? `No sessions counted (${plural(r.excused, 'excused absence')})` : 'No sessions recorded';
  const excused = r.excused > 0 ? `, ${plural(r.excused, 'excused absence')} not counted` : '';
  return `${Math.round(r.rate * 100)}% (${r.attended} of ${plural(r.counted, 'session')}${excused})`;
}

export interface EngagementPoint {
  readonly sessionId: string;
  readonly at: string;
  readonly engagement: number;
}

/** Rated engagement in session order (unrated sessions and absences are gaps, not zeros). */
export function engagementSeries(records: readonly Pick<Attendance, 'sessionId' | 'sessionAt' | 'status' | 'engagement'>[]): EngagementPoint[] {
  return [...records]
    .filter((r) => attended(r.status) && r.engagement !== null)
    .sort((a, b) => a.sessionAt.localeCompare(b.sessionAt))
    .map((r) => ({ sessionId: r.sessionId, at: r.sessionAt, engagement: r.engagement ?? 0 }));
}

/** The unexcused absences that end a client's record when two or more are consecutive; empty otherwise. */
export function absenceStreak<T extends Marked>(records: readonly T[]): T[] {
  const ordered = [...records].sort((a, b) => a.sessionAt.localeCompare(b.sessionAt));
  const streak: T[] = [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const r = ordered[i];
    if (r?.status !== 'absent-unexcused') break;
    streak.unshift(r);
  }
  return streak.length >= 2 ? streak : [];
}

/** Clients whose latest two or more sessions were unexcused absences (the alert stays until they attend again). */
export function clientsWithAbsenceAlert(records: readonly (Marked & Pick<Attendance, 'clientId'>)[]): ReadonlySet<string> {
  const byClient = new Map<string, (Marked & Pick<Attendance, 'clientId'>)[]>();
  for (const r of records) byClient.set(r.clientId, [...(byClient.get(r.clientId) ?? []), r]);
  return new Set([...byClient].filter(([, rs]) => absenceStreak(rs).length > 0).map(([id]) => id));
}
