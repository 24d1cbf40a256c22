import { describe, expect, it } from 'vitest';
import { RESTORE_NEEDS_EMPTY_PROFILE } from '../../renderer/backup/restore-clinic';
import type { VaultState } from '../../renderer/app/vault-state';
import { readAllCollections } from '../../renderer/backup/backup-export';
import { restoreIntoEmpty, RestoreError } from '../../renderer/backup/backup-restore';
import { staffInBackup } from '../../renderer/backup/restore-clinic';
import {
  createClient,
  insertAttendance,
  insertHomework,
  insertClinicRecord,
  insertGroup,
  insertMedication,
  insertMedicationEvent,
  insertNote,
  insertResponse,
  insertSession,
  type WaypointDatabase,
} from '../../renderer/db';
import { readClinic } from '../../renderer/vault/vault';
import type { BackupError } from '../../shared/backup/backup-format';
import { newController } from './vault-helpers';

const ALEX = { name: 'Alex Admin', passphrase: 'correct horse battery staple' };
const T0 = '2026-11-27T09:00:00.000Z';
const noProgress = () => undefined;
/** A laptop: a vault controller on its own fresh vault store (vault-helpers closes it after each test). */
const laptop = newController;

function unlocked(state: VaultState) {
  if (state.phase !== 'unlocked') throw new Error(`expected unlocked, was ${state.phase}`);
  return state;
}

async function seed(db: WaypointDatabase, authorId: string): Promise<void> {
  const ctx = { authorId, now: new Date(T0) };
  const client = await createClient(db, { firstName: 'Quincy', lastName: 'Testperson', preferredName: 'Q', pronouns: 'they/them', dateOfBirth: '1985-01-30', levelOfCare: 'PHP', program: 'Dual diagnosis', primaryClinicianId: authorId, admissionDate: '2026-11-01', contacts: [] }, ctx);
  const c1 = client.id;
  await insertGroup(db, { status: 'active', leaderId: authorId, memberIds: [c1], name: 'Tuesday DBT', description: '' }, ctx);
  const session = await insertSession(db, { kind: 'individual', status: 'held', clientId: c1, groupId: '', clinicianId: authorId, clinicianIds: [authorId], startsAt: T0, endsAt: T0, modality: 'video', familyAttendees: [{ name: 'Pat', relation: 'Parent' }], feedbackResponseId: '', title: 'Check-in', summary: '' }, ctx);
  await insertAttendance(db, { sessionId: session.id, clientId: c1, sessionAt: T0, status: 'late', engagement: 4, participationNote: 'engaged', communicationNote: '', regulationNote: '', connectionProblems: ['audio'] }, ctx);
  await insertNote(db, { kind: 'note', status: 'draft', clientId: c1, sessionId: session.id, parentId: '', templateId: 'dap', cosignerId: '', signedAt: null, title: 'DAP', sections: [{ key: 'd', heading: 'Data', html: '<p>Slept better ✓</p>' }] }, ctx);
  await insertResponse(db, { kind: 'measure', instrumentId: 'phq9', instrumentVersion: '1', clientId: c1, sessionId: '', respondent: 'client', completedAt: T0, answers: { q9: 1 }, score: 14, band: 'moderate', flags: ['item9'], comment: '' }, ctx);
  const med = await insertMedication(db, { clientId: c1, status: 'active', prescriberId: authorId, name: 'Sertraline', strength: '', dose: 20, doseUnit: 'mg', route: 'oral', schedule: { asNeeded: false, timesPerDay: 1, times: [] }, prescriber: '', indication: '', startedOn: '2026-11-01', stoppedOn: null, stopReason: '' }, ctx);
  await insertMedicationEvent(db, { kind: 'side-effect', clientId: c1, medicationId: med.id, sessionId: '', occurredOn: '2026-11-20', detail: { effect: 'nausea', severity: 2 }, note: '' }, ctx);
  await insertHomework(db, {
    homeworkId: 'h1', clientId: c1, title: 'Sleep diary', instructions: 'Each morning', category: 'thought_record', objectiveIds: [], assignedInSessionId: null,
    assignedBy: 's1', assignedOn: '2026-11-01', schedule: { type: 'daily', from: '2026-11-01', to: '2026-11-14' }, status: 'assigned', attachments: [],
  }, ctx);
  await insertClinicRecord(db, { kind: 'quarantine', status: 'open', refCollection: 'notes', refId: 'n1', data: { body: 'x' }, reason: 'forbidden' }, ctx);
}

