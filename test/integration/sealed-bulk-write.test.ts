import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../renderer/db';
import { createConflictHandler } from '../../renderer/sync/conflict-handler';
import type { CryptoProvider } from '../../shared/crypto/provider';
import type { Note } from '../../shared/domain/records';
import { generateClinic } from '../../scripts/seed/generate';
import { closeDb, crypto, newKey, openDb, readRaw } from './db-helpers';

// Every document of a bulk write is sealed at once, its JSON encoded into one buffer the sealed storage reuses
// (renderer/db/sealed-storage.ts): no document may come back with another's bytes, whatever their sizes.
const BIG = 'Ünïcödé 🧭 and a long session summary. '.repeat(2_000);

function notesOfSizes(): Note[] {
  const notes = generateClinic('tiny').notes;
  return notes.map((note, i) => {
    if (i % 10 === 3) return { ...note, title: `big ${String(i)}`, sections: [{ key: 'summary', heading: 'Summary', html: BIG + String(i) }] };
    if (i % 10 === 7) return { ...note, title: `é ${String(i)}`, sections: [] };
    return note;
  });
}

// The at-rest provider, failing the seal of one document: the one sealed with associated data `aad`.
function failingFor(poison: string): CryptoProvider {
  const decoder = new TextDecoder();
  return {
    ...crypto,
    aesGcmEncrypt: (key, iv, plaintext, aad) => {
      if (decoder.decode(aad) === poison) return Promise.reject(new Error('the platform refused to encrypt'));
      return crypto.aesGcmEncrypt(key, iv, plaintext, aad);
    },
  };
}

describe('sealed bulk write', () => {
  it('reads back every document of one bulk insert as written, small, multi-byte and past the shared buffer', async () => {
    const key = await newKey();
    const notes = notesOfSizes();
    let db = await openDb('bulk-sizes', key);
    const { error } = await db.notes.bulkInsert(notes);
    expect(error).toEqual([]);
    await closeDb(db);
    db = await openDb('bulk-sizes', key);
    const stored = await db.notes.findByIds(notes.map((n) => n.id)).exec();
    for (const note of notes) {
      const back = stored.get(note.id)?.toMutableJSON();
      expect({ id: back?.id, title: back?.title, sections: back?.sections }).toEqual({ id: note.id, title: note.title, sections: note.sections });
    }
    expect(JSON.stringify(await readRaw('bulk-sizes', 'notes', notes[3]?.id ?? ''))).not.toContain('session summary');
  });

  it('writes none of a bulk insert when one document does not seal, reports it, and the next write goes through', async () => {
    const key = await newKey();
    const notes = notesOfSizes().slice(0, 20);
    const poisoned = notes[11];
    if (!poisoned) throw new Error('the tiny clinic has fewer than 12 notes');
    const db = await createDatabase({ name: 'bulk-poison', key, crypto: failingFor(`notes/${poisoned.id}`), conflictHandlerFor: createConflictHandler });
    try {
      await expect(db.notes.bulkInsert(notes)).rejects.toThrow(/the platform refused to encrypt/);
      expect(await db.notes.count().exec()).toBe(0);
      await expect(readRaw('bulk-poison', 'notes', notes[0]?.id ?? '')).rejects.toThrow(/no stored/);
      const rest = notes.filter((n) => n.id !== poisoned.id);
      expect((await db.notes.bulkInsert(rest)).error).toEqual([]);
      expect(await db.notes.count().exec()).toBe(rest.length);
    } finally {
      await db.close();
    }
  });
});
