/**
 * Safety panel and the engine's safety inputs (progress.md §5.3 severity classes; instruments.md §15.4 alerts).
 * `high`: C-SSRS screener band high, a target behaviour marked `raisesSafetyEvent: 'high'` (e.g. self-harm acts);
 * `lower`: PHQ-9 item 9 above 0, C-SSRS low/moderate, behaviours marked `lower` (e.g. self-harm urges). Safety events a
 * clinician recorded (responses of kind 'safety_event') carry their type's class (safety-plans/recorded-events.ts).
 */
import { needsSafetyAlert } from '../../instruments/safety';
import { isInstrumentId } from '../../instruments';
import type { CarePlan, InstrumentResponse } from '../../domain/records';
import { dayOf } from '../plans/days';
import type { TargetBehaviourEntry, TreatmentPlanVersion } from '../plans/types';
import type { SafetyEvidence } from '../recommendation/evidence';
import type { SafetyEventInput, SafetySeverity } from '../recommendation/snapshot';
import { clinicDay, daysAgo } from './clinic-day';
import type { WithId } from './plan-entries';
import type { SafetyAckInput } from './records';
import { currentSafetyEvents } from '../safety-plans/current-events';
import { SAFETY_EVENT_TYPES, recordedSafetyEventOfResponse } from '../safety-plans/recorded-events';

interface Event {
  readonly recordId: string;
  readonly date: string;
  readonly type: string;
  readonly severity: SafetySeverity;
}

function measureSeverity(r: InstrumentResponse): { type: string; severity: SafetySeverity } | null {
  if (r.kind !== 'measure') return null;
  if (r.instrumentId === 'PHQ-9' && r.flags.includes('self_harm_item9')) return { type: 'PHQ-9 item 9 (thoughts of self-harm)', severity: 'lower' };
  if (r.instrumentId !== 'C-SSRS-Screener' || r.band === null || r.band === 'none') return null;
  return { type: `C-SSRS screener: ${r.band}`, severity: r.band === 'high' ? 'high' : 'lower' };
}

/** True when a response raises the §15.4 alert: PHQ-9 item 9 above 0 or unanswered, or any C-SSRS risk level. */
export function raisesAlert(r: InstrumentResponse): boolean {
  if (r.kind !== 'measure' || !isInstrumentId(r.instrumentId)) return false;
  const score = { total: r.score, band: r.band, flags: [...r.flags] };
  return needsSafetyAlert(r.instrumentId, score) || (r.instrumentId === 'PHQ-9' && r.flags.includes('item9_unanswered'));
}

export interface SafetyInputs {
  readonly responses: readonly InstrumentResponse[];
  readonly behaviourEntries: readonly WithId<TargetBehaviourEntry>[];
  readonly plan: TreatmentPlanVersion | null;
  readonly acks: readonly SafetyAckInput[];
  readonly safetyPlans: readonly Pick<CarePlan, 'id' | 'kind' | 'status' | 'effectiveFrom' | 'updatedAt'>[];
  readonly asOf: string;
  readonly timeZone: string;
  /** Events this many days back or fewer are listed (the engine's longest window is 30). */
  readonly lookbackDays: number;
}

function behaviourEvents(input: SafetyInputs): Event[] {
  const raising = new Map((input.plan?.targetBehaviours ?? []).flatMap((b) => (b.raisesSafetyEvent ? [[b.behaviourId, b] as const] : [])));
  return input.behaviourEntries.flatMap(({ id, entry }) => {
    const def = raising.get(entry.behaviourId);
    return def?.raisesSafetyEvent && entry.value > 0 ? [{ recordId: id, date: dayOf(entry.date), type: def.label, severity: def.raisesSafetyEvent }] : [];
  });
}

/** Safety events a clinician recorded (a self-harm act, an emergency visit …), by the day they happened; a corrected one only as corrected. */
function recordedEvents(input: SafetyInputs): Event[] {
  const recorded = input.responses.flatMap((r) => {
    const e = recordedSafetyEventOfResponse(r);
    return e ? [{ ...e, id: r.id }] : [];
  });
  return currentSafetyEvents(recorded).map((e) => ({
    recordId: e.id,
    date: e.on,
    type: SAFETY_EVENT_TYPES[e.type].label,
    severity: SAFETY_EVENT_TYPES[e.type].severity,
  }));
}

/** Every safety event up to asOf, newest first. */
function safetyEvents(input: SafetyInputs): Event[] {
  const fromMeasures = input.responses.flatMap((r) => {
    const s = measureSeverity(r);
    return s ? [{ recordId: r.id, date: clinicDay(r.completedAt, input.timeZone), ...s }] : [];
  });
  return [...fromMeasures, ...behaviourEvents(input), ...recordedEvents(input)]
    .filter((e) => e.date <= input.asOf)
    .sort((a, b) => b.date.localeCompare(a.date) || a.recordId.localeCompare(b.recordId));
}

export function safetyEvidence(input: SafetyInputs): { evidence: SafetyEvidence; events: SafetyEventInput[] } {
  const all = safetyEvents(input).filter((e) => daysAgo(input.asOf, e.date) <= input.lookbackDays);
  const answered = new Set(input.acks.flatMap((a) => a.responseIds));
  const upToAsOf = input.responses.filter((r) => clinicDay(r.completedAt, input.timeZone) <= input.asOf);
  const open = upToAsOf.filter((r) => raisesAlert(r) && !answered.has(r.id));
  const cssrs = upToAsOf
    .filter((r) => r.kind === 'measure' && r.instrumentId === 'C-SSRS-Screener' && r.band !== null)
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt))
    .at(-1);
  const plan = input.safetyPlans
    .filter((p) => p.kind === 'safety_plan' && p.status === 'active')
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .at(-1);
  return {
    evidence: {
      events: all,
      openAlert: open.length > 0,
      openAlertResponseIds: open.map((r) => r.id),
      latestCssrs: cssrs ? { responseId: cssrs.id, date: clinicDay(cssrs.completedAt, input.timeZone), band: cssrs.band ?? '' } : null,
      safetyPlanLastReviewed: plan ? plan.effectiveFrom || dayOf(plan.updatedAt) : null,
      safetyPlanId: plan?.id ?? null,
    },
    events: all.map((e) => ({ daysAgo: daysAgo(input.asOf, e.date), severity: e.severity })),
  };
}
