import { describe, expect, it } from 'vitest';
import { beforeChainText, deviceFindings, deviceName, deviceSummary } from '../../../../shared/audit/audit-chain-text';
import type { DeviceChainReport } from '../../../../shared/audit/audit-chain';

const ok: DeviceChainReport = {
  deviceId: 'abcdef0123456789',
  events: 3,
  lastSeq: 3,
  firstAt: '',
  lastAt: '',
  actorIds: ['s1', 's2'],
  gaps: [],
  edits: [],
  reorderings: [],
};

describe('the audit trail check in words', () => {
  it.each<[string, Partial<DeviceChainReport>, readonly string[]]>([
    ['an intact chain', {}, ['OK: nothing removed, changed or reordered.']],
    [
      'a removed event and a removed run',
      {
        gaps: [
          { fromSeq: 2, toSeq: 2 },
          { fromSeq: 5, toSeq: 7 },
        ],
      },
      ['Missing (removed): #2, #5–#7.'],
    ],
    ['an edit', { edits: [4] }, ['Changed: the event before #4 no longer matches what was recorded (edited or replaced).']],
    [
      'a reordering and a gap',
      { gaps: [{ fromSeq: 9, toSeq: 9 }], reorderings: [2, 3] },
      ['Missing (removed): #9.', 'Reordered: #2, #3 no longer follow the event they were written after.'],
    ],
  ])('%s', (_name, over, lines) => {
    expect(deviceFindings({ ...ok, ...over })).toEqual(lines);
  });

  it('names this laptop and others by their id, sums up the chain and the events before it', () => {
    expect([deviceName('abcdef0123456789', 'abcdef0123456789'), deviceName('abcdef0123456789', 'other')]).toEqual(['This laptop', 'Laptop abcdef01']);
    expect(deviceSummary(ok, (id) => (id === 's1' ? 'Ana' : 'Ben'))).toBe('3 events (#1–#3) by Ana, Ben');
    expect([beforeChainText(0), beforeChainText(1)]).toEqual([
      '',
      '1 event was written before the chain existed: kept as written, not verifiable, not counted as tampering.',
    ]);
  });
});
