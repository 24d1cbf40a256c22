import { describe, expect, it } from 'vitest';
import {
  mergeSafetyEvents,
  safetyEventErrors,
  safetyPlanReviewPrompt,
  type RecordedSafetyEvent,
  type SafetyEvent,
} from '../../../../../shared/progress/safety-plans';

const derived: SafetyEvent = { at: '2026-12-01T15:00:00.000Z', on: '2026-12-01', reason: 'PHQ-9 item 9' };
const recorded = (on: string, recordedAt: string, type: RecordedSafetyEvent['type'] = 'self_harm_act'): RecordedSafetyEvent => ({
  on,
  type,
  note: 'told in session',
  source: 'manual',
  alert: null,
  recordedAt,
  supersedesId: '',
  correctionReason: '',
  enteredInError: false,
});
const signedAt = '2026-12-02T10:00:00.000Z';

describe('recorded safety events join the derived ones in the §4.3 review prompt', () => {
  it.each([
    { name: 'no events at all: no prompt', d: [], r: [], addressed: [], expected: null },
    {
      name: 'a recorded event alone asks to write the plan, due 3 days after the day it happened',
      d: [],
      r: [recorded('2026-12-03', '2026-12-04T09:00:00.000Z')],
      addressed: [],
      expected: { action: 'write', dueOn: '2026-12-06', overdue: false, events: [{ reason: 'Self-harm act', on: '2026-12-03' }] },
    },
    {
      name: 'a recorded event after the signing reopens the prompt the signing answered',
      d: [derived],
      r: [recorded('2026-12-04', '2026-12-04T11:00:00.000Z', 'crisis_call')],
      addressed: [signedAt],
      expected: { action: 'review', dueOn: '2026-12-07', events: [{ reason: 'Call to a crisis line' }] },
    },
    {
      name: 'recorded late: counted from when it was recorded, due from when it happened (overdue now)',
      d: [],
      r: [recorded('2026-11-25', '2026-12-04T11:00:00.000Z', 'crisis_visit')],
      addressed: [signedAt],
      expected: { action: 'review', dueOn: '2026-11-28', overdue: true },
    },
    {
      name: 'a signing after both answers both',
      d: [derived],
      r: [recorded('2026-12-01', '2026-12-01T16:00:00.000Z')],
      addressed: ['2026-12-03T10:00:00.000Z'],
      expected: null,
    },
    {
      name: 'derived and recorded both open: oldest first, due from the earliest',
      d: [derived],
      r: [recorded('2026-11-30', '2026-12-02T09:00:00.000Z', 'overdose')],
      addressed: [],
      expected: { dueOn: '2026-12-03', events: [{ reason: 'PHQ-9 item 9' }, { reason: 'Overdose' }] },
    },
  ])('$name', ({ d, r, addressed, expected }) => {
    const prompt = safetyPlanReviewPrompt(mergeSafetyEvents(d, r), addressed, addressed.length > 0, '2026-12-04');
    if (expected === null) expect(prompt).toBeNull();
    else expect(prompt).toMatchObject(expected);
  });
});

describe('the fields of a recorded safety event', () => {
  it.each([
    { draft: { on: '2026-12-03', type: 'self_harm_act', note: '' }, expected: {} },
    { draft: { on: '', type: 'self_harm_act', note: '' }, expected: { on: 'Enter the day it happened.' } },
    { draft: { on: '2026-12-05', type: 'overdose', note: '' }, expected: { on: 'The day cannot be in the future.' } },
    { draft: { on: '2026-10-31', type: 'overdose', note: '' }, expected: { on: 'The day cannot be before the admission (2026-11-01).' } },
    { draft: { on: '2026-12-01', type: '', note: 'x' }, expected: { type: 'Choose what happened.' } },
  ])('$draft.on $draft.type → $expected', ({ draft, expected }) => {
    expect(safetyEventErrors(draft, '2026-12-04', '2026-11-01')).toEqual(expected);
  });
});
