import { describe, expect, it } from 'vitest';
import { importableRows, readCheckInCsv } from '../../../../shared/instruments';
import { BEHAVIOUR_PRESETS, withCounting, type TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import { behaviourColumn, behaviourImportColumns, parseImportedCounts } from '../../../../shared/progress/plans/checkin-import';

function preset(id: string): TrackedBehaviour {
  const found = BEHAVIOUR_PRESETS.find((b) => b.behaviourId === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}
const PANIC = preset('panic_attacks');
const USE_DAYS = preset('substance_use_day:any');
const BINGES = withCounting(preset('binge_episodes'), 'week');
const TRACKED = [PANIC, USE_DAYS, BINGES];
const TODAY = '2026-12-04';
const AT = '2026-12-04T09:00:00.000Z';

describe('behaviourColumn: which check-in import columns are a tracked behaviour’s', () => {
  it.each([
    ['Panic attacks', { behaviourId: 'panic_attacks', span: 'day' }],
    ['panic_attacks', { behaviourId: 'panic_attacks', span: 'day' }],
    ['Panic attacks (week)', { behaviourId: 'panic_attacks', span: 'week' }],
    ['Binge episodes (week)', { behaviourId: 'binge_episodes', span: 'week' }],
    ['Binge episodes', { refused: 'Binge episodes is counted as a weekly total: name the column “Binge episodes (week)”' }],
    ['Self-harm urges', { refused: 'Self-harm urges is not tracked for this client: track it on the Behaviours tab first, or leave its cells empty' }],
    ['Self-harm urges (week)', { refused: 'Self-harm urges is not tracked for this client: track it on the Behaviours tab first, or leave its cells empty' }],
    ['Nightmares (week)', { refused: '“Nightmares (week)” is not a behaviour tracked for this client' }],
    ['Weather', null],
  ])('%s', (header, expected) => {
    const column = behaviourColumn(header, TRACKED, BEHAVIOUR_PRESETS);
    expect(column && 'behaviour' in column ? { behaviourId: column.behaviour.behaviourId, span: column.span } : column).toEqual(expected);
  });
});

describe('parseImportedCounts: the check-in’s checks, messages by column', () => {
  it.each([
    ['a day count, a yes/no, a weekly total', { 'Panic attacks': '2', 'Substance-use days': '1', 'Binge episodes (week)': '3' }, true],
    ['a weekly total of a behaviour counted by day', { 'Panic attacks (week)': '9' }, true],
    ['a negative count', { 'Panic attacks': '-1' }, { 'Panic attacks': '“-1” is not valid: enter a whole number of 0 or more' }],
    ['a yes/no of 2', { 'Substance-use days': '2' }, { 'Substance-use days': '“2” is not valid: enter yes (1) or no (0)' }],
    [
      'a fraction of a weekly total',
      { 'Binge episodes (week)': '1.5' },
      { 'Binge episodes (week)': '“1.5” is not valid: enter the week’s total as a whole number of 0 or more' },
    ],
    ['a word', { 'Panic attacks': 'some' }, { 'Panic attacks': '“some” is not valid: enter a whole number of 0 or more' }],
    ['columns that are not a behaviour’s are left alone', { Weather: 'rain' }, true],
  ])('%s', (_name, cells, expected) => {
    const parsed = parseImportedCounts(TRACKED, cells, '2026-12-03', TODAY, AT);
    expect(parsed.ok ? true : parsed.errors).toEqual(expected);
  });

  it('becomes the client’s entries for the row’s day; a (week) column is the total of the 7 days to it', () => {
    const parsed = parseImportedCounts(TRACKED, { 'Panic attacks': '2', 'Binge episodes (week)': '3' }, '2026-12-01', TODAY, AT);
    expect(parsed).toEqual({
      ok: true,
      value: [
        { behaviourId: 'panic_attacks', date: '2026-12-01', reporter: 'client', value: 2, recall: 'timeline_followback', enteredAt: AT },
        { behaviourId: 'binge_episodes', date: '2026-12-01', reporter: 'client', value: 3, recall: 'timeline_followback', enteredAt: AT, span: 'week' },
      ],
    });
  });
});

describe('readCheckInCsv with the behaviours’ columns', () => {
  const header = 'Date,Mood,Anxiety,Stress,Cravings,Sleep hours,Panic attacks,Binge episodes (week),Self-harm urges,Weather';
  const csv = [header, '2026-12-01,5,4,4,1,7,2,3,,sunny', '2026-12-02,5,4,4,1,7,-1,,,', '2026-12-03,5,4,4,1,7,,x,4,', '2026-12-04,5,4,4,1,7,,,,'].join('\n');

  it('reads the tracked behaviours’ cells, names each bad or unknown one by row and column, and imports no part of a bad row', () => {
    const result = readCheckInCsv(csv, new Set(), TODAY, [behaviourImportColumns(TRACKED, BEHAVIOUR_PRESETS, TODAY)]);
    if (!result.ok) throw new Error(result.error);
    expect(result.extraColumns).toEqual(['Panic attacks', 'Binge episodes (week)']);
    expect(result.rows.map((r) => [r.row, r.extras, r.errors.map((e) => `${e.column}: ${e.message}`)])).toEqual([
      [2, { 'Panic attacks': '2', 'Binge episodes (week)': '3' }, []],
      [3, { 'Panic attacks': '-1' }, ['Panic attacks: “-1” is not valid: enter a whole number of 0 or more']],
      [
        4,
        { 'Binge episodes (week)': 'x' },
        [
          'Self-harm urges: Self-harm urges is not tracked for this client: track it on the Behaviours tab first, or leave its cells empty',
          'Binge episodes (week): “x” is not valid: enter the week’s total as a whole number of 0 or more',
        ],
      ],
      [5, {}, []],
    ]);
    expect(importableRows(result.rows).map((r) => r.row)).toEqual([2, 5]);
  });

  it('without the behaviours’ columns the file reads as before (other columns ignored)', () => {
    const result = readCheckInCsv(csv, new Set(), TODAY);
    if (!result.ok) throw new Error(result.error);
    expect(importableRows(result.rows).map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(result.extraColumns).toEqual([]);
  });
});
