import { z } from 'zod';
import { fieldErrors, type FieldErrors } from './client';
import { isIsoDate } from './dates';
import { SESSION_KINDS, SESSION_MODALITIES, SESSION_STATUSES, type FamilyAttendee, type Session } from './records';
import { RELATIONS } from './relations';

/** Sessions: kinds, the form's validation and the local-time arithmetic of the schedule. `now` is a parameter. */

export type SessionKind = (typeof SESSION_KINDS)[number];
export type SessionModality = (typeof SESSION_MODALITIES)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_KIND_LABELS: Readonly<Record<SessionKind, string>> = {
  individual: 'Individual',
  group: 'Group',
  family: 'Family',
  medication: 'Medication visit',
};

/** What a session is called in a heading: "Medication visit", never "Medication visit session". */
export function sessionKindHeading(kind: SessionKind): string {
  return kind === 'medication' ? SESSION_KIND_LABELS.medication : `${SESSION_KIND_LABELS[kind]} session`;
}

/** The session's own title after `separator`, or '' when it has none or it only repeats the kind ("Medication visit, Medication visit"). */
export function titleSuffix(session: Pick<Session, 'kind' | 'title'>, separator: string): string {
  const title = session.title.trim();
  const kind = SESSION_KIND_LABELS[session.kind].toLowerCase();
  return title === '' || title.toLowerCase() === kind || title.toLowerCase() === `${kind} session` ? '' : `${separator}${title}`;
}

export const MODALITY_LABELS: Readonly<Record<SessionModality, string>> = { video: 'Video', phone: 'Phone', 'in-person': 'In person' };

export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, string>> = { scheduled: 'Scheduled', held: 'Held', cancelled: 'Cancelled' };

export const FAMILY_RELATIONS = RELATIONS;

/** What the session form holds while the user types. */
export interface SessionFormValues {
  kind: SessionKind;
  status: SessionStatus;
  date: string;
  time: string;
  durationMinutes: number | string;
  modality: SessionModality;
  clinicianIds: string[];
  clientId: string;
  groupId: string;
  familyAttendees: { name: string; relation: string }[];
  title: string;
}

const attendeeSchema = z.object({
  name: z.string().trim().min(1, 'Enter the attendee’s name.').max(120, 'A name is at most 120 characters.'),
  relation: z.string().trim().min(1, 'Choose how the attendee is related to the client.').max(60, 'A relation is at most 60 characters.'),
});

const sessionFormSchema = (now: Date) =>
  z
    .object({
      kind: z.enum(SESSION_KINDS, { error: 'Choose the kind of session.' }),
      status: z.enum(SESSION_STATUSES, { error: 'Choose the session’s status.' }),
      date: z.string().refine(isIsoDate, 'Enter the session’s date.'),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the start time, for example 14:30.'),
      durationMinutes: z.coerce
        .number({ error: 'Enter the duration in minutes.' })
        .int('Enter whole minutes.')
        .min(5, 'A session lasts at least 5 minutes.')
        .max(480, 'A session lasts at most 480 minutes (8 hours).'),
      modality: z.enum(SESSION_MODALITIES, { error: 'Choose video, phone or in person.' }),
      clinicianIds: z.array(z.string().min(1)).min(1, 'Choose at least one clinician.').max(10),
      clientId: z.string(),
      groupId: z.string(),
      familyAttendees: z.array(attendeeSchema).max(20, 'At most 20 family attendees.'),
      title: z.string().trim().max(200, 'The topic is at most 200 characters.'),
    })
    .superRefine((v, ctx) => {
      if (v.kind === 'group' && !v.groupId) ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'Choose the group.' });
      if (v.kind !== 'group' && !v.clientId) ctx.addIssue({ code: 'custom', path: ['clientId'], message: 'Choose the client.' });
      if (v.kind === 'family' && v.familyAttendees.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['familyAttendees'], message: 'Add at least one family member who attended.' });
      }
      if (v.status === 'held' && Date.parse(sessionTimes(v.date, v.time, 0).startsAt) > now.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['status'],
          message: 'This session has not started yet, so it cannot be Held: keep it Scheduled, or correct the date and time.',
        });
      }
    });

