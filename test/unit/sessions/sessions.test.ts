import { describe, expect, it } from 'vitest';
import {
  dayRange,
  durationMinutes,
  formToSession,
  localParts,
  newSessionForm,
  sessionToForm,
  sessionsOf,
  shiftDay,
  validateSessionForm,
  sessionKindHeading,
  titleSuffix,
  type SessionFormValues,
  type SessionKind,
} from '../../../shared/domain/sessions';
import type { Session } from '../../../shared/domain/records';

const base: SessionFormValues = {
  kind: 'individual',
  status: 'scheduled',
  date: '2026-11-20',
  time: '14:30',
  durationMinutes: '50',
  modality: 'video',
  clinicianIds: ['u1'],
  clientId: 'c1',
  groupId: '',
  familyAttendees: [],
  title: '',
};
// Local noon on the day of `base` (which starts at 14:30 local).
const NOW = new Date('2026-11-20T12:00:00');
const HELD_IN_FUTURE = 'This session has not started yet, so it cannot be Held: keep it Scheduled, or correct the date and time.';

describe('validateSessionForm', () => {
  it.each<[string, Partial<SessionFormValues>, Record<string, string>]>([
    ['no date', { date: '2026-02-30' }, { date: 'Enter the session’s date.' }],
    ['bad time', { time: '25:00' }, { time: 'Enter the start time, for example 14:30.' }],
    ['too short', { durationMinutes: '3' }, { durationMinutes: 'A session lasts at least 5 minutes.' }],
    ['not a number', { durationMinutes: 'an hour' }, { durationMinutes: 'Enter the duration in minutes.' }],
    ['no clinician', { clinicianIds: [] }, { clinicianIds: 'Choose at least one clinician.' }],
    ['individual without client', { clientId: '' }, { clientId: 'Choose the client.' }],
    ['group without group', { kind: 'group', clientId: '' }, { groupId: 'Choose the group.' }],
    ['family without attendees', { kind: 'family' }, { familyAttendees: 'Add at least one family member who attended.' }],
    ['zero minutes', { durationMinutes: 0 }, { durationMinutes: 'A session lasts at least 5 minutes.' }],
    ['4 minutes', { durationMinutes: 4 }, { durationMinutes: 'A session lasts at least 5 minutes.' }],
    ['481 minutes', { durationMinutes: 481 }, { durationMinutes: 'A session lasts at most 480 minutes (8 hours).' }],
    ['part of a minute', { durationMinutes: 50.5 }, { durationMinutes: 'Enter whole minutes.' }],
    ['held later today', { status: 'held' }, { status: HELD_IN_FUTURE }],
    ['held a minute from now', { status: 'held', time: '12:01' }, { status: HELD_IN_FUTURE }],
    ['held tomorrow', { status: 'held', date: '2026-11-21', time: '09:00' }, { status: HELD_IN_FUTURE }],
    [
      'family attendee without relation',
      { kind: 'family', familyAttendees: [{ name: 'Dana', relation: '' }] },
      { 'familyAttendees.0.relation': 'Choose how the attendee is related to the client.' },
    ],
  ])('%s', (_, patch, errors) => {
    const result = validateSessionForm({ ...base, ...patch }, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject(errors);
  });

  it.each<[string, Partial<SessionFormValues>]>([
    ['held, started now', { status: 'held', time: '12:00' }],
    ['held this morning', { status: 'held', time: '09:00' }],
    ['held yesterday', { status: 'held', date: '2026-11-19', time: '15:00' }],
    ['scheduled for tomorrow', { date: '2026-11-21' }],
    ['cancelled in the future', { status: 'cancelled', date: '2026-11-21' }],
    ['5 minutes', { durationMinutes: 5 }],
    ['480 minutes', { durationMinutes: 480 }],
  ])('accepts %s', (_, patch) => {
    expect(validateSessionForm({ ...base, ...patch }, NOW).ok).toBe(true);
  });

  it('stores a group session without a client and an individual one without attendees', () => {
    const group = validateSessionForm({ ...base, kind: 'group', groupId: 'g1', familyAttendees: [{ name: 'x', relation: 'y' }] }, NOW);
    expect(group.ok && formToSession(group.value)).toMatchObject({ clientId: '', groupId: 'g1', familyAttendees: [] });
    const family = validateSessionForm(
      { ...base, kind: 'family', familyAttendees: [{ name: ' Dana ', relation: 'Parent' }], clinicianIds: ['u2', 'u1', 'u2'] },
      NOW,
    );
    expect(family.ok && formToSession(family.value)).toMatchObject({
      clientId: 'c1',
      familyAttendees: [{ name: 'Dana', relation: 'Parent' }],
      clinicianId: 'u2',
      clinicianIds: ['u2', 'u1'],
    });
  });
});

describe('times', () => {
  it('round-trips a form through a stored session in local time', () => {
    const result = validateSessionForm(base, NOW);
    if (!result.ok) throw new Error('valid form refused');
    const stored = {
      ...formToSession(result.value),
      id: 's',
      authorId: 'u1',
      createdAt: '',
      updatedAt: '',
      summary: '',
      feedbackResponseId: '',
    } satisfies Session;
    expect(durationMinutes(stored)).toBe(50);
    expect(sessionToForm(stored)).toMatchObject({ date: '2026-11-20', time: '14:30', durationMinutes: 50 });
  });

  it('steps days across month ends and gives a local day range of 24 hours', () => {
    expect(shiftDay('2026-11-30', 1)).toBe('2026-12-01');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    const { from, to } = dayRange('2026-11-20');
    expect(localParts(from)).toEqual({ date: '2026-11-20', time: '00:00' });
    expect(localParts(to)).toEqual({ date: '2026-11-21', time: '00:00' });
  });

  it('starts a new session at the next full hour, led by the user', () => {
    expect(newSessionForm('u1', new Date(2026, 10, 20, 9, 40))).toMatchObject({ date: '2026-11-20', time: '10:00', clinicianIds: ['u1'] });
  });

  it('finds a clinician’s sessions whether they lead or co-lead', () => {
    const sessions = [
      { id: 'a', clinicianIds: ['u1'] },
      { id: 'b', clinicianIds: ['u2', 'u1'] },
      { id: 'c', clinicianIds: ['u2'] },
    ];
    expect(sessionsOf(sessions, 'u1').map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('session headings', () => {
  it.each<[SessionKind, string, string]>([
    ['medication', 'Medication visit', ''],
    ['medication', 'medication visit session', ''],
    ['medication', 'Dose review', ', Dose review'],
    ['individual', '', ''],
    ['individual', 'Intake', ', Intake'],
    ['group', 'Group session', ''],
  ])('%s titled "%s" → "%s"', (kind, title, expected) => {
    expect(titleSuffix({ kind, title }, ', ')).toBe(expected);
  });

  it('a medication visit is not a "Medication visit session"', () => {
    expect(sessionKindHeading('medication')).toBe('Medication visit');
    expect(sessionKindHeading('group')).toBe('Group session');
  });
});
