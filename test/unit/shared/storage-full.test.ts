import Dexie from 'dexie';
import { newRxError } from 'rxdb/plugins/core';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/error-message';
import { isStorageFull, STORAGE_FULL_MESSAGE, STORAGE_FULL_SYNC_MESSAGE } from '../../../shared/storage-full';
import { describeSyncError } from '../../../shared/sync/sync-status';

const quota = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
// What Dexie rejects a transaction with when IndexedDB aborts it for quota (its `inner` is the DOMException).
const dexieAbort = () => new Dexie.AbortError(quota());
// RxDB's replication error around the storage's failure.
const rxPull = (inner: unknown) => newRxError('RC_PULL', { errors: [inner as Error], direction: 'pull' });

describe('isStorageFull', () => {
  it.each<[string, unknown, boolean]>([
    ["IndexedDB's DOMException", quota(), true],
    ["Dexie's AbortError holding it", dexieAbort(), true],
    ["Dexie's AbortError whose inner was lost (only its message names it)", { name: 'AbortError', message: 'QuotaExceededError quota' }, true],
    ["RxDB's RC_PULL around Dexie's abort", rxPull(dexieAbort()), true],
    ['an RxDB error with one `error` parameter', { message: 'RC_PUSH', parameters: { error: quota() } }, true],
    ['an Error with it as cause', new Error('Save failed', { cause: dexieAbort() }), true],
    ["Dexie's BulkError listing it", { name: 'BulkError', message: 'x', failures: [new Error('other'), quota()] }, true],
    ['the name as a string', 'QuotaExceededError: full', true],
    ['an abort for another reason', new Dexie.AbortError('Transaction aborted'), false],
    ['another DOMException', new DOMException('nope', 'ConstraintError'), false],
    ['RxDB around another error', rxPull(new Error('Server document cannot be read')), false],
    ['an error whose words mention a full disk', new Error('The disk is full.'), false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a number', 22, false],
  ])('%s → %s', (_what, error, expected) => {
    expect(isStorageFull(error)).toBe(expected);
  });

  it('ends on a cycle of causes', () => {
    const a: { name: string; message: string; cause?: unknown } = { name: 'Error', message: 'a' };
    a.cause = { name: 'Error', message: 'b', cause: a };
    expect(isStorageFull(a)).toBe(false);
  });
});

describe('the words for a refused write', () => {
  it('every form and alert (errorMessage) says the disk is full and what to do', () => {
    expect(errorMessage(dexieAbort())).toBe(STORAGE_FULL_MESSAGE);
    expect(STORAGE_FULL_MESSAGE).toContain('disk is full');
  });

  it('the sync status says sync is paused, not an error to retry', () => {
    expect(describeSyncError(rxPull(dexieAbort()))).toBe(STORAGE_FULL_SYNC_MESSAGE);
    expect(STORAGE_FULL_SYNC_MESSAGE).toMatch(/^Sync paused: the disk is full/);
  });
});
