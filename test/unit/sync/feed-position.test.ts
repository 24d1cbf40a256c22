import { describe, expect, it } from 'vitest';
import { changesSinceUrl, checkpointSequence, isBehind, sequenceNumber } from '../../../shared/sync/feed-position';

describe('feed position', () => {
  it.each([
    [{ sequence: 42 }, '42'],
    [{ sequence: '17-g1AAAA' }, '17-g1AAAA'],
    [undefined, '0'],
    [null, '0'],
    [{ other: 1 }, '0'],
    [{ sequence: { nested: true } }, '0'],
  ])('the checkpoint %j holds sequence %s', (checkpoint, sequence) => {
    expect(checkpointSequence(checkpoint)).toBe(sequence);
  });

  it.each([
    [123, 123],
    ['123', 123],
    ['123-g1AAAAhWeJzLYWBgYMpgTmHgz8tPSTV0MDQy', 123],
    ['now', null],
    ['', null],
    [{}, null],
  ])('sequence %j is number %j', (seq, n) => {
    expect(sequenceNumber(seq)).toBe(n);
  });

  it.each([
    [[], false],
    [[{ id: '_design/guard' }], false],
    [[{ id: '_design/guard' }, { id: 'cc-1' }], true],
    [[{ id: 'c1' }], true],
  ])('changes past the checkpoint %j: behind = %s', (rows, behind) => {
    expect(isBehind(rows)).toBe(behind);
  });

  it('asks for ids only, past the checkpoint', () => {
    expect(changesSinceUrl('http://h/wp_x_clients/', '17-g1/A')).toBe('http://h/wp_x_clients/_changes?feed=normal&since=17-g1%2FA&limit=20');
  });
});
