import type { Answer, InstrumentId } from '../../../shared/instruments';
import { isInstrumentId } from '../../../shared/instruments';
import type { InstrumentResponse, JsonObject } from '../../db';

export type Respondent = InstrumentResponse['respondent'];

export const RESPONDENT_LABELS: Readonly<Record<Respondent, string>> = {
  clinician: 'Clinician in session',
  client: 'Client',
  family: 'Family member',
};

/** One saved administration as the measures screens use it (a plain domain object, not a database document). */
export interface MeasureResponse {
  readonly id: string;
  readonly clientId: string;
  readonly instrumentId: InstrumentId;
  readonly instrumentVersion: string;
  readonly respondent: Respondent;
  readonly completedAt: string;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: readonly string[];
  readonly supersedesId: string;
  /** Why this response corrects `supersedesId`; '' when it corrects nothing (or was stored before reasons). */
  readonly correctionReason: string;
  readonly authorId: string;
  readonly createdAt: string;
}

function isAnswer(value: unknown): value is Answer {
  return value === null || typeof value === 'number' || typeof value === 'boolean' || value === 'yes' || value === 'no';
}

/** Narrows stored answers (sealed JSON) to item answers; anything else is dropped, never coerced. */
export function readAnswers(json: JsonObject): Readonly<Record<string, Answer>> {
  const out: Record<string, Answer> = {};
  for (const [key, value] of Object.entries(json)) if (isAnswer(value)) out[key] = value;
  return out;
}

/** A stored standardized-measure response as a MeasureResponse; null for other kinds or an unknown instrument. */
export function toMeasureResponse(r: InstrumentResponse): MeasureResponse | null {
  if (r.kind !== 'measure' || !isInstrumentId(r.instrumentId)) return null;
  return {
    id: r.id,
    clientId: r.clientId,
    instrumentId: r.instrumentId,
    instrumentVersion: r.instrumentVersion,
    respondent: r.respondent,
    completedAt: r.completedAt,
    answers: readAnswers(r.answers),
    total: r.score,
    band: r.band,
    flags: r.flags,
    supersedesId: r.supersedesId ?? '',
    correctionReason: r.correctionReason ?? '',
    authorId: r.authorId,
    createdAt: r.createdAt,
  };
}

/** Measure responses of a list of stored responses, in the list's order. */
export function toMeasureResponses(all: readonly InstrumentResponse[]): readonly MeasureResponse[] {
  return all.flatMap((r) => {
    const m = toMeasureResponse(r);
    return m ? [m] : [];
  });
}

/** Responses no later response supersedes: what trends and tables show (the corrected ones stay stored). */
export function currentResponses(all: readonly MeasureResponse[]): readonly MeasureResponse[] {
  const superseded = new Set(all.map((r) => r.supersedesId).filter((id) => id !== ''));
  return all.filter((r) => !superseded.has(r.id));
}
