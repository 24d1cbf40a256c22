import { describe, expect, it } from 'vitest';
import {
  episodeMarkers,
  episodeOn,
  episodesOf,
  levelsText,
  openEpisode,
  parseLevels,
  sameDayTransfers,
  type EpisodeEvent,
} from '../../../../shared/progress/episodes';

const ev = (id: string, type: EpisodeEvent['type'], occurredOn: string, levelOfCareCode = '', createdAt = `${occurredOn}T10:00:00Z`): EpisodeEvent => ({
  id,
  clientId: 'c1',
  type,
  occurredOn,
  levelOfCareCode,
  coding: null,
  reason: '',
  note: '',
  authorId: 's1',
  createdAt,
});

describe('episodes from events', () => {
  it.each([
    ['none', [], null, []],
    ['admitted, still there', [ev('a', 'admission', '2026-11-01', 'IOP')], null, [['a', 'IOP', '2026-11-01', 'admission', null, null]]],
    [
      'admitted then transferred',
      [ev('t', 'transfer', '2026-11-20', 'OP'), ev('a', 'admission', '2026-11-01', 'PHP')],
      null,
      [
        ['a', 'PHP', '2026-11-01', 'admission', '2026-11-20', 'transfer'],
        ['t', 'OP', '2026-11-20', 'transfer', null, null],
      ],
    ],
    [
      'discharged by event',
      [ev('a', 'admission', '2026-11-01', 'IOP'), ev('d', 'discharge', '2026-12-01')],
      null,
      [['a', 'IOP', '2026-11-01', 'admission', '2026-12-01', 'discharge']],
    ],
    [
      'discharged on the client record only',
      [ev('a', 'admission', '2026-11-01', 'IOP')],
      '2026-12-03',
      [['a', 'IOP', '2026-11-01', 'admission', '2026-12-03', 'discharge']],
    ],
    [
      'readmitted after discharge',
      [ev('a', 'admission', '2026-10-01', 'IOP'), ev('d', 'discharge', '2026-10-20'), ev('b', 'admission', '2026-11-01', 'PHP')],
      null,
      [
        ['a', 'IOP', '2026-10-01', 'admission', '2026-10-20', 'discharge'],
        ['b', 'PHP', '2026-11-01', 'admission', null, null],
      ],
    ],
    [
      'two laptops transferred the same day: both kept, in write order',
      [
        ev('a', 'admission', '2026-11-01', 'IOP'),
        ev('t2', 'transfer', '2026-11-20', 'PHP', '2026-11-20T11:00:00Z'),
        ev('t1', 'transfer', '2026-11-20', 'OP', '2026-11-20T10:30:00Z'),
      ],
      null,
      [
        ['a', 'IOP', '2026-11-01', 'admission', '2026-11-20', 'transfer'],
        ['t1', 'OP', '2026-11-20', 'transfer', '2026-11-20', 'transfer'],
        ['t2', 'PHP', '2026-11-20', 'transfer', null, null],
      ],
    ],
  ] as const)('%s', (_name, events, dischargeDate, expected) => {
    const episodes = episodesOf(events, dischargeDate);
    expect(episodes.map((e) => [e.id, e.levelOfCareCode, e.startedOn, e.startType, e.endedOn, e.endType])).toEqual(expected);
  });

  it.each([
    ['one change a day', [ev('a', 'admission', '2026-11-01', 'IOP'), ev('t', 'transfer', '2026-11-20', 'OP')], []],
    [
      'two transfers the same day',
      [ev('a', 'admission', '2026-11-01', 'IOP'), ev('t1', 'transfer', '2026-11-20', 'OP'), ev('t2', 'transfer', '2026-11-20', 'PHP', '2026-11-20T11:00:00Z')],
      ['t1'],
    ],
  ] as const)('same-day transfers to check: %s', (_name, events, ids) => {
    expect(sameDayTransfers(episodesOf(events)).map((e) => e.id)).toEqual(ids);
  });

  it('finds the open episode and the one in effect on a day', () => {
    const episodes = episodesOf([ev('a', 'admission', '2026-11-01', 'IOP'), ev('t', 'transfer', '2026-11-20', 'OP')]);
    expect(openEpisode(episodes)?.id).toBe('t');
    expect(episodeOn(episodes, '2026-11-10')?.id).toBe('a');
    expect(episodeOn(episodes, '2026-10-10')).toBeNull();
  });
});

describe('chart markers', () => {
  it.each([
    [
      'admission and transfer',
      [ev('a', 'admission', '2026-11-01', 'IOP'), ev('t', 'transfer', '2026-11-20', 'OP')],
      null,
      [
        ['2026-11-01', 'Admitted to IOP'],
        ['2026-11-20', 'IOP → OP'],
      ],
    ],
    [
      'discharge event',
      [ev('a', 'admission', '2026-11-01', 'IOP'), ev('d', 'discharge', '2026-12-01')],
      null,
      [
        ['2026-11-01', 'Admitted to IOP'],
        ['2026-12-01', 'Discharged from IOP'],
      ],
    ],
    [
      'discharge on the client record only',
      [ev('a', 'admission', '2026-11-01', 'PHP')],
      '2026-12-02',
      [
        ['2026-11-01', 'Admitted to PHP'],
        ['2026-12-02', 'Discharged from PHP'],
      ],
    ],
  ] as const)('%s', (_name, events, dischargeDate, expected) => {
    expect(episodeMarkers(events, dischargeDate).map((m) => [m.date, m.label])).toEqual(expected);
  });
});

describe('the clinic list of levels of care', () => {
  it.each([
    [
      'codes and labels',
      'PHP: Partial hospitalization\nIOP: Intensive outpatient\n\n  RES  ',
      {
        ok: true,
        levels: [
          { code: 'PHP', label: 'Partial hospitalization' },
          { code: 'IOP', label: 'Intensive outpatient' },
          { code: 'RES', label: 'RES' },
        ],
      },
    ],
    ['empty', '  \n ', { ok: false, problem: 'List at least one level of care.' }],
    ['a repeated code', 'IOP: one\niop: two', { ok: false, problem: 'The code iop is listed twice.' }],
    ['no code', ': Residential', { ok: false, problem: '“Residential” has no code before the colon.' }],
    ['a long code', 'VERYLONGCODE13: x', { ok: false, problem: 'The code “VERYLONGCODE13” is longer than 12 characters.' }],
  ] as const)('%s', (_name, text, expected) => {
    expect(parseLevels(text)).toEqual(expected);
  });
  it('round-trips through the settings text', () => {
    const levels = [
      { code: 'IOP', label: 'Intensive outpatient (IOP)' },
      { code: '2.1', label: '2.1' },
    ];
    expect(parseLevels(levelsText(levels))).toEqual({ ok: true, levels });
  });
});
