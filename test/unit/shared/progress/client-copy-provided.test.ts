import { describe, expect, it } from 'vitest';
import { clientCopyEntry, clientCopyProvidedOn } from '../../../../shared/progress/plans/client-copy-provided';

const signed = { status: 'active', at: '2026-12-01T10:00:00.000Z', by: 'me', reason: '' };

describe('clientCopyProvidedOn', () => {
  it.each([
    ['no copy given', [signed], null],
    ['one copy', [signed, clientCopyEntry('active', '2026-12-02', '2026-12-02T09:00:00.000Z', 'me')], '2026-12-02'],
    [
      'the latest of several, whatever the order they merged in',
      [signed, clientCopyEntry('active', '2026-12-09', 'x', 'me'), clientCopyEntry('active', '2026-12-03', 'y', 'you')],
      '2026-12-09',
    ],
    ['a reviewed entry is not a copy', [signed, { ...signed, event: 'reviewed' }], null],
  ] as const)('%s', (_name, lifecycle, expected) => {
    expect(clientCopyProvidedOn(lifecycle)).toBe(expected);
  });

  it('keeps the status, so the guard sees no status change', () => {
    expect(clientCopyEntry('active', '2026-12-02', 'at', 'me')).toEqual({
      status: 'active',
      at: 'at',
      by: 'me',
      reason: '',
      event: 'client_copy',
      on: '2026-12-02',
    });
  });
});
