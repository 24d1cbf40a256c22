/**
 * Reads, once, what a discharge summary shows (progress.md §7.3) and what its first draft is prefilled from. Totals
 * and bands only: no item answer, note narrative, check-in, homework or family free text is read (§7.2).
 */
import { firstValueFrom } from 'rxjs';
import { doseLabel, scheduleLabel } from '../../../shared/domain/medications';
import { getInstrument, isInstrumentId } from '../../../shared/instruments';
import { episodesOf } from '../../../shared/progress/episodes';
import { clientCopyOf } from '../../../shared/progress/safety-plans';
import {
  clinicContactOf,
  documentCrisisContacts,
  type DischargeEpisode,
  type DischargeFacts,
  type DischargePrefillFacts,
  type DischargeServiceRow,
  type ReportMeasure,
  type ReportMedication,
} from '../../../shared/reports';
import {
  findClinicRecords,
  findEpisodeEventsForClient,
  findMedicationsForClient,
  findResponsesForClient,
  getSession,
  getStaff,
  watchAttendanceForClient,
  watchSafetyPlans,
  type Client,
  type WaypointDatabase,
} from '../../db';
import { currentResponses, toMeasureResponses } from '../measures';
import { loadPlanInPeriod, loadReportDecision } from '../reports';
import { localDayOf } from '../../components/format-date';

const ATTENDED = new Set(['present', 'late', 'left-early']);

async function measuresOf(db: WaypointDatabase, clientId: string, to: string): Promise<ReportMeasure[]> {
  const current = currentResponses(toMeasureResponses(await findResponsesForClient(db, clientId)));
  return current
    .filter((r) => isInstrumentId(r.instrumentId) && localDayOf(r.completedAt) <= to)
    .map((r) => ({
      instrumentId: r.instrumentId,
      instrumentTitle: getInstrument(r.instrumentId)?.title ?? r.instrumentId,
      day: localDayOf(r.completedAt),
      total: r.total,
      band: r.band,
      flags: r.flags,
    }));
}

