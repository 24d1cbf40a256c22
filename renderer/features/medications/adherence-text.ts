import {
  ADHERENCE_ALERT_PERCENT,
  ADHERENCE_MIN_RECORDED_PERCENT,
  belowAlertLine,
  daysBetween,
  type AdherenceCounts,
  type AdherenceWindow,
} from '../../../shared/domain/medication-adherence';
import type { Medication } from '../../../shared/domain/records';
import { plural } from '../../../shared/domain/text';

type FormatDate = (iso: string) => string;

/** "Last 14 days (21 Nov – 4 Dec)": the window every adherence figure names. */
export function adherenceWindowLabel(w: Pick<AdherenceWindow, 'from' | 'to'>, formatDate: FormatDate): string {
  return `Last ${String(daysBetween(w.from, w.to) + 1)} days (${formatDate(w.from)} – ${formatDate(w.to)})`;
}

/** "71 % of recorded doses taken (5 of 7; 2 missed, 7 not recorded)"; unrecorded doses are neither taken nor missed. */
export function adherenceCountsText(c: AdherenceCounts): string {
  const unrecorded = c.unrecorded > 0 ? `, ${String(c.unrecorded)} not recorded` : '';
  if (c.percent === null) return `nothing recorded (${plural(c.unrecorded, 'dose')} not recorded)`;
  return `${String(c.percent)} % of recorded doses taken (${String(c.taken)} of ${String(c.taken + c.missed)}; ${String(c.missed)} missed${unrecorded})`;
}

const nameOf = (medications: readonly Medication[], id: string) => medications.find((m) => m.id === id)?.name ?? 'A medication';

/** The figure as one sentence, the same on the tab, in the visit and in the alert; per medication when there are several. */
export function adherenceSentence(w: AdherenceWindow, medications: readonly Medication[], formatDate: FormatDate): string {
  const label = adherenceWindowLabel(w, formatDate);
  if (w.status === 'nothing-due') return `${label}: no scheduled medication was prescribed.`;
  const parts = w.medications.length > 1 ? ` ${w.medications.map((m) => `${nameOf(medications, m.medicationId)}: ${adherenceCountsText(m)}.`).join(' ')}` : '';
  return `${label}: ${adherenceCountsText(w.total)}.${parts}`;
}

/** Medications under the line, "Sertraline 71 %", for the alert. */
export function medicationsBelowLine(w: AdherenceWindow, medications: readonly Medication[]): readonly string[] {
  return w.medications.filter((m) => m.percent !== null && belowAlertLine(m)).map((m) => `${nameOf(medications, m.medicationId)} ${String(m.percent)} %`);
}

/** The "not recorded" state: which medications lack records on how many days, and why there is no judgement yet. */
export function notRecordedText(w: AdherenceWindow, medications: readonly Medication[]): string {
  const gaps = w.medications
    .filter((m) => m.unrecordedDays > 0)
    .map((m) => `${nameOf(medications, m.medicationId)} on ${String(m.unrecordedDays)} of ${String(m.days)} days`);
  return `Adherence not recorded: ${gaps.join(', ')}. The ${String(ADHERENCE_ALERT_PERCENT)} % alert judges the recorded doses once at least ${String(ADHERENCE_MIN_RECORDED_PERCENT)} % of the days are recorded; ask about the missing days and record them.`;
}
