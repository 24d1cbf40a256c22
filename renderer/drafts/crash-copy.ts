import { z } from 'zod';

/*
 * A crash-recovery copy of a draft's unsaved typing, written synchronously when the page is closed or reloaded.
 * Saving a draft is asynchronous (WebCrypto sealing, IndexedDB), and a reload can tear the page down before that
 * finishes; nothing asynchronous can be relied on in `beforeunload`. So when the editor opens, a keystream is
 * prepared asynchronously with AES-CTR under the draft's own random key (kept sealed in the database); on unload
 * the content is XORed with a fresh, never reused segment of it and put in localStorage. Only ciphertext reaches
 * the disk; the next time the draft opens the copy is decrypted and offered back. There is no integrity tag (that
 * would need async crypto at unload): a tampered copy decodes to garbage, which fails the schema check.
 * Used by the note editor (features/notes/draft-recovery.ts) and the treatment-plan editor.
 */

const PAD_BYTES = 256 * 1024;

/** Where copies are kept: localStorage in the app, a Map-backed stand-in in unit tests. */
export type CrashCopyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface CrashCopyWriter<T> {
  /** Stores an encrypted copy synchronously; false when the prepared keystream is used up (or storage refused). */
  write(content: T, at: Date): boolean;
}

/** 256 random bits, base64: the key of one draft's crash-recovery copies. */
export function newCrashCopyKey(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
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

/** Prepares the keystream for one editing session of the draft stored under `storageKey`; null without a key. */
export async function prepareCrashCopyWriter<T>(storageKey: string, keyB64: string, storage: CrashCopyStorage): Promise<CrashCopyWriter<T> | null> {
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
        storage.setItem(storageKey, JSON.stringify(entry));
        return true;
      } catch {
        return false;
      }
    },
  };
}

const entrySchema = z.object({ v: z.literal(1), counter: z.string(), offset: z.number().int().min(0), data: z.string(), at: z.string() });

export interface CrashCopy<T> {
  readonly content: T;
  /** When the page was closed. */
  readonly at: string;
}

/** The decrypted copy under `storageKey`, or null (none, wrong key, damaged); nothing is removed. */
export async function openCrashCopy<T>(storageKey: string, keyB64: string, storage: CrashCopyStorage, schema: z.ZodType<T>): Promise<CrashCopy<T> | null> {
  const raw = storage.getItem(storageKey);
  if (raw === null || !keyB64) return null;
  try {
    const entry = entrySchema.parse(JSON.parse(raw));
    const data = fromB64(entry.data);
    const pad = await keystream(keyB64, fromB64(entry.counter), entry.offset + data.length);
    const content = schema.parse(JSON.parse(new TextDecoder().decode(xor(data, pad, entry.offset))));
    return { content, at: entry.at };
  } catch {
    return null;
  }
}
