import type { ObjectiveData } from '../../../shared/progress/plans/evaluate';
import type { ObjectiveBadge, ObjectiveProgress } from '../../../shared/progress/plans/objective-progress';
import type { ClinicianObjectiveStatus } from '../../../shared/progress/plans/objective-status';
import { formatIsoDate } from '../../components/format-date';
import type { Comparator, MeasureTarget, ObjectiveStatus, PlanVersionStatus, TargetBehaviourDefinition } from '../../../shared/progress/plans/types';

/** How an objective's target, its progress and a version's status read on screen (plain words, no codes). */

const CMP: Readonly<Record<Comparator, string>> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };
const AGGREGATE = { sum_per_week: 'a week', days_with_any_per_week: 'days a week', max_per_day: 'on any day' } as const;

export const TARGET_KIND_LABELS = {
  instrument: 'A measure score (e.g. PHQ-9)',
  target_behaviour: 'A target behaviour (e.g. panic attacks)',
  homework: 'Homework completion',
  manual: 'Clinician judgement only',
} as const;

/** "PHQ-9 < 10", "Panic attacks ≤ 1 a week for 2 weeks in a row", "Homework ≥ 80 % done over 14 days". */
export function targetText(t: MeasureTarget, behaviours: readonly Pick<TargetBehaviourDefinition, 'behaviourId' | 'label'>[]): string {
  const num = (n: number) => (Number.isFinite(n) ? String(n) : '…');
  switch (t.kind) {
    case 'instrument':
      return `${t.instrumentId} ${CMP[t.comparator]} ${num(t.value)}${t.over === 'latest' ? '' : ` on the last ${String(t.over.lastN)} scores`}`;
    case 'instrument_change':
      return `${t.instrumentId}: ${t.change.replace(/_/g, ' ')}`;
    case 'target_behaviour': {
      const label = behaviours.find((b) => b.behaviourId === t.behaviourId)?.label ?? 'Target behaviour';
      return `${label} ${CMP[t.comparator]} ${num(t.value)} ${AGGREGATE[t.aggregate]} for ${String(t.consecutiveWeeks)} week${t.consecutiveWeeks === 1 ? '' : 's'} in a row`;
    }
    case 'homework':
      return `Homework ≥ ${num(t.completionPctAtLeast)} % done over ${String(t.windowDays)} days`;
    case 'attendance':
      return `Attendance ≥ ${String(t.pctAtLeast)} % over ${String(t.windowDays)} days`;
    case 'checkin':
      return `Check-in ${t.field} (7-day mean) ${CMP[t.mean7dComparator]} ${String(t.value)}`;
    case 'manual':
      return 'Judged by the clinician';
  }
}

export const OBJECTIVE_STATUS_LABELS: Readonly<Record<ObjectiveStatus, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  met: 'Met',
  partially_met: 'Partially met',
  not_met: 'Not met',
  deferred: 'Deferred',
  discontinued: 'Discontinued',
};

export const CLINICIAN_STATUS_LABELS: Readonly<Record<ClinicianObjectiveStatus, string>> = {
  met: 'Met',
  partially_met: 'Partially met',
  not_met: 'Not met',
  deferred: 'Deferred',
  discontinued: 'Discontinued',
  computed: 'As computed from the data (withdraw a judgement)',
};

export const BADGE_LABELS: Readonly<Record<ObjectiveBadge, string>> = {
  not_sustained: 'Not sustained',
  target_date_passed: 'Target date passed',
  due_soon: 'Due soon',
};

export const VERSION_STATUS_LABELS: Readonly<Record<PlanVersionStatus, string>> = {
  draft: 'Draft (not signed)',
  awaiting_signatures: 'Awaiting co-sign',
  active: 'Active',
  superseded: 'Superseded',
  closed: 'Closed',
  entered_in_error: 'Entered in error',
};

/** True when anything the target is judged by has been recorded (a week with no entries is not a zero). */
export function hasDataFor(t: MeasureTarget, data: ObjectiveData): boolean {
  switch (t.kind) {
    case 'instrument':
    case 'instrument_change':
      return data.measures.some((m) => m.instrumentId === t.instrumentId && m.score !== null);
    case 'target_behaviour':
      return data.behaviourEntries.some((e) => e.behaviourId === t.behaviourId);
    case 'homework':
      return data.homework.some((h) => t.homeworkIds === 'all' || t.homeworkIds.includes(h.homeworkId));
    default:
      return true;
  }
}

/** Calendar dates inside a sentence in the app's date format ("on 2026-12-05" → "on Dec 5, 2026"). */
export function withAppDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatIsoDate(iso));
}

/** The data line under an objective: what the data say now, or that there is none yet (never a made-up value). */
export function progressDetail(p: ObjectiveProgress, t: MeasureTarget, data: ObjectiveData): string {
  if (t.kind === 'manual') return 'Judged by the clinician at review; no data are read for it.';
  if (!p.evaluation) return 'Not evaluated automatically yet.';
  if (!hasDataFor(t, data) || p.evaluation.value === null) return withAppDates(`No data yet. ${p.evaluation.detail}`);
  return withAppDates(p.evaluation.detail);
}
