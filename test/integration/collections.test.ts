import { firstValueFrom, skip, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  appendAudit,
  insertClient,
  insertStaff,
  dischargeClient,
  findAttendanceForSession,
  findClinicRecords,
  findGroupsByStatus,
  findMedicationEventsForClient,
  findMedicationsForClient,
  findNotesForClient,
  findResponsesForClient,
  findSessionsForClient,
  getClient,
  getPlanVersion,
  getStaff,
  insertAttendance,
  insertClinicRecord,
  insertGroup,
  insertMedication,
  insertMedicationEvent,
  insertNote,
  insertPlanDraft,
  insertResponse,
  insertSession,
  RecordNotFoundError,
  setStaffActive,
  updateClient,
  updateStaff,
  watchAudit,
  watchClient,
  watchClients,
  watchStaff,
} from '../../renderer/db';
import { COLLECTION_SPECS } from '../../renderer/db/schema-plan';
import type { ClientInput } from '../../shared/domain/client';
import { planVersion } from '../unit/shared/progress/plan-fixture';
import { clientInput } from '../utils/client-input';
import { sertralineRecord } from '../utils/medication-input';
import { dumpIndexedDb, newKey, openDb } from './db-helpers';

const at = (iso: string) => ({ authorId: 'staff-1', now: new Date(iso) });
const T0 = '2026-11-27T09:00:00.000Z';

function client(firstName: string, lastName: string): ClientInput {
  return clientInput({ firstName, lastName, dateOfBirth: '1985-01-30', levelOfCare: 'PHP', program: 'Dual diagnosis', primaryClinicianId: 'staff-1' });
}

