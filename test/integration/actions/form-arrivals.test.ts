import { describe, expect, it, vi } from 'vitest';
import {
  findClinicRecords,
  getClient,
  getGroup,
  getMedication,
  getSession,
  insertClinicRecord,
  updateClient,
  updateGroup,
  updateMedication,
  updateSession,
  type ClinicRecord,
  type WaypointDatabase,
} from '../../../renderer/db';
import { updatedVersion, type VersionOf } from '../../../renderer/drafts/form-arrival';
import { createFormFollower } from '../../../renderer/drafts/form-follower';
import { createClientRecord, updateClientRecord } from '../../../renderer/features/clients/client-actions';
import { saveMeasureSchedule } from '../../../renderer/features/measures/measure-actions';
import { newestScheduleRecord, scheduleOf } from '../../../renderer/features/measures/schedule-rules';
import { addMedication, editMedication } from '../../../renderer/features/medications/medication-actions';
import { createGroup, editGroup, editSession, scheduleSession } from '../../../renderer/features/sessions/session-actions';
import type { ActorContext } from '../../../renderer/session';
import type { ClientInput } from '../../../shared/domain/client';
import { actorOn } from './actor';
import { SERTRALINE_INPUT } from '../../utils/medication-input';

/*
 * Every form that edits a synced record, against real storage: the form opens on a version, another laptop's version
 * is written meanwhile; an unchanged form loads it, and a save over unsaved changes keeps it as a conflict copy.
 */

const OTHER = 'staff-other';
const T0 = '2026-12-07T15:00:00.000Z';
const CLIENT: ClientInput = {
  firstName: 'Quincy',
  lastName: 'Testperson',
  preferredName: '',
  pronouns: 'they/them',
  dateOfBirth: '1990-05-01',
  levelOfCare: 'IOP',
  program: 'Adult mental health',
  primaryClinicianId: 'staff-therapist',
  admissionDate: '2026-11-01',
  contacts: [],
};
const GROUP = { name: 'DBT skills', description: 'Tuesdays', leaderId: 'staff-therapist', memberIds: ['c1'], status: 'active' } as const;
const SESSION = {
  kind: 'individual',
  status: 'scheduled',
  clientId: 'c1',
  groupId: '',
  clinicianId: 'staff-therapist',
  clinicianIds: ['staff-therapist'],
  startsAt: T0,
  endsAt: T0,
  modality: 'video',
  familyAttendees: [],
  feedbackResponseId: '',
  title: 'Intake',
  summary: '',
} as const;
const MED = SERTRALINE_INPUT;
const scheduleData = (everyDays: number) => ({ entries: [{ instrumentId: 'PHQ-9', everyDays }] });

/** One form: open a record, write another laptop's version, read what is stored, save the form over it. */
interface FormCase<T extends object> {
  readonly name: string;
  readonly collection: string;
  readonly versionOf: VersionOf<T>;
  readonly open: (ctx: ActorContext) => Promise<T>;
  readonly writeOther: (db: WaypointDatabase, opened: T, now: Date) => Promise<unknown>;
  readonly stored: (db: WaypointDatabase, opened: T) => Promise<T | null>;
  readonly save: (ctx: ActorContext, opened: T) => Promise<unknown>;
  /** What the other laptop wrote, as the conflict copy's data shows it. */
  readonly otherData: Readonly<Record<string, unknown>>;
  /** The newest stored version carries the form's values. */
  readonly savedData: Readonly<Record<string, unknown>>;
}

const other = (now: Date) => ({ authorId: OTHER, now });

