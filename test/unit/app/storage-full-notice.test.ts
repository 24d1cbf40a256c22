import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createStorageFullNotice, STORAGE_FULL_NOTICE_QUIET_MS } from '../../../renderer/app/storage-full-notice';
import { STORAGE_FULL_MESSAGE } from '../../../shared/storage-full';

const diskFull = () => new Dexie.AbortError(new DOMException('quota', 'QuotaExceededError'));

describe('createStorageFullNotice', () => {
  it('shows the full-disk message once per quiet period, and leaves other rejections alone', () => {
    const shown: string[] = [];
    let now = 0;
    const notice = createStorageFullNotice({ show: (m) => shown.push(m), now: () => now });
    expect(notice(new Error('the server did not answer'))).toBe(false);
    expect(shown).toEqual([]);
    expect(notice(diskFull())).toBe(true);
    now += STORAGE_FULL_NOTICE_QUIET_MS - 1;
    expect(notice(diskFull())).toBe(true);
    expect(shown).toEqual([STORAGE_FULL_MESSAGE]);
    now += 1;
    notice(diskFull());
    expect(shown).toEqual([STORAGE_FULL_MESSAGE, STORAGE_FULL_MESSAGE]);
  });
});