async function servicesOf(
  db: WaypointDatabase,
  clientId: string,
  from: string,
  to: string,
): Promise<{ rows: DischargeServiceRow[]; lastServiceOn: string | null }> {
  const rows = (await firstValueFrom(watchAttendanceForClient(db, clientId))).filter((a) => localDayOf(a.sessionAt) >= from && localDayOf(a.sessionAt) <= to);
  const withKind = await Promise.all(
    rows.map(async (a) => {
      const s = await getSession(db, a.sessionId);
      const minutes = s ? Math.max(0, (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000) : 0;
      return { day: localDayOf(a.sessionAt), kind: s?.kind ?? 'session', attended: ATTENDED.has(a.status), minutes };
    }),
  );
  const kinds = [...new Set(withKind.map((r) => r.kind))].sort();
  const attendedDays = withKind
    .filter((r) => r.attended)
    .map((r) => r.day)
    .sort();
  return {
    rows: kinds.map((k) => {
      const of = withKind.filter((r) => r.kind === k);
      const att = of.filter((r) => r.attended);
      return { sessionKind: k, scheduled: of.length, attended: att.length, hours: att.reduce((s, r) => s + r.minutes, 0) / 60 };
    }),
    lastServiceOn: attendedDays.at(-1) ?? null,
  };
}

async function medicationsAt(db: WaypointDatabase, clientId: string, day: string): Promise<ReportMedication[]> {
  const meds = (await findMedicationsForClient(db, clientId)).filter((m) => m.startedOn <= day && (m.stoppedOn === null || m.stoppedOn >= day));
  return meds.map((m) => ({
    name: m.prescriber ? `${m.name} (prescriber ${m.prescriber})` : m.name,
    dose: `${doseLabel(m.dose, m.doseUnit)} ${m.strength}`.trim(),
    schedule: scheduleLabel(m.schedule),
    startedOn: m.startedOn,
    adherencePercent: null,
    sideEffects: [],
  }));
}

async function plansOf(db: WaypointDatabase, clientId: string, day: string) {
  const [safety, relapse] = await Promise.all([
    firstValueFrom(watchSafetyPlans(db, clientId, 'safety_plan')),
    firstValueFrom(watchSafetyPlans(db, clientId, 'relapse_prevention_plan')),
  ]);
  const inForce = (versions: typeof safety.versions) =>
    versions.filter((v) => (v.status === 'active' || v.status === 'closed') && v.effectiveFrom <= day).at(-1) ?? null;
  return { safety: inForce(safety.versions), relapse: inForce(relapse.versions) };
}

/**
 * The opt-in of §7.2 item 5, for one export: each administration's item-level answers (PHQ-9 item 9 included), matched
 * to the summary's measures by instrument and day.
 */
export async function withItemAnswers(db: WaypointDatabase, clientId: string, measures: readonly ReportMeasure[]): Promise<ReportMeasure[]> {
  const current = currentResponses(toMeasureResponses(await findResponsesForClient(db, clientId)));
  return measures.map((m) => {
    const r = current.find((x) => x.instrumentId === m.instrumentId && localDayOf(x.completedAt) === m.day);
    return r ? { ...m, answers: Object.entries(r.answers).map(([item, answer]) => ({ item, answer: String(answer) })) } : m;
  });
}

/** The stay's levels of care; a stay recorded before episodes existed is one stay at the client record's level. */
function episodesFor(client: Client, events: Parameters<typeof episodesOf>[0]): DischargeEpisode[] {
  const episodes = episodesOf(events, client.dischargeDate).map((e) => ({ level: e.levelOfCareCode, from: e.startedOn, to: e.endedOn, endType: e.endType }));
  return episodes.length > 0
    ? episodes
    : [{ level: client.levelOfCare, from: client.admissionDate, to: client.dischargeDate, endType: client.dischargeDate ? 'discharge' : null }];
}

/**
 * The first day of the stay this discharge ends: the latest admission (not a transfer) on or before the discharge,
 * or the client record's admission when that is later or no episode is recorded.
 */
export function stayStartOf(client: Client, events: Parameters<typeof episodesOf>[0]): string {
  const dischargeDate = client.dischargeDate ?? '9999-12-31';
  const admitted =
    episodesOf(events, client.dischargeDate)
      .filter((e) => e.startType === 'admission' && e.startedOn <= dischargeDate)
      .at(-1)?.startedOn ?? '';
  return admitted > client.admissionDate ? admitted : client.admissionDate;
}

/** Everything the summary of a discharged client shows, as the records say now (the stay from its admission). */
export async function loadDischargeFacts(db: WaypointDatabase, client: Client, clinicName: string): Promise<DischargeFacts> {
  const dischargeDate = client.dischargeDate ?? '';
  const events = await findEpisodeEventsForClient(db, client.id);
  const admissionDate = stayStartOf(client, events);
  const measures = await measuresOf(db, client.id, dischargeDate);
  const [clinician, services, medications, latestDecision, plans, { plan }, settings] = await Promise.all([
    getStaff(db, client.primaryClinicianId),
    servicesOf(db, client.id, admissionDate, dischargeDate),
    medicationsAt(db, client.id, dischargeDate),
    loadReportDecision(db, client.id, { from: admissionDate, to: dischargeDate }),
    plansOf(db, client.id, dischargeDate),
    loadPlanInPeriod(db, client.id, { from: admissionDate, to: dischargeDate }, measures),
    findClinicRecords(db, 'settings'),
  ]);
  const crisis = plans.safety ? clientCopyOf(plans.safety).crisisLines : [];
  return {
    clinicName,
    client: {
      id: client.id,
      name: `${client.preferredName || client.firstName} ${client.lastName}`,
      dateOfBirth: client.dateOfBirth,
      program: client.program,
      part2: client.part2,
    },
    admissionDate,
    dischargeDate,
    lastServiceOn: services.lastServiceOn,
    clinicianName: clinician?.name ?? 'Unknown clinician',
    episodes: episodesFor(client, events),
    services: services.rows,
    measures,
    plan,
    medications,
    latestDecision,
    safetyPlanSince: plans.safety?.effectiveFrom ?? null,
    relapsePlanSince: plans.relapse?.effectiveFrom ?? null,
    crisisContacts: documentCrisisContacts(clinicContactOf(settings), crisis),
  };
}

/** What the first draft is prefilled from. */
export function prefillFactsOf(client: Client, facts: DischargeFacts, relapseLines: readonly string[]): DischargePrefillFacts {
  return {
    dischargeDate: facts.dischargeDate,
    dischargeReason: client.dischargeReason ?? '',
    dischargeNote: client.dischargeNote,
    problems: facts.plan?.problems.map((p) => p.statement) ?? [],
    targetLevel: facts.latestDecision?.targetLevel ?? '',
    medications: facts.medications.map((m) => `${m.name} ${m.dose}, ${m.schedule}`),
    relapseLines,
  };
}

/** The relapse-prevention plan's lines in force at discharge (prefill of the aftercare plan's relapse prevention). */
export async function relapseLinesAt(db: WaypointDatabase, clientId: string, day: string): Promise<string[]> {
  const { relapse } = await plansOf(db, clientId, day);
  return relapse ? clientCopyOf(relapse).sections.flatMap((s) => s.lines.map((l) => `${s.heading}: ${l}`)) : [];
}