/** A seeded clinic backed up on one laptop, then locked (its database closed): the backup text and what it held. */
async function backedUpClinic() {
  const { controller } = await laptop();
  await controller.prepareClinic({ clinicName: 'Harbor IOP', adminName: ALEX.name, passphrase: ALEX.passphrase });
  const state = controller.getState();
  const recoveryKey = state.phase === 'confirm-recovery' ? state.prepared.recoveryKey : '';
  await controller.confirmRecovery();
  const { db, vault } = unlocked(controller.getState());
  await seed(db, vault.user.id);
  const before = await readAllCollections(db, noProgress);
  const progress: number[] = [];
  const { text, counts } = await controller.backUp((p) => progress.push(p.done));
  await controller.lock('button');
  // The restoring laptop is another computer: this one's database (same clinic, same name) is not on it.
  await Promise.all((await storedDatabaseNames(vault.clinicId)).map((name) => deleteDatabase(name)));
  return { text, counts, before, recoveryKey, clinicId: vault.clinicId, adminId: vault.user.id, progress };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => {
      resolve();
    };
    request.onerror = () => {
      reject(request.error ?? new Error(`could not delete ${name}`));
    };
  });
}

/** Documents at rest in every IndexedDB database of the clinic (whatever RxDB left of a removed one). */
async function storedDocumentCount(clinicId: string): Promise<number> {
  let count = 0;
  for (const name of await storedDatabaseNames(clinicId)) {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error(`could not open ${name}`));
      };
    });
    for (const store of Array.from(idb.objectStoreNames).filter((s) => s === 'docs')) {
      const request = idb.transaction(store, 'readonly').objectStore(store).count();
      count += await new Promise<number>((resolve) => {
        request.onsuccess = () => {
          resolve(request.result);
        };
      });
    }
    idb.close();
  }
  return count;
}

async function storedDatabaseNames(clinicId: string): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((d) => (d.name?.includes(clinicId) ? [d.name] : []));
}

