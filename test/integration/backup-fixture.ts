/** A seeded clinic backed up on one laptop, and what backup.test.ts and backup-guards.test.ts check it with. */
import type { VaultState } from '../../renderer/app/vault-state';
import { readAllCollections } from '../../renderer/backup/backup-export';
import {
  insertClient,
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
import { ADMIN, newController } from './vault-helpers';
import { sertralineRecord } from '../utils/medication-input';

export const ALEX = ADMIN;
const T0 = '2026-11-27T09:00:00.000Z';
export const noProgress = () => undefined;
/** A laptop: a vault controller on its own fresh vault store (vault-helpers closes it after each test). */
export const laptop = newController;

export function unlocked(state: VaultState) {
  if (state.phase !== 'unlocked') throw new Error(`expected unlocked, was ${state.phase}`);
  return state;
}

async function seed(db: WaypointDatabase, authorId: string): Promise<void> {
  const ctx = { authorId, now: new Date(T0) };
  const client = await insertClient(
    db,
    {
      firstName: 'Quincy',
      lastName: 'Testperson',
      preferredName: 'Q',
      pronouns: 'they/them',
      dateOfBirth: '1985-01-30',
      levelOfCare: 'PHP',
      program: 'Dual diagnosis',
      primaryClinicianId: authorId,
      admissionDate: '2026-11-01',
      contacts: [],
    },
    ctx,
  );
  const c1 = client.id;
  await insertGroup(db, { status: 'active', leaderId: authorId, memberIds: [c1], name: 'Tuesday DBT', description: '' }, ctx);
  const session = await insertSession(
    db,
    {
      kind: 'individual',
      status: 'held',
      clientId: c1,
      groupId: '',
      clinicianId: authorId,
      clinicianIds: [authorId],
      startsAt: T0,
      endsAt: T0,
      modality: 'video',
      familyAttendees: [{ name: 'Pat', relation: 'Parent' }],
      feedbackResponseId: '',
      title: 'Check-in',
      summary: '',
    },
    ctx,
  );
  await insertAttendance(
    db,
    {
      sessionId: session.id,
      clientId: c1,
      sessionAt: T0,
      status: 'late',
      engagement: 4,
      participationNote: 'engaged',
      communicationNote: '',
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
      clientId: c1,
      sessionId: session.id,
      parentId: '',
      templateId: 'dap',
      cosignerId: '',
      signedAt: null,
      title: 'DAP',
      sections: [{ key: 'd', heading: 'Data', html: '<p>Slept better ✓</p>' }],
    },
    ctx,
  );
  await insertResponse(
    db,
    {
      kind: 'measure',
      instrumentId: 'phq9',
      instrumentVersion: '1',
      clientId: c1,
      sessionId: '',
      respondent: 'client',
      completedAt: T0,
      answers: { q9: 1 },
      score: 14,
      band: 'moderate',
      flags: ['item9'],
      comment: '',
    },
    ctx,
  );
  const med = await insertMedication(db, sertralineRecord(c1, { prescriberId: authorId }), ctx);
  await insertMedicationEvent(
    db,
    { kind: 'side-effect', clientId: c1, medicationId: med.id, sessionId: '', occurredOn: '2026-11-20', detail: { effect: 'nausea', severity: 2 }, note: '' },
    ctx,
  );
  await insertHomework(
    db,
    {
      homeworkId: 'h1',
      clientId: c1,
      title: 'Sleep diary',
      instructions: 'Each morning',
      category: 'thought_record',
      objectiveIds: [],
      assignedInSessionId: null,
      assignedBy: 's1',
      assignedOn: '2026-11-01',
      schedule: { type: 'daily', from: '2026-11-01', to: '2026-11-14' },
      status: 'assigned',
      attachments: [],
    },
    ctx,
  );
  await insertClinicRecord(db, { kind: 'quarantine', status: 'open', refCollection: 'notes', refId: 'n1', data: { body: 'x' }, reason: 'forbidden' }, ctx);
}

/** A seeded clinic backed up on one laptop, then locked (its database closed): the backup text and what it held. */
export async function backedUpClinic() {
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

export function deleteDatabase(name: string): Promise<void> {
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
export async function storedDocumentCount(clinicId: string): Promise<number> {
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

export async function storedDatabaseNames(clinicId: string): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((d) => (d.name?.includes(clinicId) ? [d.name] : []));
}
