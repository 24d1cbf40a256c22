import { describe, expect, it } from 'vitest';
import { needsSafetyAlert, scoreInstrument } from '../../../../shared/instruments';
import type { Answer, InstrumentId } from '../../../../shared/instruments';

describe('needsSafetyAlert (§15.4)', () => {
  it.each<[string, InstrumentId, Answer[], boolean]>([
    ['PHQ-9 item 9 = 1, total 1', 'PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, 1], true],
    ['PHQ-9 total 27 with item 9 = 0', 'PHQ-9', [3, 3, 3, 3, 3, 3, 3, 3, 0], false],
    ['PHQ-9 item 9 missing (clinician must ask, no alert)', 'PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, null], false],
    ['C-SSRS none', 'C-SSRS-Screener', [false, false, null, null, null, false, null], false],
    ['C-SSRS low', 'C-SSRS-Screener', [true, false, null, null, null, false, null], true],
    ['C-SSRS moderate', 'C-SSRS-Screener', [false, false, null, null, null, true, false], true],
    ['C-SSRS high', 'C-SSRS-Screener', [false, false, null, null, null, true, true], true],
    ['GAD-7 severe is not a safety alert', 'GAD-7', [3, 3, 3, 3, 3, 3, 3], false],
  ])('%s → %s', (_name, id, answers, expected) => {
    expect(needsSafetyAlert(id, scoreInstrument(id, answers))).toBe(expected);
  });
});
