/** Plain records for snapshot-builder tests: a client admitted to IOP on 2026-11-01, asOf 2026-12-01 (UTC clinic). */
import type { Attendance, InstrumentResponse, Medication, MedicationEvent, RecordInput, Session } from '../../../../../shared/domain/records';
import { buildReviewEvidence, type SnapshotRecords } from '../../../../../shared/progress/snapshot';

export const ADMITTED = '2026-11-01';
export const AS_OF = '2026-12-01';
export const TZ = 'UTC';

const stamp = { authorId: 's1', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };

export function records(over: Partial<SnapshotRecords> = {}): SnapshotRecords {
  return {
    client: { id: 'c1', admissionDate: ADMITTED, levelOfCare: 'IOP', program: 'Adult mental health' },
    episodes: [],
    responses: [],
    attendance: [],
    sessions: [],
    medications: [],
    medicationEvents: [],
    planVersions: [],
    homework: [],
    safetyPlans: [],
    safetyAcks: [],
    previousReviewOn: null,
    ...over,
  };
}

export function measure(id: string, instrumentId: string, completedAt: string, score: number, over: Partial<InstrumentResponse> = {}): InstrumentResponse {
  return {
    ...stamp,
    id,
    kind: 'measure',
    instrumentId,
    instrumentVersion: '1',
    clientId: 'c1',
    sessionId: '',
    respondent: 'client',
    completedAt,
    answers: {},
    score,
    band: null,
    flags: [],
    comment: '',
    supersedesId: '',
    ...over,
  };
}

export function checkIn(id: string, completedAt: string, mood: number, cravings = 0): InstrumentResponse {
  return {
    ...stamp,
    id,
    kind: 'check-in',
    instrumentId: 'waypoint-check-in',
    instrumentVersion: '1.0.0',
    clientId: 'c1',
    sessionId: '',
    respondent: 'client',
    completedAt,
    answers: { mood, anxiety: 3, stress: 3, cravings, sleepHours: 7, copingSkills: ['Grounding'] },
    score: null,
    band: null,
    flags: [],
    comment: '',
  };
}

export function behaviour(id: string, behaviourId: string, date: string, value: number): InstrumentResponse {
  return {
    ...stamp,
    id,
    kind: 'target_behaviour',
    instrumentId: behaviourId,
    instrumentVersion: '1',
    clientId: 'c1',
    sessionId: '',
    respondent: 'client',
    completedAt: `${date}T20:00:00.000Z`,
    answers: { behaviourId, date, reporter: 'client', value, recall: 'same_day', enteredAt: `${date}T20:00:00.000Z` },
    score: value,
    band: null,
    flags: [],
    comment: '',
    supersedesId: '',
  };
}

/** A held (or other status) 3-hour IOP video group led by s1, as the session form enters it. */
export function groupSessionInput(startsAt: string, status: Session['status'] = 'held', hours = 3): RecordInput<Session> {
  const endsAt = new Date(Date.parse(startsAt) + hours * 3_600_000).toISOString();
  return {
    kind: 'group',
    status,
    clientId: '',
    groupId: 'g1',
    clinicianId: 's1',
    clinicianIds: ['s1'],
    startsAt,
    endsAt,
    modality: 'video',
    familyAttendees: [],
    feedbackResponseId: '',
    title: 'IOP group',
    summary: '',
  };
}

export function session(id: string, startsAt: string, status: Session['status'] = 'held', hours = 3): Session {
  return { ...stamp, id, ...groupSessionInput(startsAt, status, hours) };
}

export function mark(sessionId: string, sessionAt: string, status: Attendance['status'], engagement: number | null = null): Attendance {
  return {
    ...stamp,
    id: `a-${sessionId}`,
    sessionId,
    clientId: 'c1',
    sessionAt,
    status,
    engagement,
    participationNote: '',
    communicationNote: '',
    regulationNote: '',
    connectionProblems: [],
  };
}

/** Sessions with their marks: one a day at 10:00 UTC on each given date. */
export function attendanceOn(entries: readonly (readonly [string, Attendance['status']])[]): Pick<SnapshotRecords, 'attendance' | 'sessions'> {
  const sessions = entries.map(([day]) => session(`s-${day}`, `${day}T10:00:00.000Z`));
  const attendance = entries.map(([day, status]) => mark(`s-${day}`, `${day}T10:00:00.000Z`, status));
  return { sessions, attendance };
}

export function medication(over: Partial<Medication> = {}): Medication {
  return {
    ...stamp,
    id: 'm1',
    clientId: 'c1',
    status: 'active',
    prescriberId: '',
    name: 'Sertraline',
    strength: '50 mg tablet',
    dose: 50,
    doseUnit: 'mg',
    route: 'oral',
    schedule: { asNeeded: false, timesPerDay: 1, times: [] },
    prescriber: 'Dr A',
    indication: 'depression',
    startedOn: '2026-10-01',
    stoppedOn: null,
    stopReason: '',
    ...over,
  };
}

export function medEvent(id: string, kind: MedicationEvent['kind'], occurredOn: string, detail: MedicationEvent['detail']): MedicationEvent {
  return { ...stamp, createdAt: `${occurredOn}T12:00:00.000Z`, id, kind, clientId: 'c1', medicationId: 'm1', sessionId: '', occurredOn, detail, note: '' };
}

/** The review evidence and snapshot of `records(over)` on `asOf`. */
export const build = (over: Partial<SnapshotRecords> = {}, asOf = AS_OF) => buildReviewEvidence(records(over), { asOf, timeZone: TZ });

/** A PHQ-9 score given at 15:00 UTC on `day`. */
export const phq = (id: string, day: string, score: number, over: Partial<InstrumentResponse> = {}) =>
  measure(id, 'PHQ-9', `${day}T15:00:00.000Z`, score, over);
