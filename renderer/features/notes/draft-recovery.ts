import { z } from 'zod';
import { RISK_LEVELS } from '../../../shared/domain/records';
import type { DraftContent } from './useNoteDraft';

/*
 * A crash-recovery copy of a draft's unsaved typing, written synchronously when the page is closed or reloaded.
 * Saving a draft is asynchronous (WebCrypto sealing, IndexedDB), and a reload can tear the page down before that
 * finishes; nothing asynchronous can be relied on in `beforeunload`. So when the editor opens, a keystream is
 * prepared asynchronously with AES-CTR under the draft's own random key (`draftKey`, itself sealed in the database);
 * on unload the content is XORed with a fresh, never reused segment of it and put in localStorage. Only ciphertext
 * reaches the disk; the next time the draft opens the copy is decrypted, applied if newer than the saved draft, and
 * removed. There is no integrity tag (that would need async crypto at unload): a tampered copy decodes to garbage,
 * which fails the schema check and is dropped.
 */

const PREFIX = 'waypoint.note-recovery.';
const PAD_BYTES = 256 * 1024;

/** Where copies are kept: localStorage in the app, a Map-backed stand-in in unit tests. */
export type RecoveryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface RecoveryWriter {
  /** Stores an encrypted copy synchronously; false when the prepared keystream is used up (or storage refused). */
  write(content: DraftContent, at: Date): boolean;
}

const toB64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromB64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function keystream(keyB64: string, counter: Uint8Array<ArrayBuffer>, length: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', fromB64(keyB64), 'AES-CTR', false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, key, new Uint8Array(length)));
}

function xor(data: Uint8Array, pad: Uint8Array, offset: number): Uint8Array {
  return data.map((b, i) => b ^ (pad[offset + i] ?? 0));
}

/** Prepares the keystream for one editing session of a draft; null without a key (a draft saved before v2). */
export async function prepareRecoveryWriter(noteId: string, keyB64: string, storage: RecoveryStorage): Promise<RecoveryWriter | null> {
  if (!keyB64) return null;
  // 64-bit random nonce + 64-bit block counter starting at 0: a fresh keystream for every editing session.
  const counter = new Uint8Array(16);
  counter.set(crypto.getRandomValues(new Uint8Array(8)));
  const pad = await keystream(keyB64, counter, PAD_BYTES);
  let offset = 0;
  return {
    write(content, at) {
      const plain = new TextEncoder().encode(JSON.stringify(content));
      if (offset + plain.length > pad.length) return false;
      const entry = { v: 1, counter: toB64(counter), offset, data: toB64(xor(plain, pad, offset)), at: at.toISOString() };
      offset += plain.length; // never reuse a keystream segment, even if storing fails
      try {
        storage.setItem(PREFIX + noteId, JSON.stringify(entry));
        return true;
      } catch {
        return false;
      }
    },
  };
}

const entrySchema = z.object({ v: z.literal(1), counter: z.string(), offset: z.number().int().min(0), data: z.string(), at: z.string() });
const contentSchema = z.object({
  title: z.string(),
  templateId: z.string(),
  sections: z.array(z.object({ key: z.string(), heading: z.string(), html: z.string() })),
  risk: z.object({ level: z.enum([...RISK_LEVELS, '']), text: z.string() }),
  interventions: z.array(z.string()),
});

export interface Recovered {
  readonly content: DraftContent;
  /** When the page was closed. */
  readonly at: string;
}

/** The decrypted copy of a draft's unsaved typing, or null (none, wrong key, damaged: a damaged copy is removed). */
export async function readRecovery(noteId: string, keyB64: string, storage: RecoveryStorage): Promise<Recovered | null> {
  const raw = storage.getItem(PREFIX + noteId);
  if (raw === null || !keyB64) return null;
  try {
    const entry = entrySchema.parse(JSON.parse(raw));
    const data = fromB64(entry.data);
    const pad = await keystream(keyB64, fromB64(entry.counter), entry.offset + data.length);
    const content = contentSchema.parse(JSON.parse(new TextDecoder().decode(xor(data, pad, entry.offset))));
    return { content, at: entry.at };
  } catch {
    clearRecovery(noteId, storage);
    return null;
  }
}

/** Removes the copy once the draft is saved. */
export function clearRecovery(noteId: string, storage: RecoveryStorage): void {
  storage.removeItem(PREFIX + noteId);
}
