/**
 * Reads, once, what a progress report is built from. Only the §7.2 opt-ins the user chose are read at all (note
 * narratives, item answers, family free text); the pure builder drops them again unless opted in.
 */
import { firstValueFrom } from 'rxjs';
import { doseLabel, scheduleLabel, sideEffectLabel } from '../../../shared/domain/medications';
import { adherenceCounts } from '../../../shared/domain/medication-adherence';
import { currentAdherence, readHistory } from '../../../shared/domain/medication-events';
import { getInstrument, isInstrumentId } from '../../../shared/instruments';
import type { ObjectiveData } from '../../../shared/progress/plans/evaluate';
import {
  part2NoticeOf,
  planInForce,
  planSummary,
  reportDecisionOf,
  type ProgressReportInput,
  type ReportAttendance,
  type ReportDecision,
  type ReportMeasure,
  type ReportMedication,
  type ReportOptIn,
  type ReportPeriod,
  type ReportPlanSummary,
} from '../../../shared/reports';
import {
  findClinicRecords,
  findMedicationEventsForClient,
  findMedicationsForClient,
  findNotesForClient,
  findResponsesForClient,
  findReviewsForClient,
  getSession,
  getStaff,
  watchAttendanceForClient,
  watchHomeworkCompletionsForClient,
  watchHomeworkForClient,
  watchObjectiveStatuses,
  watchPlanVersionsForClient,
  watchSafetyPlans,
  watchTargetBehaviourEntriesForClient,
  type Client,
  type InstrumentResponse,
  type WaypointDatabase,
} from '../../db';
import { currentResponses, toMeasureResponses } from '../measures';
import { localDayOf } from '../../components/format-date';

function minutesOf(startsAt: string, endsAt: string): number {
  const m = (Date.parse(endsAt) - Date.parse(startsAt)) / 60_000;
  return Number.isFinite(m) && m > 0 ? m : 0;
}

function measuresOf(responses: readonly InstrumentResponse[], itemAnswers: boolean): ReportMeasure[] {
  return currentResponses(toMeasureResponses(responses)).map((r) => ({
    instrumentId: r.instrumentId,
    instrumentTitle: getInstrument(r.instrumentId)?.title ?? r.instrumentId,
    day: localDayOf(r.completedAt),
    total: r.total,
    band: r.band,
    flags: r.flags,
    ...(itemAnswers ? { answers: Object.entries(r.answers).map(([item, answer]) => ({ item, answer: String(answer) })) } : {}),
  }));
}

async function attendanceOf(db: WaypointDatabase, clientId: string, period: ReportPeriod): Promise<ReportAttendance[]> {
  const rows = (await firstValueFrom(watchAttendanceForClient(db, clientId))).filter((a) => {
    const day = localDayOf(a.sessionAt);
    return day >= period.from && day <= period.to;
  });
  return Promise.all(
    rows.map(async (a) => {
      const s = await getSession(db, a.sessionId);
      return { day: localDayOf(a.sessionAt), sessionKind: s?.kind ?? 'session', status: a.status, minutes: s ? minutesOf(s.startsAt, s.endsAt) : 0 };
    }),
  );
}

async function medicationsOf(db: WaypointDatabase, clientId: string, period: ReportPeriod): Promise<ReportMedication[]> {
  const meds = (await findMedicationsForClient(db, clientId)).filter((m) => m.startedOn <= period.to && (m.stoppedOn === null || m.stoppedOn >= period.from));
  const history = readHistory(await findMedicationEventsForClient(db, clientId));
  const adherence = currentAdherence(history.adherence);
  return meds.map((m) => {
    const c = adherenceCounts(
      m,
      adherence.filter((a) => a.medicationId === m.id),
      period.from,
      period.to,
    );
    const recorded = c.taken + c.missed;
    const effects = history.sideEffects.filter(
      (s) => (s.medicationId === m.id || s.medicationId === '') && s.occurredOn >= period.from && s.occurredOn <= period.to,
    );
    return {
      name: m.name,
      dose: `${doseLabel(m.dose, m.doseUnit)} ${m.strength}`.trim(),
      schedule: scheduleLabel(m.schedule),
      startedOn: m.startedOn,
      adherencePercent: recorded > 0 ? Math.floor((c.taken * 100) / recorded) : null,
      sideEffects: [...new Set(effects.map((s) => sideEffectLabel(s)))],
    };
  });
}

/** Target-behaviour entries, homework and its completions: what objectives are judged by besides measures. */
async function planActivityOf(db: WaypointDatabase, clientId: string): Promise<Omit<ObjectiveData, 'measures'>> {
  const [behaviourEntries, homework, completions] = await Promise.all([
    firstValueFrom(watchTargetBehaviourEntriesForClient(db, clientId)),
    firstValueFrom(watchHomeworkForClient(db, clientId)),
    firstValueFrom(watchHomeworkCompletionsForClient(db, clientId)),
  ]);
  return { behaviourEntries, homework, completions };
}