describe('clients', () => {
  it('creates, edits and discharges a client, keeping every field', async () => {
    const db = await openDb('clients-roundtrip', await newKey());
    const created = await insertClient(db, client('Ada', 'Lovelace'), at(T0));
    expect(created).toMatchObject({ status: 'active', dischargeDate: null, createdAt: T0, updatedAt: T0, authorId: 'staff-1' });
    const edited = await updateClient(
      db,
      created.id,
      { ...client('Ada', 'King'), pronouns: 'she/her' },
      { authorId: 'staff-2', now: new Date('2026-11-28T10:00:00Z') },
    );
    expect(edited).toMatchObject({ lastName: 'King', pronouns: 'she/her', createdAt: T0, updatedAt: '2026-11-28T10:00:00.000Z', authorId: 'staff-2' });
    const discharged = await dischargeClient(
      db,
      created.id,
      { dischargeDate: '2026-12-01', dischargeReason: 'Completed program', dischargeNote: 'Met goals' },
      at('2026-12-01T16:00:00Z'),
    );
    expect(discharged).toMatchObject({
      status: 'discharged',
      lastName: 'King',
      dischargeDate: '2026-12-01',
      dischargeReason: 'Completed program',
      dischargeNote: 'Met goals',
    });
    expect(await getClient(db, created.id)).toEqual(discharged);
    expect(await getClient(db, 'nobody')).toBeNull();
    await expect(updateClient(db, 'nobody', client('X', 'Y'), at(T0))).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('lists clients by last name, then first name, and keeps the list live', async () => {
    const db = await openDb('clients-list', await newKey());
    await insertClient(db, client('Zed', 'adams'), at(T0));
    await insertClient(db, client('Amy', 'Baker'), at(T0));
    await insertClient(db, client('Bob', 'Adams'), at(T0));
    const names = (list: readonly { firstName: string; lastName: string }[]) => list.map((c) => `${c.lastName}, ${c.firstName}`);
    expect(names(await firstValueFrom(watchClients(db)))).toEqual(['Adams, Bob', 'adams, Zed', 'Baker, Amy']);
    const next = firstValueFrom(watchClients(db).pipe(skip(1)));
    await insertClient(db, client('Cy', 'Abbot'), at(T0));
    expect(names(await next)[0]).toBe('Abbot, Cy');
  });

  it('watches one client through an edit and reports a missing one as null', async () => {
    const db = await openDb('clients-one', await newKey());
    const c = await insertClient(db, client('Ada', 'Lovelace'), at(T0));
    const seen = firstValueFrom(watchClient(db, c.id).pipe(take(2), toArray()));
    await updateClient(db, c.id, client('Ada', 'King'), at(T0));
    expect((await seen).map((x) => x?.lastName)).toEqual(['Lovelace', 'King']);
    expect(await firstValueFrom(watchClient(db, 'missing'))).toBeNull();
  });
});

describe('staff', () => {
  it('creates with a chosen id, edits, deactivates and lists by name', async () => {
    const db = await openDb('staff', await newKey());
    const admin = await insertStaff(db, { name: 'Zoe Admin', role: 'admin', credentials: '', supervised: false }, { ...at(T0), id: 'u1' });
    await insertStaff(db, { name: 'Ari Therapist', role: 'therapist', credentials: 'LCSW', supervised: true }, at(T0));
    expect(admin).toMatchObject({ id: 'u1', active: true });
    await updateStaff(db, 'u1', { name: 'Zoe Admin', role: 'admin', credentials: 'MBA', supervised: false }, at(T0));
    const off = await setStaffActive(db, 'u1', false, at('2026-11-28T08:00:00Z'));
    expect(off).toMatchObject({ active: false, credentials: 'MBA', updatedAt: '2026-11-28T08:00:00.000Z' });
    expect(await getStaff(db, 'u1')).toEqual(off);
    expect((await firstValueFrom(watchStaff(db))).map((s) => [s.name, s.active])).toEqual([
      ['Ari Therapist', true],
      ['Zoe Admin', false],
    ]);
  });
});

describe('audit', () => {
  it('lists the newest events first, within the limit, same-time events in write order', async () => {
    const db = await openDb('audit', await newKey());
    const event = (detail: string) => ({ action: 'view', entity: 'client', entityId: 'c1', actorId: 'u1', detail }) as const;
    await appendAudit(db, event('first'), { now: new Date('2026-11-27T09:00:00Z') });
    await appendAudit(db, event('third'), { now: new Date('2026-11-27T11:00:00Z') });
    await appendAudit(db, event('second'), { now: new Date('2026-11-27T10:00:00Z') });
    await appendAudit(db, event('fourth'), { now: new Date('2026-11-27T11:00:00Z') });
    expect((await firstValueFrom(watchAudit(db, { limit: 10 }))).map((e) => e.detail)).toEqual(['fourth', 'third', 'second', 'first']);
    expect((await firstValueFrom(watchAudit(db, { limit: 2 }))).map((e) => e.detail)).toEqual(['fourth', 'third']);
  });
});

describe('schema plan', () => {
  it('opens all twelve collections', async () => {
    const db = await openDb('plan', await newKey());
    expect(Object.keys(db.collections).sort()).toEqual([
      'attendance',
      'audit',
      'careplans',
      'clients',
      'clinic',
      'groups',
      'medevents',
      'medications',
      'notes',
      'responses',
      'sessions',
      'staff',
    ]);
  });

  it.each(Object.entries(COLLECTION_SPECS))('%s: sealed fields exist, are optional and never indexed', (name, spec) => {
    const properties = Object.keys(spec.schema.properties);
    const indexed = (spec.schema.indexes ?? []).flat();
    expect(spec.name).toBe(name);
    expect(spec.schema.primaryKey).toBe('id');
    expect(spec.schema.properties.id).toMatchObject({ maxLength: 64 });
    expect(spec.sealed.length).toBeGreaterThan(0);
    for (const field of spec.sealed) {
      expect(properties).toContain(field);
      expect(indexed).not.toContain(field);
      expect(spec.schema.required).not.toContain(field);
    }
  });
});

describe('the other collections', () => {
  it('insert and find through the seal, with nothing written in plaintext', async () => {
    const db = await openDb('others', await newKey());
    const ctx = at(T0);
    const secret = (what: string) => `SECRET-${what}`;
    const group = await insertGroup(db, { status: 'active', leaderId: 'u1', memberIds: ['c1'], name: secret('group'), description: '' }, ctx);
    const session = await insertSession(
      db,
      {
        kind: 'individual',
        status: 'held',
        clientId: 'c1',
        groupId: '',
        clinicianId: 'u1',
        clinicianIds: ['u1'],
        startsAt: T0,
        endsAt: T0,
        modality: 'video',
        familyAttendees: [{ name: secret('attendee'), relation: 'Parent' }],
        feedbackResponseId: '',
        title: secret('session'),
        summary: '',
      },
      ctx,
    );
    await insertAttendance(
      db,
      {
        sessionId: session.id,
        clientId: 'c1',
        sessionAt: T0,
        status: 'late',
        engagement: 4,
        participationNote: secret('attendance'),
        communicationNote: secret('communication'),
        regulationNote: '',
        connectionProblems: ['audio'],
      },
      ctx,
    );
    await insertNote(
      db,
      {
        kind: 'note',
        status: 'draft',
        clientId: 'c1',
        sessionId: session.id,
        parentId: '',
        templateId: 'dap',
        cosignerId: '',
        signedAt: null,
        title: 'DAP',
        sections: [{ key: 'd', heading: 'Data', html: secret('note') }],
      },
      ctx,
    );
    await insertResponse(
      db,
      {
        kind: 'measure',
        instrumentId: 'phq9',
        instrumentVersion: '1',
        clientId: 'c1',
        sessionId: '',
        respondent: 'client',
        completedAt: T0,
        answers: { q9: secret('answer') },
        score: 14,
        band: 'moderate',
        flags: ['item9'],
        comment: '',
      },
      ctx,
    );
    const med = await insertMedication(db, sertralineRecord('c1', { prescriberId: 'u1', name: secret('medication') }), ctx);
    await insertMedicationEvent(
      db,
      {
        kind: 'side-effect',
        clientId: 'c1',
        medicationId: med.id,
        sessionId: '',
        occurredOn: '2026-11-20',
        detail: { effect: secret('effect'), severity: 2 },
        note: '',
      },
      ctx,
    );
    await insertPlanDraft(db, planVersion({ clientStatement: secret('goal') }), ctx);
    await insertClinicRecord(
      db,
      { kind: 'quarantine', status: 'open', refCollection: 'notes', refId: 'n1', data: { body: secret('quarantine') }, reason: 'forbidden' },
      ctx,
    );

    expect((await findGroupsByStatus(db, 'active')).map((g) => g.name)).toEqual([group.name]);
    expect((await findSessionsForClient(db, 'c1'))[0]?.title).toBe(secret('session'));
    expect((await findAttendanceForSession(db, session.id))[0]).toMatchObject({
      engagement: 4,
      participationNote: secret('attendance'),
      connectionProblems: ['audio'],
    });
    expect((await findNotesForClient(db, 'c1'))[0]?.sections[0]?.html).toBe(secret('note'));
    expect((await findResponsesForClient(db, 'c1'))[0]).toMatchObject({ answers: { q9: secret('answer') }, score: 14, flags: ['item9'] });
    expect((await findMedicationsForClient(db, 'c1'))[0]?.name).toBe(secret('medication'));
    expect((await findMedicationEventsForClient(db, 'c1'))[0]?.detail).toEqual({ effect: secret('effect'), severity: 2 });
    expect((await getPlanVersion(db, 'v1'))?.clientStatement).toBe(secret('goal'));
    expect((await findClinicRecords(db, 'quarantine'))[0]).toMatchObject({ refId: 'n1', data: { body: secret('quarantine') } });
    expect(await dumpIndexedDb()).not.toContain('SECRET-');
  });
});
