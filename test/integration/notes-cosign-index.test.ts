import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { watchNotesAwaitingCosign } from '../../renderer/db';
import { COSIGN_QUEUE_QUERY } from '../../renderer/db/collections/note-queries';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import type { Note } from '../../shared/domain/records';
import { crypto, newKey, openDb } from './db-helpers';

const AT = '2026-12-01T09:00:00.000Z';

/** A stored note of the seeded clinic; `n` makes ids and times distinct. */
function note(id: string, n: number, over: Partial<Note>): Note {
  const at = new Date(Date.parse(AT) + n * 60_000).toISOString();
  return {
    id,
    kind: 'note',
    status: 'signed',
    clientId: `c${String(n % 40)}`,
    sessionId: '',
    parentId: '',
    templateId: 'soap',
    cosignerId: '',
    signedAt: at,
    authorId: 'staff-therapist',
    createdAt: at,
    updatedAt: at,
    title: 'Session',
    sections: [],
    risk: { level: 'none', text: '' },
    interventions: [],
    contentHash: 'h',
    cosignRequired: false,
    draftKey: '',
    ...over,
  };
}

/**
 * Counts the documents IndexedDB hands to RxDB's queries while `run` runs: every index-cursor step is one document
 * read (and unsealed) whether or not the query then keeps it, and so is every document of an index getAll() (a
 * query reads its range in one request since issue 17 item 5, renderer/db/dexie-reads.ts).
 */
async function docsReadBy<T>(run: () => Promise<T>): Promise<{ result: T; read: number }> {
  let read = 0;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, and only ever called with apply(this)
  const original = IDBIndex.prototype.openCursor;
  IDBIndex.prototype.openCursor = function (this: IDBIndex, ...args: Parameters<IDBIndex['openCursor']>) {
    const request = original.apply(this, args);
    let handler: IDBRequest['onsuccess'] = null;
    const counting = function (this: IDBRequest, e: Event) {
      if (request.result) read += 1;
      handler?.call(this, e);
    };
    Object.defineProperty(request, 'onsuccess', {
      get: () => (handler ? counting : null),
      set: (h: IDBRequest['onsuccess']) => {
        handler = h;
      },
    });
    return request;
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, and only ever called with apply(this)
  const originalGetAll = IDBIndex.prototype.getAll;
  IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
    const request = originalGetAll.apply(this, args);
    request.addEventListener('success', () => {
      read += request.result.length;
    });
    return request;
  };
  try {
    return { result: await run(), read };
  } finally {
    IDBIndex.prototype.openCursor = original;
    IDBIndex.prototype.getAll = originalGetAll;
  }
}

describe('the co-sign queue reads only the notes a co-sign may await (notes v5 index)', () => {
  it('on a seeded clinic (400 signed notes, 60 drafts, 30 supervised notes of which 10 co-signed) reads 40 documents, not 440', async () => {
    const db = await openDb('cosign-index', await newKey());
    const signed = Array.from({ length: 400 }, (_, i) => note(`s${String(i)}`, i, {}));
    const drafts = Array.from({ length: 60 }, (_, i) => note(`d${String(i)}`, 400 + i, { status: 'draft', signedAt: null }));
    const supervised = Array.from({ length: 30 }, (_, i) => note(`t${String(i)}`, 500 + i, { authorId: 'staff-trainee', cosignRequired: true }));
    const cosigns = supervised
      .slice(0, 10)
      .map((p, i) => note(`${p.id}.cosign`, 600 + i, { kind: 'cosign', parentId: p.id, templateId: 'cosign', cosignerId: 'staff-supervisor' }));
    await db.notes.bulkInsert([...signed, ...drafts, ...supervised, ...cosigns]);

    // Before: the same selector through the old [status, authorId] index reads every signed note (and the co-signs).
    const before = await docsReadBy(() => db.notes.find({ selector: { ...COSIGN_QUEUE_QUERY.selector }, index: ['status', 'authorId'] }).exec());
    const after = await docsReadBy(() => firstValueFrom(watchNotesAwaitingCosign(db)));

    expect(after.result.map((n) => n.id)).toEqual(supervised.slice(10).map((n) => n.id));
    expect(before.read).toBe(440);
    // 30 supervised notes through the new index, then the 10 co-signs of those through the parentId index.
    expect(after.read).toBe(40);
  });

  it('migrates v4 notes to v5: a note without the co-sign flag reads as not requiring one; a supervised note is in the queue', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'notes-v4', storage, multiInstance: false });
    const { schema, migrationStrategies } = COLLECTION_SPECS.notes;
    const v4 = {
      ...schema,
      version: 4,
      required: (schema.required ?? []).filter((f) => f !== 'cosignRequired'),
      indexes: (schema.indexes ?? []).filter((i) => i.length !== 3),
    } as unknown as RxJsonSchema<Record<string, unknown>>;
    const c = await old.addCollections({
      notes: {
        schema: v4,
        migrationStrategies: { 1: migrationStrategies[1], 2: migrationStrategies[2], 3: migrationStrategies[3], 4: migrationStrategies[4] },
      },
    });
    const unflagged: Record<string, unknown> = { ...note('old', 1, {}) };
    delete unflagged.cosignRequired;
    await c.notes.insert(unflagged);
    await c.notes.insert(note('waiting', 2, { authorId: 'staff-trainee', cosignRequired: true }));
    await old.close();

    const db = await openDb('notes-v4', key);
    expect((await db.notes.findOne('old').exec())?.cosignRequired).toBe(false);
    expect((await firstValueFrom(watchNotesAwaitingCosign(db))).map((n) => n.id)).toEqual(['waiting']);
  });
});
