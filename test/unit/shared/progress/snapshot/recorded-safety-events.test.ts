import { describe, expect, it } from 'vitest';
import type { InstrumentResponse } from '../../../../../shared/domain/records';
import { buildReviewEvidence } from '../../../../../shared/progress/snapshot';
import { AS_OF, TZ, measure, records } from './fixture';

const recorded = (id: string, on: string, type: string, recordedOn = on): InstrumentResponse =>
  measure(id, type, `${recordedOn}T15:00:00.000Z`, 0, { kind: 'safety_event', score: null, answers: { on, type, note: 'sealed words', source: 'manual' } });

describe('safety events a clinician recorded count in the review evidence and the engine’s snapshot', () => {
  it.each([
    {
      name: 'a self-harm act is high, dated the day it happened',
      r: [recorded('s1', '2026-11-28', 'self_harm_act', '2026-11-30')],
      events: [['s1', '2026-11-28', 'Self-harm act', 'high']],
      snap: [{ daysAgo: 3, severity: 'high' }],
    },
    {
      name: 'a crisis call is lower',
      r: [recorded('s2', '2026-11-20', 'crisis_call')],
      events: [['s2', '2026-11-20', 'Call to a crisis line', 'lower']],
      snap: [{ daysAgo: 11, severity: 'lower' }],
    },
    { name: 'an unknown type is not an event', r: [recorded('s3', '2026-11-20', 'nonsense')], events: [], snap: [] },
    { name: 'an event after asOf is not counted', r: [recorded('s4', '2026-12-02', 'overdose')], events: [], snap: [] },
    {
      name: 'a corrected event counts only as corrected (the original is not counted twice)',
      r: [recorded('s5', '2026-11-28', 'overdose'), { ...recorded('s6', '2026-11-29', 'crisis_call'), supersedesId: 's5', correctionReason: 'It was a call' }],
      events: [['s6', '2026-11-29', 'Call to a crisis line', 'lower']],
      snap: [{ daysAgo: 2, severity: 'lower' }],
    },
    {
      name: 'an event entered in error is not counted at all',
      r: [
        recorded('s7', '2026-11-28', 'overdose'),
        {
          ...recorded('s8', '2026-11-28', 'overdose'),
          supersedesId: 's7',
          correctionReason: 'Wrong client',
          answers: { on: '2026-11-28', type: 'overdose', enteredInError: true },
        },
      ],
      events: [],
      snap: [],
    },
  ])('$name', ({ r, events, snap }) => {
    const { evidence, snapshot } = buildReviewEvidence(records({ responses: r }), { asOf: AS_OF, timeZone: TZ });
    expect(evidence.safety.events.map((e) => [e.recordId, e.date, e.type, e.severity])).toEqual(events);
    expect(snapshot.safetyEvents).toEqual(snap);
    expect(JSON.stringify(evidence)).not.toContain('sealed words');
  });
});
