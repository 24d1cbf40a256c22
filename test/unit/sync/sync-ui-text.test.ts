import { describe, expect, it } from 'vitest';
import { EMPTY_CONNECT_FORM, validateConnectForm, type ConnectFormValues } from '../../../renderer/features/sync/connect-form';
import { syncStatusText } from '../../../renderer/features/sync/sync-status-text';
import { STORAGE_FULL_SYNC_MESSAGE } from '../../../shared/storage-full';

const VALID: ConnectFormValues = { url: ' https://couch.example.org:6984 ', clinicId: 'north-clinic', username: 'admin', password: 'pw' };

describe('validateConnectForm', () => {
  it('trims the input', () => {
    expect(validateConnectForm(VALID)).toEqual({ ok: true, input: { ...VALID, url: 'https://couch.example.org:6984' } });
  });

  it.each<[string, Partial<ConnectFormValues>, string[]]>([
    ['an empty form', EMPTY_CONNECT_FORM, ['url', 'clinicId', 'username', 'password']],
    ['an ftp address', { url: 'ftp://x.org' }, ['url']],
    ['plain http to another computer', { url: 'http://couch.example.org:5984' }, ['url']],
    ['plain http on this computer (a dev server or a TLS proxy)', { url: 'http://127.0.0.1:5984' }, []],
    ['an upper-case clinic id', { clinicId: 'North' }, ['clinicId']],
    ['no password', { password: '' }, ['password']],
  ])('%s → errors on %j', (_name, overrides, fields) => {
    const result = validateConnectForm({ ...VALID, ...overrides });
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(fields);
  });
});

describe('syncStatusText', () => {
  it.each([
    [{ state: 'offline', pending: 2, lastSyncedAt: null }, 'Offline', '2 changes waiting'],
    [{ state: 'syncing', pending: 3, lastSyncedAt: null }, 'Syncing, 3 left', 'Exchanging'],
    [{ state: 'syncing', pending: 0, lastSyncedAt: null }, 'Syncing', 'Exchanging'],
    [{ state: 'up-to-date', pending: 0, lastSyncedAt: '2026-11-27T09:05:00.000Z' }, 'Up to date (', 'on the clinic server'],
    [{ state: 'behind', pending: 0, lastSyncedAt: '2026-11-27T09:05:00.000Z' }, 'Behind', 'has changes this laptop has not received'],
    [
      { state: 'error', pending: 1, lastSyncedAt: null, error: 'The server refused.' },
      'Sync error',
      'The server refused. Your work is kept on this laptop (1 change waiting).',
    ],
    [
      { state: 'error', pending: 0, lastSyncedAt: null, error: STORAGE_FULL_SYNC_MESSAGE },
      'Sync paused: disk full',
      'Sync paused: the disk is full. Free some space on the disk; nothing already saved is lost. Your work is kept on this laptop.',
    ],
    [
      { state: 'error', pending: 0, lastSyncedAt: null, error: 'Throttled.', retryAt: '2026-11-27T09:15:00.000Z' },
      'Sync error, retry ',
      'The server asked Waypoint to wait: sync tries again at ',
    ],
    [{ state: 'syncing', pending: 2, lastSyncedAt: null, retryAt: '2026-11-27T09:15:00.000Z' }, 'Syncing, 2 left, retry ', 'sync tries again at '],
  ] as const)('%j', (status, label, detail) => {
    const text = syncStatusText(status, 'en-GB');
    expect(text.label).toContain(label);
    expect(text.detail).toContain(detail);
  });
});
