import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CRASH_COPY_ALTERED,
  CRASH_COPY_UNREADABLE,
  newCrashCopyKey,
  openCrashCopy,
  prepareCrashCopyWriter,
  readCrashCopy,
  type CrashCopyStorage,
} from '../../../renderer/drafts/crash-copy';

const schema = z.object({ plan: z.string() });
const at = new Date('2026-12-05T08:00:00.000Z');
const KEY = 'waypoint.copy.d1';

function memoryStorage(): CrashCopyStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

async function written(plan: string) {
  const storage = memoryStorage();
  const key = newCrashCopyKey();
  const writer = await prepareCrashCopyWriter<z.infer<typeof schema>>(KEY, key, storage);
  expect(writer?.write({ plan }, at)).toBe(true);
  return { storage, key };
}

type Entry = Record<string, unknown> & { data: string; tag: string; offset: number };
const entryOf = (storage: CrashCopyStorage, k = KEY): Entry => JSON.parse(storage.getItem(k) ?? '{}') as Entry;

/** Flips one bit of one byte of a base64 field. */
function flipped(b64: string, index: number): string {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return btoa(String.fromCharCode(...bytes));
}

describe('crash-recovery copy integrity (AEAD)', () => {
  it('restores an untouched copy', async () => {
    const { storage, key } = await written('Call sister on Sunday');
    expect(await readCrashCopy(KEY, key, storage, schema)).toEqual({
      status: 'restored',
      copy: { content: { plan: 'Call sister on Sunday' }, at: at.toISOString() },
    });
  });

  it.each([
    ['a flipped byte of the typing', (e: Entry) => ({ ...e, data: flipped(e.data, 12) })],
    ['a flipped byte of the tag', (e: Entry) => ({ ...e, tag: flipped(e.tag, 0) })],
    ['another keystream offset', (e: Entry) => ({ ...e, offset: e.offset + 1 })],
    ['another time', (e: Entry) => ({ ...e, at: '2026-12-06T08:00:00.000Z' })],
  ])('refuses %s with a clear message, restores nothing and removes nothing', async (_name, alter) => {
    const { storage, key } = await written('Call sister on Sunday');
    const altered = JSON.stringify(alter(entryOf(storage)));
    storage.setItem(KEY, altered);
    expect(await readCrashCopy(KEY, key, storage, schema)).toEqual({ status: 'refused', message: CRASH_COPY_ALTERED });
    expect(await openCrashCopy(KEY, key, storage, schema)).toBeNull();
    expect(storage.getItem(KEY)).toBe(altered);
  });

  it("refuses another draft's copy moved under this draft's key, and a copy read with another key", async () => {
    const { storage, key } = await written('Walk daily');
    storage.setItem('waypoint.copy.d2', storage.getItem(KEY) ?? '');
    expect(await readCrashCopy('waypoint.copy.d2', key, storage, schema)).toEqual({ status: 'refused', message: CRASH_COPY_ALTERED });
    expect(await readCrashCopy(KEY, newCrashCopyKey(), storage, schema)).toEqual({ status: 'refused', message: CRASH_COPY_ALTERED });
  });

  it('refuses a copy without a tag (written before tags, or edited down to one) as unreadable', async () => {
    const { storage, key } = await written('Walk daily');
    const untagged: Partial<Entry> = { ...entryOf(storage), v: 1 };
    delete untagged.tag;
    storage.setItem(KEY, JSON.stringify(untagged));
    expect(await readCrashCopy(KEY, key, storage, schema)).toEqual({ status: 'refused', message: CRASH_COPY_UNREADABLE });
  });

  it('answers none when there is no copy or no key', async () => {
    const { storage, key } = await written('Walk daily');
    expect(await readCrashCopy('waypoint.copy.none', key, storage, schema)).toEqual({ status: 'none' });
    expect(await readCrashCopy(KEY, '', storage, schema)).toEqual({ status: 'none' });
  });
});
