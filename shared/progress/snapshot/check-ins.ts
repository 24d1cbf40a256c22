/**
 * Check-ins panel (progress.md §5.2): 7-day mean against the previous 7 days per dimension, completion, and flags when
 * mood falls or cravings rise by ≥ 2 points (WD).
 */
import { checkInAnswersSchema, type CheckInAnswers } from '../../instruments/check-in';
import type { InstrumentResponse } from '../../domain/records';
import type { CheckInDimension, CheckInEvidence } from '../recommendation/evidence';
import { clinicDay, daysAgo, mean1, pct } from './clinic-day';

/** A change of this many points in the 7-day mean raises a flag (WD). */
export const CHECK_IN_FLAG_POINTS = 2;

const DIMENSIONS: readonly { readonly dimension: CheckInDimension; readonly value: (a: CheckInAnswers) => number }[] = [
  { dimension: 'mood', value: (a) => a.mood },
  { dimension: 'anxiety', value: (a) => a.anxiety },
  { dimension: 'stress', value: (a) => a.stress },
  { dimension: 'cravings', value: (a) => a.cravings },
  { dimension: 'sleep', value: (a) => a.sleepHours },
  { dimension: 'coping', value: (a) => a.copingSkills.length },
];

interface Day {
  readonly id: string;
  readonly ago: number;
  readonly answers: CheckInAnswers;
}

/** One check-in per clinic day over the last 14 days (the later kept; superseded ones left out). */
function checkInDays(responses: readonly InstrumentResponse[], asOf: string, timeZone: string): Day[] {
  const superseded = new Set(responses.map((r) => r.supersedesId ?? '').filter((id) => id !== ''));
  const byDay = new Map<number, Day>();
  for (const r of [...responses].sort((a, b) => a.completedAt.localeCompare(b.completedAt))) {
    if (r.kind !== 'check-in' || superseded.has(r.id)) continue;
    const parsed = checkInAnswersSchema.safeParse(r.answers);
    const ago = daysAgo(asOf, clinicDay(r.completedAt, timeZone));
    if (parsed.success && ago >= 0 && ago < 14) byDay.set(ago, { id: r.id, ago, answers: parsed.data });
  }
  return [...byDay.values()].sort((a, b) => b.ago - a.ago);
}

export function checkInEvidence(responses: readonly InstrumentResponse[], asOf: string, timeZone: string): CheckInEvidence {
  const days = checkInDays(responses, asOf, timeZone);
  const recent = days.filter((d) => d.ago < 7);
  const before = days.filter((d) => d.ago >= 7);
  const dimensions = DIMENSIONS.map(({ dimension, value }) => ({
    dimension,
    mean7: mean1(recent.map((d) => value(d.answers))),
    previousMean7: mean1(before.map((d) => value(d.answers))),
  }));
  const change = (dim: CheckInDimension) => {
    const d = dimensions.find((x) => x.dimension === dim);
    if (!d || d.mean7 === null || d.previousMean7 === null) return 0;
    return Math.round(10 * (d.mean7 - d.previousMean7)) / 10;
  };
  const flags: ('mood_fell' | 'cravings_rose')[] = [];
  if (change('mood') <= -CHECK_IN_FLAG_POINTS) flags.push('mood_fell');
  if (change('cravings') >= CHECK_IN_FLAG_POINTS) flags.push('cravings_rose');
  return { dimensions, completionPct: pct(recent.length, 7), flags, recordIds: days.map((d) => d.id) };
}
