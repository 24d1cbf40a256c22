import { describe, expect, it } from 'vitest';
import { adherenceSentence, medicationsBelowLine, notRecordedText } from '../../../renderer/features/medications/adherence-text';
import { addDays, adherenceWindow } from '../../../shared/domain/medication-adherence';
import { day, medication } from './fixtures';

const SERT = medication({ id: 'm1', startedOn: '2026-10-01' });
const LITH = medication({ id: 'm2', name: 'Lithium', startedOn: '2026-11-19', schedule: { asNeeded: false, timesPerDay: 2, times: [] } });
const lastWeek = [0, 0, 1, 1, 1, 1, 1].map((n, i) => day('m1', addDays('2026-11-23', i), n));
const iso = (d: string) => d;

describe('adherence text (the tab, the visit and the alert say the same)', () => {
  it.each([
    ['the issue’s example', [SERT], lastWeek, 'Last 14 days (2026-11-21 – 2026-12-04): 71 % of recorded doses taken (5 of 7; 2 missed, 7 not recorded).'],
    ['nothing recorded', [SERT], [], 'Last 14 days (2026-11-21 – 2026-12-04): nothing recorded (14 doses not recorded).'],
    ['no scheduled medication', [], [], 'Last 14 days (2026-11-21 – 2026-12-04): no scheduled medication was prescribed.'],
    [
      'two medications, each apart',
      [SERT, { ...LITH, startedOn: '2026-12-03' }],
      [...lastWeek, day('m2', '2026-12-04', 1, 2)],
      'Last 14 days (2026-11-21 – 2026-12-04): 67 % of recorded doses taken (6 of 9; 3 missed, 9 not recorded). Sertraline: 71 % of recorded doses taken (5 of 7; 2 missed, 7 not recorded). Lithium: 50 % of recorded doses taken (1 of 2; 1 missed, 2 not recorded).',
    ],
  ] as const)('%s', (_, meds, records, text) => {
    expect(adherenceSentence(adherenceWindow(meds, records, '2026-12-04'), meds, iso)).toBe(text);
  });

  it('names the medications under the line and the unrecorded days when too little is recorded', () => {
    const w = adherenceWindow([SERT, LITH], [...lastWeek, day('m2', '2026-11-29', 0, 2)], '2026-12-04');
    expect(medicationsBelowLine(w, [SERT, LITH])).toEqual(['Sertraline 71 %', 'Lithium 0 %']);
    const sparse = adherenceWindow([SERT], lastWeek.slice(2), '2026-12-04');
    expect(sparse.status).toBe('not-recorded');
    expect(notRecordedText(sparse, [SERT])).toMatch(
      /^Adherence not recorded: Sertraline on 9 of 14 days\. The 80 % alert judges the recorded doses once at least 50 % of the days are recorded/,
    );
  });
});
