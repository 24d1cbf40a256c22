/** Impossible input throws InvalidSnapshotError naming the field (progress.md §5.3 contract). */
import { describe, expect, it } from 'vitest';
import { InvalidSnapshotError, explainRecommendation, recommendLevelOfCare, type ReviewSnapshot } from '../../../../../shared/progress/recommendation';
import { BASE, STEP_DOWN, snap, thrownBy } from './helpers';

/** Values the types forbid but stored documents can hold. */
function bad(changes: Record<string, unknown>): ReviewSnapshot {
  const value: unknown = { ...BASE, ...changes };
  return value as ReviewSnapshot;
}

describe('InvalidSnapshotError', () => {
  it.each<[string, ReviewSnapshot, string]>([
    ['unknown instrument', snap({ primary: { instrument: 'BDI-II' } }), 'primary.instrument'],
    ['instrument not in the parameter table', snap({ primary: { instrument: 'AUDIT' } }), 'primary.instrument'],
    ['negative daysInProgram', snap({ daysInProgram: -1 }), 'daysInProgram'],
    ['negative scheduled', snap({ attendance: { scheduled: -1, attended: 0, excused: 0 } }), 'attendance.scheduled'],
    ['negative attended', snap({ attendance: { scheduled: 4, attended: -1, excused: 0 } }), 'attendance.attended'],
    ['negative excused', snap({ attendance: { scheduled: 4, attended: 2, excused: -1 } }), 'attendance.excused'],
    ['attended > scheduled', snap({ attendance: { scheduled: 4, attended: 5, excused: 0 } }), 'attendance.attended'],
    ['excused > scheduled', snap({ attendance: { scheduled: 4, attended: 0, excused: 5 } }), 'attendance.excused'],
    ['fractional count', snap({ attendance: { scheduled: 4.5, attended: 2, excused: 0 } }), 'attendance.scheduled'],
    ['negative consecutiveMissed', snap({ consecutiveMissed: -1 }), 'consecutiveMissed'],
    ['negative daysSinceLastAttended', snap({ daysSinceLastAttended: -2 }), 'daysSinceLastAttended'],
    ['safety event in the future', snap({ safetyEvents: [{ daysAgo: -1, severity: 'high' }] }), 'safetyEvents.0.daysAgo'],
    ['negative last14', snap({ track: 'sud', substanceUse: { last14: -1, prior14: 0, unknown14: 0 } }), 'substanceUse.last14'],
    ['negative prior14', snap({ track: 'sud', substanceUse: { last14: 0, prior14: -1, unknown14: 0 } }), 'substanceUse.prior14'],
    ['negative unknown14', snap({ track: 'sud', substanceUse: { last14: 0, prior14: 0, unknown14: -1 } }), 'substanceUse.unknown14'],
    ['15 days in 14', snap({ track: 'sud', substanceUse: { last14: 15, prior14: 0, unknown14: 0 } }), 'substanceUse.last14'],
    ['use + unknown > 14', snap({ track: 'sud', substanceUse: { last14: 10, prior14: 0, unknown14: 5 } }), 'substanceUse.unknown14'],
    ['negative objectives.active', snap({ objectives: { active: -1, met: 0 } }), 'objectives.active'],
    ['negative objectives.met', snap({ objectives: { active: 2, met: -1 } }), 'objectives.met'],
    ['met > active', snap({ objectives: { active: 2, met: 3 } }), 'objectives.met'],
    ['PHQ-9 score 28', snap({ primary: { scores: [28] } }), 'primary.scores.0'],
    ['negative baseline', snap({ primary: { baseline: -1 } }), 'primary.baseline'],
    ['K10 score 9 (1–5 scoring starts at 10)', snap({ primary: { instrument: 'K10', baseline: 30, scores: [20, 9] } }), 'primary.scores.1'],
    ['score NaN', snap({ primary: { scores: [Number.NaN] } }), 'primary.scores.0'],
    ['negative lastAdministeredDaysAgo', snap({ primary: { lastAdministeredDaysAgo: -1 } }), 'primary.lastAdministeredDaysAgo'],
    ['scores without a baseline', snap({ primary: { baseline: null, lastAdministeredDaysAgo: null } }), 'primary.baseline'],
    ['a last date without a baseline', snap({ primary: { baseline: null, scores: [], lastAdministeredDaysAgo: 3 } }), 'primary.lastAdministeredDaysAgo'],
    ['unknown track', bad({ track: 'alcohol' }), 'track'],
    ['unknown severity', bad({ safetyEvents: [{ daysAgo: 1, severity: 'medium' }] }), 'safetyEvents.0.severity'],
    ['alert not a boolean', bad({ openSafetyAlert: 'yes' }), 'openSafetyAlert'],
  ])('%s', (_name, snapshot, field) => {
    const thrown = thrownBy(() => recommendLevelOfCare(snapshot));
    expect(thrown).toBeInstanceOf(InvalidSnapshotError);
    expect(thrown instanceof InvalidSnapshotError ? [thrown.field, thrown.code] : null).toEqual([field, 'invalid_snapshot']);
  });

  it('instruments merge by id: an empty override keeps the defaults, an instrument outside the table is unknown', () => {
    expect(() => recommendLevelOfCare(STEP_DOWN, { instruments: {} })).not.toThrow();
    expect(() => recommendLevelOfCare(snap({ primary: { instrument: 'K6' } }))).toThrow(InvalidSnapshotError);
  });

  it('explainRecommendation refuses the same input', () => {
    const result = recommendLevelOfCare(BASE);
    expect(() => explainRecommendation(snap({ objectives: { active: 1, met: 2 } }), result)).toThrow(InvalidSnapshotError);
  });
});