/** The treatment plan in force in a period, summarised against these measures, and the activity it was judged on. */
export async function loadPlanInPeriod(
  db: WaypointDatabase,
  clientId: string,
  period: ReportPeriod,
  measures: readonly ReportMeasure[],
): Promise<{ readonly plan: ReportPlanSummary | null; readonly activity: Omit<ObjectiveData, 'measures'> }> {
  const [versions, activity, judgements] = await Promise.all([
    firstValueFrom(watchPlanVersionsForClient(db, clientId)),
    planActivityOf(db, clientId),
    firstValueFrom(watchObjectiveStatuses(db, clientId, period.to)),
  ]);
  const v = planInForce(versions, period);
  const data = { measures: measures.map((m) => ({ instrumentId: m.instrumentId, completedOn: m.day, score: m.total })), ...activity };
  return { plan: v ? planSummary(v, data, period, judgements) : null, activity };
}

function noteText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

async function optInData(db: WaypointDatabase, client: Client, period: ReportPeriod, optIns: readonly ReportOptIn[], responses: readonly InstrumentResponse[]) {
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const notes = optIns.includes('note_narratives')
    ? (await findNotesForClient(db, client.id))
        .filter((n) => n.kind === 'note' && n.status === 'signed' && n.signedAt !== null && inPeriod(localDayOf(n.signedAt)))
        .map((n) => ({
          day: localDayOf(n.signedAt ?? n.createdAt),
          title: n.title,
          text: n.sections.map((s) => `${s.heading}: ${noteText(s.html)}`).join(' '),
        }))
    : undefined;
  const family = optIns.includes('family_free_text')
    ? responses
        .filter((r) => r.kind === 'family-feedback' && inPeriod(localDayOf(r.completedAt)) && r.comment.trim() !== '')
        .map((r) => ({ day: localDayOf(r.completedAt), text: r.comment }))
    : undefined;
  return { noteNarratives: notes, familyFreeText: family };
}

export interface ReportRequest {
  readonly period: ReportPeriod;
  readonly optIns: readonly ReportOptIn[];
  readonly summary: string;
  readonly clinicName: string;
  readonly generatedAt: string;
}

/** The clinic's 42 CFR 2.32 re-disclosure notice in force (Settings; the standard text until changed). */
export async function loadPart2Notice(db: WaypointDatabase): Promise<string> {
  return part2NoticeOf(await findClinicRecords(db, 'settings')).text;
}

/** The latest progress review signed on or before the period's last day, with its signers named (§7.1). */
export async function loadReportDecision(db: WaypointDatabase, clientId: string, period: ReportPeriod): Promise<ReportDecision | null> {
  const { reviews, attachments } = await findReviewsForClient(db, clientId);
  const signers = [...new Set([...reviews.map((r) => r.authorId), ...attachments.map((a) => a.signerId)])];
  const names = new Map((await Promise.all(signers.map((id) => getStaff(db, id)))).flatMap((s) => (s ? [[s.id, s.name] as const] : [])));
  return reportDecisionOf(reviews, attachments, period, (id) => names.get(id));
}

/** Everything the progress report of one client and period shows, read from the local database. */
export async function loadProgressReportInput(db: WaypointDatabase, client: Client, request: ReportRequest): Promise<ProgressReportInput> {
  const { period, optIns } = request;
  const responses = await findResponsesForClient(db, client.id);
  const measures = measuresOf(responses, optIns.includes('item_answers')).filter((m) => isInstrumentId(m.instrumentId));
  const [clinician, attendance, medications, { plan, activity }, extra, safety, latestDecision, part2Notice] = await Promise.all([
    getStaff(db, client.primaryClinicianId),
    attendanceOf(db, client.id, period),
    medicationsOf(db, client.id, period),
    loadPlanInPeriod(db, client.id, period, measures),
    optInData(db, client, period, optIns, responses),
    firstValueFrom(watchSafetyPlans(db, client.id, 'safety_plan')),
    loadReportDecision(db, client.id, period),
    loadPart2Notice(db),
  ]);
  const safetyPlan = safety.versions.filter((v) => v.status === 'active' && v.effectiveFrom <= period.to).at(-1);
  return {
    clinicName: request.clinicName,
    part2Notice,
    client: {
      id: client.id,
      firstName: client.preferredName || client.firstName,
      lastName: client.lastName,
      dateOfBirth: client.dateOfBirth,
      program: client.program,
      part2: client.part2,
      levelOfCare: client.levelOfCare,
      admissionDate: client.admissionDate,
    },
    clinicianName: clinician?.name ?? 'Unknown clinician',
    period,
    generatedAt: request.generatedAt,
    measures,
    attendance,
    medications,
    plan,
    behaviourEntries: [...activity.behaviourEntries],
    homework: [...activity.homework],
    homeworkCompletions: [...activity.completions],
    latestDecision,
    safetyPlanSince: safetyPlan?.effectiveFrom ?? null,
    summary: request.summary,
    ...extra,
  };
}

/** Everything a client's objectives are judged by, read once (a client copy shows the steps met on the day printed). */
export async function loadObjectiveData(db: WaypointDatabase, clientId: string): Promise<ObjectiveData> {
  const [responses, activity] = await Promise.all([findResponsesForClient(db, clientId), planActivityOf(db, clientId)]);
  const measures = measuresOf(responses, false).map((m) => ({ instrumentId: m.instrumentId, completedOn: m.day, score: m.total }));
  return { measures, ...activity };
}