function flipBodyChar(text: string): string {
  const at = text.lastIndexOf('"body":"') + 200;
  return text.slice(0, at) + (text.charAt(at) === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

function newerNotesSchema(text: string): string {
  const file = JSON.parse(text) as { header: { schemaVersions: Record<string, number> } };
  file.header.schemaVersions.notes = 99;
  return JSON.stringify(file);
}

describe('encrypted backup and restore', () => {
  it('restores a seeded clinic into a fresh laptop: every record equal, unlocked with the recovery key', async () => {
    const backup = await backedUpClinic();
    expect(backup.text).not.toContain('Quincy');
    // clinic: the seeded record plus the first admin's public signing key and its self-signed root certificate.
    expect(backup.counts).toMatchObject({ clients: 1, notes: 1, sessions: 1, groups: 1, attendance: 1, responses: 1, medications: 1, medevents: 1, careplans: 1, clinic: 3, staff: 1 });
    expect(backup.progress.at(-1)).toBe(Object.values(backup.counts).reduce((a, b) => a + b, 0));

    const { controller, deps } = await laptop();
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    expect(staffInBackup(opened)).toEqual([{ id: backup.adminId, name: ALEX.name, role: 'admin' }]);
    const progress: number[] = [];
    await controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, (p) => progress.push(p.done));
    const { db, vault } = unlocked(controller.getState());
    expect(vault).toMatchObject({ clinicId: backup.clinicId, clinicName: 'Harbor IOP', user: { id: backup.adminId, role: 'admin' } });
    expect(progress.at(-1)).toBe(Object.values(backup.counts).reduce((a, b) => a + b, 0));

    const after = await readAllCollections(db, noProgress);
    for (const [name, docs] of Object.entries(backup.before)) {
      const restored = new Map((after[name] ?? []).map((d) => [d.id, d]));
      for (const doc of docs) expect(restored.get(doc.id), `${name}/${String(doc.id)}`).toEqual(doc);
    }
    // The laptop's keyring: the new passphrase and the backup's recovery wrap both open it.
    await controller.lock('button');
    expect(await controller.unlock(backup.adminId, 'a brand new passphrase')).toMatchObject({ ok: true });
    await controller.lock('button');
    const recovered = await controller.recover({ recoveryKey: backup.recoveryKey, userId: backup.adminId, newPassphrase: 'yet another passphrase' });
    expect(recovered).toMatchObject({ ok: true });
    expect((await readClinic(deps.store))?.clinicId).toBe(backup.clinicId);
  });

  const refused: readonly (readonly [string, (text: string) => string, BackupError['code']])[] = [
    ['a flipped byte', flipBodyChar, 'altered'],
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length * 0.8)), 'truncated'],
    ['a newer schema', newerNotesSchema, 'newer-schema'],
  ];

  it.each(refused)('refuses %s and writes nothing', async (_what, edit, code) => {
    const backup = await backedUpClinic();
    const { controller, deps } = await laptop();
    await expect(controller.openBackup(edit(backup.text), backup.recoveryKey)).rejects.toMatchObject({ code });
    expect(controller.getState().phase).toBe('setup');
    expect(await readClinic(deps.store)).toBeNull();
    expect(await storedDatabaseNames(backup.clinicId)).toEqual([]);
  });

  it('removes everything when a record fails to restore halfway, and keeps no keyring', async () => {
    const backup = await backedUpClinic();
    const { controller, deps } = await laptop();
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    const notes = opened.body.collections.notes ?? [];
    const broken = { ...opened, body: { ...opened.body, collections: { ...opened.body.collections, notes: [...notes, { id: 'bad', kind: 'not-a-kind' }] } } };
    const progress: number[] = [];
    await expect(controller.restoreBackup({ opened: broken, userId: backup.adminId, passphrase: 'a brand new passphrase' }, (p) => progress.push(p.done))).rejects.toThrow();
    expect(Math.max(...progress)).toBeGreaterThan(0); // clients, staff, … were written before the notes failed
    expect(controller.getState().phase).toBe('setup');
    expect(await readClinic(deps.store)).toBeNull();
    expect(await storedDocumentCount(backup.clinicId)).toBe(0);
    // The same laptop can then restore the intact backup.
    await controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, noProgress);
    expect((await readAllCollections(unlocked(controller.getState()).db, noProgress)).clients).toEqual(backup.before.clients);
  });

  it('refuses a restore from inside an unlocked app, even into a clinic with no records yet: nothing changes', async () => {
    const backup = await backedUpClinic();
    const { controller } = await laptop();
    await controller.prepareClinic({ clinicName: 'Fresh IOP', adminName: ALEX.name, passphrase: ALEX.passphrase });
    await controller.confirmRecovery();
    const before = unlocked(controller.getState());
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    await expect(controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, noProgress)).rejects.toThrow(RESTORE_NEEDS_EMPTY_PROFILE);
    const after = unlocked(controller.getState());
    expect(after.vault.clinicId).toBe(before.vault.clinicId);
    expect(after.vault.clinicName).toBe('Fresh IOP');
    expect(await after.db.clients.count().exec()).toBe(0);
  });

  it('refuses a restore into a profile that already holds records', async () => {
    const backup = await backedUpClinic();
    const { controller } = await laptop();
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    await controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, noProgress);
    const { db } = unlocked(controller.getState());
    await expect(restoreIntoEmpty(db, opened.body, noProgress)).rejects.toBeInstanceOf(RestoreError);
  });
});
