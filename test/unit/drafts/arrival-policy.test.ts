import { describe, expect, it } from 'vitest';
import { createArrivalLog, judgeArrival, KNOWN_VERSIONS, rememberVersion, type ArrivalVerdict } from '../../../renderer/drafts/arrival-policy';

const known = ['typed here', 'as loaded'];

describe('judgeArrival', () => {
  it.each<[string, string, boolean, boolean, ArrivalVerdict]>([
    ['its own saved version, nothing typed', 'typed here', false, false, 'ignore'],
    ['its own version, while typing', 'as loaded', true, false, 'ignore'],
    ['its own version, during a save', 'typed here', false, true, 'ignore'],
    ['another laptop’s version, nothing unsaved here', 'from the other laptop', false, false, 'load'],
    ['another laptop’s version over unsaved typing', 'from the other laptop', true, false, 'keep-as-conflict'],
    ['another laptop’s version during a save', 'from the other laptop', false, true, 'keep-as-conflict'],
    ['another laptop’s version during a save with more typing', 'from the other laptop', true, true, 'keep-as-conflict'],
  ])('%s → as judged', (_, incoming, dirty, saving, verdict) => {
    expect(judgeArrival({ knownVersions: known, dirty, saving, incoming })).toBe(verdict);
  });
});

describe('rememberVersion', () => {
  it('puts the newest first and forgets the oldest past the limit', () => {
    let versions: readonly string[] = [];
    for (let i = 0; i < KNOWN_VERSIONS + 2; i += 1) versions = rememberVersion(versions, `v${String(i)}`);
    expect(versions).toHaveLength(KNOWN_VERSIONS);
    expect(versions[0]).toBe(`v${String(KNOWN_VERSIONS + 1)}`);
    expect(versions).not.toContain('v0');
    expect(judgeArrival({ knownVersions: versions, dirty: false, saving: false, incoming: 'v0' })).toBe('load');
  });
});

describe('createArrivalLog', () => {
  it('knows the loaded version, holds arrivals during a save and hands them over once', () => {
    const log = createArrivalLog<string>('as loaded');
    expect(log.knownVersions()).toEqual(['as loaded']);
    log.remember('typed here');
    expect(log.knownVersions()).toEqual(['typed here', 'as loaded']);
    expect(log.holding()).toBe(false);
    log.hold('from the other laptop');
    log.hold('and another');
    expect(log.holding()).toBe(true);
    expect(log.release()).toEqual(['from the other laptop', 'and another']);
    expect([log.holding(), log.release()]).toEqual([false, []]);
  });
});
