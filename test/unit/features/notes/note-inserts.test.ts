import { describe, expect, it } from 'vitest';
import { latestCheckInHtml, latestMeasures, latestScoresHtml, observationSectionKey } from '../../../../renderer/features/notes/note-inserts';
import type { InstrumentResponse } from '../../../../shared/domain/records';

let n = 0;
function response(over: Partial<InstrumentResponse>): InstrumentResponse {
  n += 1;
  return {
    id: `r${n}`,
    kind: 'measure',
    instrumentId: 'PHQ-9',
    instrumentVersion: '1.0.0',
    clientId: 'c1',
    sessionId: '',
    respondent: 'client',
    completedAt: '2026-11-20T10:00:00.000Z',
    answers: { phq9_9: 0 },
    score: 14,
    band: 'moderate',
    flags: [],
    comment: '',
    supersedesId: '',
    authorId: 'a',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...over,
  };
}
const day = (iso: string) => iso.slice(0, 10);

describe('latest scores', () => {
  it('takes the newest current response per instrument; a correction replaces what it corrects', () => {
    const old = response({ completedAt: '2026-11-01T10:00:00.000Z', score: 20, band: 'severe' });
    const wrong = response({ completedAt: '2026-11-25T10:00:00.000Z', score: 3, band: 'minimal' });
    const corrected = response({ completedAt: '2026-11-25T10:00:00.000Z', score: 13, band: 'moderate', supersedesId: wrong.id });
    const gad = response({ instrumentId: 'GAD-7', score: 8, band: 'mild' });
    const checkIn = response({ kind: 'check-in', instrumentId: 'daily' });
    expect(latestMeasures([old, wrong, corrected, gad, checkIn]).map((r) => r.id)).toEqual([gad.id, corrected.id]);
    expect(latestScoresHtml([old, wrong, corrected, gad], day)).toBe(
      '<p><strong>Latest scores</strong></p><ul><li>GAD-7: 8 (Mild), 2026-11-20</li><li>PHQ-9: 13 (Moderate), item 9 (thoughts of self-harm) 0 of 3, 2026-11-25</li></ul>',
    );
  });
  it('is empty without measures, and says so when a total is missing', () => {
    expect(latestScoresHtml([], day)).toBe('');
    expect(latestScoresHtml([response({ score: null, band: null })], day)).toContain('PHQ-9: no total, item 9 (thoughts of self-harm) 0 of 3, 2026-11-20');
  });
});

describe('latest scores and safety', () => {
  it('carries PHQ-9 item 9 beside a low total and the latest C-SSRS level, never "no total"', () => {
    const phq9 = response({ score: 4, band: 'minimal', flags: ['self_harm_item9'], answers: { phq9_9: 2 } });
    const older = response({ instrumentId: 'C-SSRS-Screener', score: null, band: 'low', completedAt: '2026-11-01T10:00:00.000Z' });
    const cssrs = response({ instrumentId: 'C-SSRS-Screener', score: null, band: 'moderate', answers: {} });
    const html = latestScoresHtml([phq9, older, cssrs], day);
    expect(html).toContain('<li>PHQ-9: 4 (None–minimal), item 9 (thoughts of self-harm) 2 of 3, 2026-11-20</li>');
    expect(html).toContain('<li>C-SSRS-Screener: Moderate risk (Q3, or behaviour &gt; 3 months ago), 2026-11-20</li>');
    expect(html).not.toContain('no total');
    expect(html).not.toContain('Low risk');
  });
});

describe('latest check-in', () => {
  it('lists the newest check-in’s answers and comment, escaped', () => {
    const older = response({ kind: 'check-in', instrumentId: 'daily', completedAt: '2026-11-24T08:00:00.000Z', answers: { mood: 2 } });
    const newer = response({
      kind: 'check-in',
      instrumentId: 'daily',
      completedAt: '2026-11-26T08:00:00.000Z',
      answers: { mood: 6, sleepHours: 7, usedSkills: true, copingSkills: ['grounding', 'walk'], none: [] },
      comment: 'Better <today>',
    });
    expect(latestCheckInHtml([newer, older], day)).toBe(
      '<p><strong>Check-in, 2026-11-26:</strong> mood 6, sleep hours 7, used skills yes, coping skills grounding + walk “Better &lt;today&gt;”</p>',
    );
    expect(latestCheckInHtml([response({})], day)).toBe('');
  });
});

describe('observation section', () => {
  it.each([
    ['soap', 'objective'],
    ['dap', 'data'],
    ['birp', 'behavior'],
    ['progress', 'progress'],
    ['group-member', 'individual'],
  ])('%s → %s', (template, key) => {
    expect(observationSectionKey(template)).toBe(key);
  });
});
