import { createHMAC, createSHA256, type IHasher } from 'hash-wasm';
import { z } from 'zod';

/*
 * A crash-recovery copy of a draft's unsaved typing, written synchronously when the page is closed or reloaded.
 * Saving a draft is asynchronous (WebCrypto sealing, IndexedDB), and a reload can tear the page down before that
 * finishes; nothing asynchronous can be relied on in `beforeunload`. So when the editor opens, a keystream is
 * prepared asynchronously with AES-CTR under the draft's own random key (kept sealed in the database); on unload
 * the content is XORed with a fresh, never reused segment of it and put in localStorage. Only ciphertext reaches
 * the disk; the next time the draft opens the copy is decrypted and offered back. Integrity (encrypt-then-MAC, an
 * AEAD): each copy carries an HMAC-SHA-256 tag over its ciphertext and its associated data (storage key, counter,
 * offset, time), computed synchronously at unload by a hash-wasm HMAC prepared with the keystream under a key derived
 * from the draft key (HKDF). A copy whose tag does not verify (a flipped byte, another draft's copy, another key) or
 * one written before tags (v1) is refused with a message and nothing is restored.
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

const MAC_INFO = new TextEncoder().encode('waypoint crash-copy mac v2');

/** The copy's MAC key: HKDF-SHA-256 of the draft key, so the AES-CTR key is never used as an HMAC key. */
async function macKey(keyB64: string): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', fromB64(keyB64), 'HKDF', false, ['deriveBits']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: MAC_INFO };
  return new Uint8Array(await crypto.subtle.deriveBits(params, base, 256));
}

interface EntryHeader {
  readonly counter: string;
  readonly offset: number;
  readonly at: string;
}

/** What the tag covers beside the ciphertext: which draft, which keystream segment, when. */
function associatedData(storageKey: string, header: EntryHeader): Uint8Array {
  return new TextEncoder().encode(JSON.stringify([2, storageKey, header.counter, header.offset, header.at]));
}

/** The tag input: length-prefixed associated data, then the ciphertext. */
function macInput(storageKey: string, header: EntryHeader, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const ad = associatedData(storageKey, header);
  const input = new Uint8Array(4 + ad.length + data.length);
  new DataView(input.buffer).setUint32(0, ad.length);
  input.set(ad, 4);
  input.set(data, 4 + ad.length);
  return input;
}

function tagOf(hmac: IHasher, input: Uint8Array): Uint8Array {
  return hmac.init().update(input).digest('binary');
}

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
  const hmac = await createHMAC(createSHA256(), await macKey(keyB64));
  let offset = 0;
  return {
    write(content, at) {
      const plain = new TextEncoder().encode(JSON.stringify(content));
      if (offset + plain.length > pad.length) return false;
      const header: EntryHeader = { counter: toB64(counter), offset, at: at.toISOString() };
      const data = xor(plain, pad, offset);
      const tag = toB64(tagOf(hmac, macInput(storageKey, header, data)));
      const entry = { v: 2, ...header, data: toB64(data), tag };
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

const entrySchema = z.object({
  v: z.literal(2),
  counter: z.string(),
  offset: z.number().int().min(0),
  data: z.string(),
  at: z.string(),
  tag: z.string(),
});

export interface CrashCopy<T> {
  readonly content: T;
  /** When the page was closed. */
  readonly at: string;
}

/** What was found under a draft's storage key: nothing, the copy, or a copy refused (with the reason to show). */
export type CrashCopyResult<T> =
  { readonly status: 'none' } | { readonly status: 'restored'; readonly copy: CrashCopy<T> } | { readonly status: 'refused'; readonly message: string };

export const CRASH_COPY_ALTERED =
  'The unsaved typing kept when the app closed failed its integrity check (it was changed or damaged on disk), so it was not restored. The saved draft is unchanged.';
export const CRASH_COPY_UNREADABLE =
  'The unsaved typing kept when the app closed could not be read (it was written by an older version or is incomplete), so it was not restored. The saved draft is unchanged.';

const refused = (message: string): CrashCopyResult<never> => ({ status: 'refused', message });

async function verified(storageKey: string, keyB64: string, entry: z.infer<typeof entrySchema>): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', await macKey(keyB64), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return crypto.subtle.verify('HMAC', key, fromB64(entry.tag), macInput(storageKey, entry, fromB64(entry.data)));
}

/** The copy under `storageKey`, verified then decrypted; a copy that fails is refused, nothing is removed. */
export async function readCrashCopy<T>(storageKey: string, keyB64: string, storage: CrashCopyStorage, schema: z.ZodType<T>): Promise<CrashCopyResult<T>> {
  const raw = storage.getItem(storageKey);
  if (raw === null || !keyB64) return { status: 'none' };
  let entry: z.infer<typeof entrySchema>;
  try {
    entry = entrySchema.parse(JSON.parse(raw));
  } catch {
    return refused(CRASH_COPY_UNREADABLE);
  }
  try {
    if (!(await verified(storageKey, keyB64, entry))) return refused(CRASH_COPY_ALTERED);
    const data = fromB64(entry.data);
    const pad = await keystream(keyB64, fromB64(entry.counter), entry.offset + data.length);
    const content = schema.parse(JSON.parse(new TextDecoder().decode(xor(data, pad, entry.offset))));
    return { status: 'restored', copy: { content, at: entry.at } };
  } catch {
    return refused(CRASH_COPY_ALTERED);
  }
}

/** The decrypted copy under `storageKey`, or null (none, or refused: see readCrashCopy); nothing is removed. */
export async function openCrashCopy<T>(storageKey: string, keyB64: string, storage: CrashCopyStorage, schema: z.ZodType<T>): Promise<CrashCopy<T> | null> {
  const result = await readCrashCopy(storageKey, keyB64, storage, schema);
  return result.status === 'restored' ? result.copy : null;
}