export type SessionFormInput = z.infer<ReturnType<typeof sessionFormSchema>>;

/** Validates the session form at `now` (a Held session has started); returns the parsed values or the first error per field. */
export function validateSessionForm(
  input: unknown,
  now: Date,
): { readonly ok: true; readonly value: SessionFormInput } | { readonly ok: false; readonly errors: FieldErrors } {
  const result = sessionFormSchema(now).safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** Local "YYYY-MM-DD" and "HH:MM" → start and end instants (ISO, UTC). */
export function sessionTimes(date: string, time: string, minutes: number): { readonly startsAt: string; readonly endsAt: string } {
  const start = new Date(`${date}T${time}:00`);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + minutes * 60_000).toISOString() };
}

/** Whole minutes between a session's start and end. */
export function durationMinutes(s: Pick<Session, 'startsAt' | 'endsAt'>): number {
  return Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day and time of an instant. */
export function localParts(instant: string): { readonly date: string; readonly time: string } {
  const d = new Date(instant);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** [from, to) instants of one local calendar day. */
export function dayRange(day: string): { readonly from: string; readonly to: string } {
  const start = new Date(`${day}T00:00:00`);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { from: start.toISOString(), to: end.toISOString() };
}

/** The calendar day `days` after (or before) `day`. */
export function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00`);
  d.setDate(d.getDate() + days);
  return localParts(d.toISOString()).date;
}

/** A new session's form: individual, by video, 50 minutes, today at the next full hour, led by the user. */
export function newSessionForm(userId: string, now: Date, preset: Partial<SessionFormValues> = {}): SessionFormValues {
  const next = new Date(now);
  next.setHours(now.getHours() + 1, 0, 0, 0);
  const { date, time } = localParts(next.toISOString());
  return {
    kind: 'individual',
    status: 'scheduled',
    date,
    time,
    durationMinutes: 50,
    modality: 'video',
    clinicianIds: [userId],
    clientId: '',
    groupId: '',
    familyAttendees: [],
    title: '',
    ...preset,
  };
}

/** An existing session's form. */
export function sessionToForm(s: Session): SessionFormValues {
  const { date, time } = localParts(s.startsAt);
  return {
    kind: s.kind,
    status: s.status,
    date,
    time,
    durationMinutes: durationMinutes(s),
    modality: s.modality,
    clinicianIds: [...s.clinicianIds],
    clientId: s.clientId,
    groupId: s.groupId,
    familyAttendees: s.familyAttendees.map((a) => ({ ...a })),
    title: s.title,
  };
}

/** The stored fields of a validated form: a group session has no client, other kinds no group, only family attendees. */
export function formToSession(v: SessionFormInput): Omit<Session, 'id' | 'authorId' | 'createdAt' | 'updatedAt' | 'summary' | 'feedbackResponseId'> {
  const clinicianIds = [...new Set(v.clinicianIds)];
  const attendees: FamilyAttendee[] = v.kind === 'family' ? v.familyAttendees.map((a) => ({ name: a.name, relation: a.relation })) : [];
  return {
    kind: v.kind,
    status: v.status,
    ...sessionTimes(v.date, v.time, v.durationMinutes),
    modality: v.modality,
    clinicianId: clinicianIds[0] ?? '',
    clinicianIds,
    clientId: v.kind === 'group' ? '' : v.clientId,
    groupId: v.kind === 'group' ? v.groupId : '',
    familyAttendees: attendees,
    title: v.title,
  };
}

/** Sessions of one clinician (lead or co-clinician). */
export function sessionsOf<T extends Pick<Session, 'clinicianIds'>>(sessions: readonly T[], clinicianId: string): T[] {
  return sessions.filter((s) => s.clinicianIds.includes(clinicianId));
}
