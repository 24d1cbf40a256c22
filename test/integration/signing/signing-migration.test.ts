import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { findClinicRecords, getNote } from '../../../renderer/db';
import { clinicCollection } from '../../../renderer/db/collections/clinic.collection';
import { notesCollection } from '../../../renderer/db/collections/notes.collection';
import { SEALED_FIELDS } from '../../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../../renderer/db/sealed-storage';
import { closeDb, crypto, newKey, oldSignedNote, openDb } from '../db-helpers';

const T = '2026-11-01T10:00:00.000Z';
const same = <D>(doc: D) => doc;
const identity = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, same]));

/** The v3 notes schema (before signatures) and the v2 clinic schema (before the key kinds). */
function previousSchemas() {
  const noteProps = Object.fromEntries(Object.entries(notesCollection.schema.properties).filter(([name]) => name !== 'signature'));
  const notes = { ...notesCollection.schema, version: 3, properties: noteProps } as unknown as RxJsonSchema<unknown>;
  const kinds = ['settings', 'conflict-copy', 'quarantine', 'schedule', 'safety-ack', 'alert-snooze'];
  const kind = { type: 'string', enum: kinds, maxLength: 13 };
  const clinic = { ...clinicCollection.schema, version: 2, properties: { ...clinicCollection.schema.properties, kind } } as unknown as RxJsonSchema<unknown>;
  return { notes, clinic };
}

describe('signing schema migration (notes v3 → v4, clinic v2 → v3)', () => {
  it('keeps signed notes and clinic records unchanged; old notes carry no signature', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'signing-migrate', storage, multiInstance: false });
    const { notes, clinic } = previousSchemas();
    const cols = await old.addCollections({
      notes: { schema: notes, migrationStrategies: identity(3) },
      clinic: { schema: clinic, migrationStrategies: identity(2) },
    });
    const note = {
      ...oldSignedNote('n3', T, '<p>v3</p>'),
      risk: { level: 'none', text: '' },
      interventions: [],
      contentHash: 'f'.repeat(64),
      cosignRequired: false,
      draftKey: '',
    };
    await cols.notes.insert(note);
    await cols.clinic.insert({
      id: 's1',
      kind: 'settings',
      status: 'open',
      refCollection: '',
      refId: '',
      authorId: 'u1',
      createdAt: T,
      updatedAt: T,
      data: { a: 1 },
      reason: '',
    });
    await old.close();

    const db = await openDb('signing-migrate', key);
    const migrated = await getNote(db, 'n3');
    expect(migrated).toMatchObject({ contentHash: 'f'.repeat(64), sections: [{ html: '<p>v3</p>' }] });
    expect(migrated?.signature).toBeUndefined();
    expect(await findClinicRecords(db, 'settings')).toMatchObject([{ id: 's1', data: { a: 1 } }]);
    await closeDb(db);
  });
});