const clientCase: FormCase<Awaited<ReturnType<typeof createClientRecord>>> = {
  name: 'client',
  collection: 'clients',
  versionOf: updatedVersion,
  open: (ctx) => createClientRecord(ctx, CLIENT),
  writeOther: (db, o, now) => updateClient(db, o.id, { ...CLIENT, pronouns: 'she/her' }, other(now)),
  stored: (db, o) => getClient(db, o.id),
  save: (ctx, o) => updateClientRecord(ctx, o, { ...CLIENT, preferredName: 'Q' }),
  otherData: { pronouns: 'she/her' },
  savedData: { preferredName: 'Q' },
};
const groupCase: FormCase<Awaited<ReturnType<typeof createGroup>>> = {
  name: 'group',
  collection: 'groups',
  versionOf: updatedVersion,
  open: (ctx) => createGroup(ctx, GROUP),
  writeOther: (db, o, now) => updateGroup(db, o.id, { description: 'Thursdays' }, other(now)),
  stored: (db, o) => getGroup(db, o.id),
  save: (ctx, o) => editGroup(ctx, o.id, { ...GROUP, memberIds: ['c1', 'c2'] }, o),
  otherData: { description: 'Thursdays' },
  savedData: { memberIds: ['c1', 'c2'] },
};
const sessionCase: FormCase<Awaited<ReturnType<typeof scheduleSession>>> = {
  name: 'session',
  collection: 'sessions',
  versionOf: updatedVersion,
  open: (ctx) => scheduleSession(ctx, SESSION),
  writeOther: (db, o, now) => updateSession(db, o.id, { status: 'cancelled' }, other(now)),
  stored: (db, o) => getSession(db, o.id),
  save: (ctx, o) => editSession(ctx, o.id, { ...SESSION, title: 'Intake, part 2' }, ['title'], o),
  otherData: { status: 'cancelled' },
  savedData: { title: 'Intake, part 2' },
};
const medicationCase: FormCase<Awaited<ReturnType<typeof addMedication>>> = {
  name: 'medication',
  collection: 'medications',
  versionOf: updatedVersion,
  open: (ctx) => addMedication(ctx, { clientId: 'c1', sessionId: '' }, MED),
  writeOther: (db, o, now) => updateMedication(db, o.id, { prescriber: 'Dr Okafor' }, { now }),
  stored: (db, o) => getMedication(db, o.id),
  save: (ctx, o) => editMedication(ctx, { clientId: 'c1', sessionId: '' }, o, { ...MED, indication: 'anxiety' }),
  otherData: { prescriber: 'Dr Okafor' },
  savedData: { indication: 'anxiety' },
};
const scheduleCase: FormCase<ClinicRecord> = {
  name: 'measures schedule',
  collection: 'clinic',
  versionOf: (r) => r.id,
  open: async (ctx) => {
    await saveMeasureSchedule(ctx, 'c1', [{ instrumentId: 'PHQ-9', everyDays: 7 }]);
    return newestScheduleRecord(await findClinicRecords(ctx.db, 'schedule'), 'c1') ?? Promise.reject(new Error('no schedule'));
  },
  writeOther: (db, _o, now) =>
    insertClinicRecord(db, { kind: 'schedule', status: 'open', refCollection: 'clients', refId: 'c1', data: scheduleData(28), reason: '' }, other(now)),
  stored: async (db) => newestScheduleRecord(await findClinicRecords(db, 'schedule'), 'c1'),
  save: (ctx, o) => saveMeasureSchedule(ctx, 'c1', [{ instrumentId: 'PHQ-9', everyDays: 14 }], { record: o }),
  otherData: { data: scheduleData(28) },
  savedData: { data: scheduleData(14) },
};
const CASES = [clientCase, groupCase, sessionCase, medicationCase, scheduleCase] as readonly FormCase<object>[];

async function opened<T extends object>(c: FormCase<T>) {
  const a = await actorOn('therapist');
  const record = await c.open(a.ctx);
  const effects = { load: vi.fn(), held: vi.fn() };
  const follower = createFormFollower(record, c.versionOf, effects);
  a.tick();
  return { ...a, record, effects, follower };
}

describe.each(CASES)('the $name form, open while another laptop saves the record', (c) => {
  it('unchanged: loads the arrived version into the form', async () => {
    const { db, ctx, record, follower, effects } = await opened(c);
    await c.writeOther(db, record, ctx.now());
    const stored = await c.stored(db, record);
    follower.report(false, false);
    expect(follower.judge(stored ?? record)).toBe('load');
    expect(effects.load).toHaveBeenCalledWith(stored);
    expect(stored).toMatchObject(c.otherData);
  });

  it("with unsaved changes: the save keeps the arrived version as a conflict copy and stores the form's values", async () => {
    const { db, ctx, record, follower, effects, tick } = await opened(c);
    await c.writeOther(db, record, ctx.now());
    const arrived = await c.stored(db, record);
    follower.report(true, false);
    expect(follower.judge(arrived ?? record)).toBe('keep-as-conflict');
    expect(effects.held).toHaveBeenCalledTimes(1);
    tick();
    await c.save(ctx, record);
    const copies = await findClinicRecords(db, 'conflict-copy');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ refCollection: c.collection, data: c.otherData });
    expect(await c.stored(db, record)).toMatchObject(c.savedData);
  });

  it('saved with nothing arrived: no conflict copy', async () => {
    const { db, ctx, record } = await opened(c);
    await c.save(ctx, record);
    expect(await findClinicRecords(db, 'conflict-copy')).toEqual([]);
    expect(await c.stored(db, record)).toMatchObject(c.savedData);
  });
});

describe("the measures schedule's conflict copy", () => {
  it('names the saved schedule, so Conflicts compares the two and can put the other back', async () => {
    const { db, ctx, record, tick } = await opened(scheduleCase);
    await scheduleCase.writeOther(db, record, ctx.now());
    tick();
    await scheduleCase.save(ctx, record);
    const saved = await scheduleCase.stored(db, record);
    const [copy] = await findClinicRecords(db, 'conflict-copy');
    expect(copy?.refId).toBe(saved?.id);
    expect(saved && scheduleOf(saved)).toEqual([{ instrumentId: 'PHQ-9', everyDays: 14 }]);
  });
});
