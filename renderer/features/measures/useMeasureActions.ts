import { useMemo } from 'react';
import { scoreInstrument, type Answer, type InstrumentDefinition } from '../../../shared/instruments';
import { useSignedIn } from '../../session';
import { appendAudit, insertClinicRecord, insertResponse, useDatabase, type InstrumentResponse } from '../../db';
import { completedAtFor, type CorrectionInput } from './corrections';
import { answerRecord } from './instrument-forms';
import { toMeasureResponse, type MeasureResponse } from './measure-records';
import { ackActionLabel, ackContent, type AckAction } from './safety-alerts';
import { everyWords, type ScheduleEntry } from './schedule-rules';
import { plural } from '../../../shared/domain/text';

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

export interface AckInput {
  readonly responseIds: readonly string[];
  readonly action: AckAction;
  readonly note: string;
}

export interface MeasureActions {
  readonly administer: (input: AdministrationInput) => Promise<MeasureResponse>;
  readonly acknowledge: (input: AckInput) => Promise<void>;
  /** Stores a new schedule for the client (the previous one stays in the record's history). */
  readonly saveSchedule: (entries: readonly ScheduleEntry[]) => Promise<void>;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Saves administrations and safety acknowledgements for one client, each followed by its audit event. */
export function useMeasureActions(clientId: string): MeasureActions {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(() => {
    const administer = async ({ def, answers, respondent, administeredOn, correction, paperForm = false }: AdministrationInput) => {
      const now = new Date();
      const supersedesId = correction?.supersedesId ?? '';
      const score = scoreInstrument(def.id, answers, paperForm ? { params: { missing_policy: 'prorate_if_le2_missing' } } : undefined);
      const blank = answers.filter((a) => a === null).length;
      const input = {
        kind: 'measure', instrumentId: def.id, instrumentVersion: def.version, clientId, sessionId: '', respondent,
        completedAt: completedAtFor(administeredOn, now, correction?.originalCompletedAt), answers: answerRecord(def, answers), score: score.total,
        band: score.band, flags: score.flags, comment: paperForm ? 'Paper form' : '', supersedesId, correctionReason: correction?.reason.trim() ?? '',
      } as const;
      const saved = await insertResponse(db, input, { authorId: user.id, now });
      const paper = paperForm ? `, paper form with ${plural(blank, 'item')} missing` : '';
      const detail = `${def.id} v${def.version} by ${respondent}${paper}${correction ? `, correcting response ${supersedesId} (reason: ${correction.reason.trim()})` : ''}`;
      await appendAudit(db, { action: 'create', entity: 'response', entityId: saved.id, actorId: user.id, detail }, { now });
      const measure = toMeasureResponse(saved);
      if (!measure) throw new Error('A saved measure did not read back as a measure.');
      return measure;
    };
    const acknowledge = async ({ responseIds, action, note }: AckInput) => {
      const now = new Date();
      const signedAt = now.toISOString();
      const contentHash = await sha256Hex(ackContent({ clientId, responseIds, action, note, authorId: user.id, signedAt }));
      const data = { responseIds: [...responseIds], action, note, contentHash };
      const record = { kind: 'safety-ack', status: 'resolved', refCollection: 'clients', refId: clientId, data, reason: '' } as const;
      const ack = await insertClinicRecord(db, record, { authorId: user.id, now });
      const detail = `Safety alert answered for client ${clientId}: ${ackActionLabel(action)} (SHA-256 ${contentHash})`;
      await appendAudit(db, { action: 'sign', entity: 'response', entityId: ack.id, actorId: user.id, detail }, { now });
    };
    const saveSchedule = async (entries: readonly ScheduleEntry[]) => {
      const now = new Date();
      const data = { entries: entries.map((e) => ({ instrumentId: e.instrumentId, everyDays: e.everyDays })) };
      const record = { kind: 'schedule', status: 'open', refCollection: 'clients', refId: clientId, data, reason: '' } as const;
      await insertClinicRecord(db, record, { authorId: user.id, now });
      const words = entries.map((e) => `${e.instrumentId} ${everyWords(e.everyDays)}`).join(', ') || 'nothing scheduled';
      await appendAudit(db, { action: 'edit', entity: 'client', entityId: clientId, actorId: user.id, detail: `Measures schedule: ${words}` }, { now });
    };
    return { administer, acknowledge, saveSchedule };
  }, [db, user.id, clientId]);
}
