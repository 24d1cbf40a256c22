/**
 * The impossible inputs of progress.md §5.3 ("Unknown instrument, negative counts, attended > scheduled, excused >
 * scheduled, met > active: throws InvalidSnapshotError"), plus values no record can produce: non-integer counts,
 * windows longer than themselves, scores outside the instrument's range, an unknown track or severity.
 */
import { getInstrument, isInstrumentId } from '../../instruments';
import type { InstrumentId } from '../../instruments';
import { InvalidSnapshotError } from './errors';
import type { InstrumentRuleParams, ProgressRuleParams } from './params';
import { SAFETY_SEVERITIES, TRACKS } from './snapshot';
import type { PrimaryMeasureInput, ReviewSnapshot } from './snapshot';

/** The primary instrument and its parameter row, once the snapshot has passed. */
export interface ResolvedPrimary {
  readonly id: InstrumentId;
  readonly row: InstrumentRuleParams;
}

function count(field: string, value: unknown, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidSnapshotError(field, `must be a whole number of at least 0, got ${String(value)}`);
  }
  if (value > max) throw new InvalidSnapshotError(field, `must be at most ${String(max)}, got ${String(value)}`);
  return value;
}

function notAbove(field: string, value: number, otherField: string, other: number): void {
  if (value > other) {
    throw new InvalidSnapshotError(field, `${String(value)} is more than ${otherField} (${String(other)})`);
  }
}

/** Scores must lie in the instrument's total range; a baseline-less measure has no scores and no last date. */
function checkPrimary(primary: PrimaryMeasureInput, params: ProgressRuleParams): ResolvedPrimary {
  const id = primary.instrument;
  const row = isInstrumentId(id) ? params.instruments[id] : undefined;
  if (!isInstrumentId(id) || row === undefined) {
    throw new InvalidSnapshotError('primary.instrument', `${id} is not in the rule parameter table`);
  }
  const range = getInstrument(id)?.change.range ?? { min: -Infinity, max: Infinity };
  const checkScore = (field: string, score: unknown): void => {
    if (typeof score !== 'number' || !Number.isFinite(score) || score < range.min || score > range.max) {
      throw new InvalidSnapshotError(field, `must be a ${id} total from ${String(range.min)} to ${String(range.max)}, got ${String(score)}`);
    }
  };
  primary.scores.forEach((score, index) => {
    checkScore(`primary.scores.${String(index)}`, score);
  });
  if (primary.baseline === null) {
    if (primary.scores.length > 0) throw new InvalidSnapshotError('primary.baseline', 'is missing although there are later scores');
    if (primary.lastAdministeredDaysAgo !== null) {
      throw new InvalidSnapshotError('primary.lastAdministeredDaysAgo', 'is set although the instrument was never given');
    }
  } else {
    checkScore('primary.baseline', primary.baseline);
    count('primary.lastAdministeredDaysAgo', primary.lastAdministeredDaysAgo);
  }
  return { id, row };
}

/** Throws InvalidSnapshotError for the first impossible field; returns the resolved primary instrument (or null). */
export function assertValidSnapshot(snapshot: ReviewSnapshot, params: ProgressRuleParams): ResolvedPrimary | null {
  if (!TRACKS.some((t) => t === snapshot.track)) throw new InvalidSnapshotError('track', `unknown track ${snapshot.track}`);
  count('daysInProgram', snapshot.daysInProgram);
  const { scheduled, attended, excused } = snapshot.attendance;
  count('attendance.scheduled', scheduled);
  count('attendance.attended', attended);
  count('attendance.excused', excused);
  notAbove('attendance.attended', attended, 'attendance.scheduled', scheduled);
  notAbove('attendance.excused', excused, 'attendance.scheduled', scheduled);
  count('consecutiveMissed', snapshot.consecutiveMissed);
  count('daysSinceLastAttended', snapshot.daysSinceLastAttended);
  snapshot.safetyEvents.forEach((event, index) => {
    count(`safetyEvents.${String(index)}.daysAgo`, event.daysAgo);
    if (!SAFETY_SEVERITIES.some((s) => s === event.severity)) {
      throw new InvalidSnapshotError(`safetyEvents.${String(index)}.severity`, `unknown severity ${event.severity}`);
    }
  });
  if (typeof snapshot.openSafetyAlert !== 'boolean') throw new InvalidSnapshotError('openSafetyAlert', 'must be true or false');
  if (snapshot.substanceUse !== null) {
    const { last14, prior14, unknown14 } = snapshot.substanceUse;
    count('substanceUse.last14', last14, 14);
    count('substanceUse.prior14', prior14, 14);
    count('substanceUse.unknown14', unknown14, 14);
    notAbove('substanceUse.unknown14', unknown14, 'the days without use in the last 14', 14 - last14);
  }
  count('objectives.active', snapshot.objectives.active);
  count('objectives.met', snapshot.objectives.met);
  notAbove('objectives.met', snapshot.objectives.met, 'objectives.active', snapshot.objectives.active);
  return snapshot.primary === null ? null : checkPrimary(snapshot.primary, params);
}
