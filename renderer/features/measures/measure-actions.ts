import { scoreInstrument, type Answer, type InstrumentDefinition } from '../../../shared/instruments';
import { plural } from '../../../shared/domain/text';
import { auditFor } from '../../audit';
import { findClinicRecords, insertClinicRecord, insertResponse, type ClinicRecord, type InstrumentResponse } from '../../db';
import { keepAsConflictCopy } from '../../drafts/keep-arrived';
import { arrivedSinceOpened } from '../../drafts/form-arrival';
import { writeStamp, type ActorContext } from '../../session';
import { completedAtFor, type CorrectionInput } from './corrections';
import { answerRecord } from './instrument-forms';
import { toMeasureResponse, type MeasureResponse } from './measure-records';
import { everyWords, newestScheduleRecord, scheduleVersionKey, type ScheduleEntry } from './schedule-rules';

/* Administrations and schedules for one client, each followed by its audit event (safety acknowledgements: features/safety-alerts). */

export interface AdministrationInput {
  readonly def: InstrumentDefinition;
  /** In item order; null only where skip logic did not ask. */
  readonly answers: readonly Answer[];
  readonly respondent: InstrumentResponse['respondent'];
  /** "YYYY-MM-DD"; today records the current time, an earlier day noon of that day, a correction's own day its time. */
  readonly administeredOn: string;
  /** The response this corrects and why, or null for a new administration. */
  readonly correction: CorrectionInput | null;
  /** A PHQ-9 paper form entered by a clinician: missing items (null) are prorated per §1.6. */
  readonly paperForm?: boolean;
}

/** Scores and saves one administration (or a correction of one); the audit names the instrument, never the answers. */
export async function administerMeasure(
  ctx: ActorContext,
  clientId: string,
  { def, answers, respondent, administeredOn, correction, paperForm = false }: AdministrationInput,
): Promise<MeasureResponse> {
  const stamp = writeStamp(ctx);
  const supersedesId = correction?.supersedesId ?? '';
  const score = scoreInstrument(def.id, answers, paperForm ? { params: { missing_policy: 'prorate_if_le2_missing' } } : undefined);
  const blank = answers.filter((a) => a === null).length;
  const input = {
    kind: 'measure',
    instrumentId: def.id,
    instrumentVersion: def.version,
    clientId,
    sessionId: '',
    respondent,
    completedAt: completedAtFor(administeredOn, stamp.now, correction?.originalCompletedAt),
    answers: answerRecord(def, answers),
    score: score.total,
    band: score.band,
    flags: score.flags,
    comment: paperForm ? 'Paper form' : '',
    supersedesId,
    correctionReason: correction?.reason.trim() ?? '',
  } as const;
  const saved = await insertResponse(ctx.db, input, stamp);
  const paper = paperForm ? `, paper form with ${plural(blank, 'item')} missing` : '';
  const detail = `${def.id} v${def.version} by ${respondent}${paper}${correction ? `, correcting response ${supersedesId} (reason: ${correction.reason.trim()})` : ''}`;
  await auditFor(ctx, 'response')('create', saved.id, detail, stamp.now);
  const measure = toMeasureResponse(saved);
  if (!measure) throw new Error('A saved measure did not read back as a measure.');
  return measure;
}

/**
 * Stores a new schedule for the client (the previous one stays in the record's history). `opened`: the schedule record
 * the form opened with (null: the clinic default); a newer one stored since (another laptop) is kept as a conflict copy
 * of the saved one, so Conflicts compares the two and can put the other back.
 */
export async function saveMeasureSchedule(
  ctx: ActorContext,
  clientId: string,
  entries: readonly ScheduleEntry[],
  opened?: { readonly record: ClinicRecord | null },
): Promise<void> {
  const stamp = writeStamp(ctx);
  const stored = opened ? newestScheduleRecord(await findClinicRecords(ctx.db, 'schedule'), clientId) : null;
  const arrived = opened ? arrivedSinceOpened(opened.record, stored, scheduleVersionKey) : null;
  const data = { entries: entries.map((e) => ({ instrumentId: e.instrumentId, everyDays: e.everyDays })) };
  const record = { kind: 'schedule', status: 'open', refCollection: 'clients', refId: clientId, data, reason: '' } as const;
  const saved = await insertClinicRecord(ctx.db, record, stamp);
  if (arrived) await keepAsConflictCopy(ctx.db, 'clinic', { ...arrived, id: saved.id }, stamp.now);
  const words = entries.map((e) => `${e.instrumentId} ${everyWords(e.everyDays)}`).join(', ') || 'nothing scheduled';
  await auditFor(ctx, 'client')('edit', clientId, `Measures schedule: ${words}`, stamp.now);
}
