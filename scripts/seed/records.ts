import type { Client } from '../../shared/domain/client';
import type { Attendance, InstrumentResponse, Medication, MedicationEvent, Note, NoteSection, RecordBase } from '../../shared/domain/records';
import { ATTENDANCE_STATUSES } from '../../shared/domain/records';
import { CONNECTION_PROBLEMS, NOTE_HEADINGS, NOTE_SENTENCES, NOTE_TITLES, SIDE_EFFECTS } from './pools';
import { chance, instantAfter, intBetween, pick, uuidOf, type Rng } from './prng';
import { measureOf } from './measures';

/** Who wrote a record about whom, and on which day of the client's episode. */
export interface Context {
  readonly rng: Rng;
  readonly clients: readonly Client[];
  readonly authorIds: readonly string[];
}

interface Stamped {
  readonly client: Client;
  readonly day: number;
  readonly base: RecordBase;
}

// Records fall within a client's first six months after admission, at a working hour.
function stamp(ctx: Context): Stamped {
  const { rng } = ctx;
  const client = pick(rng, ctx.clients);
  const day = intBetween(rng, 0, 180);
  const at = instantAfter(client.admissionDate, day + intBetween(rng, 8, 18) / 24);
  return { client, day, base: { id: uuidOf(rng), authorId: pick(rng, ctx.authorIds), createdAt: at, updatedAt: at } };
}

function paragraph(rng: Rng, min: number, max: number): string {
  return Array.from({ length: intBetween(rng, min, max) }, () => pick(rng, NOTE_SENTENCES)).join(' ');
}

/** Four SOAP sections of 2–6 sentences each: about 1–3 kB of HTML per note, like a real session note. */
function sections(rng: Rng): NoteSection[] {
  return NOTE_HEADINGS.map(([key, heading]) => ({ key, heading, html: `<p>${paragraph(rng, 2, 6)}</p>` }));
}

export function generateNotes(ctx: Context, count: number): Note[] {
  return Array.from({ length: count }, () => {
    const { base, client } = stamp(ctx);
    const signed = chance(ctx.rng, 0.92);
    return {
      ...base,
      kind: 'note',
      status: signed ? 'signed' : 'draft',
      clientId: client.id,
      sessionId: uuidOf(ctx.rng),
      parentId: '',
      templateId: 'soap',
      cosignerId: chance(ctx.rng, 0.2) ? pick(ctx.rng, ctx.authorIds) : '',
      signedAt: signed ? base.createdAt : null,
      title: pick(ctx.rng, NOTE_TITLES),
      sections: sections(ctx.rng),
    };
  });
}

export function generateMeasures(ctx: Context, count: number): InstrumentResponse[] {
  return Array.from({ length: count }, () => {
    const { base, client, day } = stamp(ctx);
    const measure = measureOf(ctx.rng, chance(ctx.rng, 0.55) ? 'PHQ-9' : 'GAD-7', day);
    return { ...base, ...measure, kind: 'measure', clientId: client.id, sessionId: '', respondent: 'client', completedAt: base.createdAt, supersedesId: '' };
  });
}

export function generateCheckIns(ctx: Context, count: number): InstrumentResponse[] {
  const { rng } = ctx;
  return Array.from({ length: count }, () => {
    const { base, client } = stamp(ctx);
    const answers = { mood: intBetween(rng, 1, 10), sleepHours: intBetween(rng, 3, 10), cravings: intBetween(rng, 0, 10), usedSkills: chance(rng, 0.6) };
    const comment = chance(rng, 0.4) ? paragraph(rng, 1, 2) : '';
    return {
      ...base,
      kind: 'check-in',
      instrumentId: 'daily-check-in',
      instrumentVersion: '1',
      clientId: client.id,
      sessionId: '',
      respondent: 'client',
      completedAt: base.createdAt,
      answers,
      score: null,
      band: null,
      flags: [],
      comment,
      supersedesId: '',
    };
  });
}

export function generateAttendance(ctx: Context, count: number): Attendance[] {
  const { rng } = ctx;
  return Array.from({ length: count }, () => {
    const { base, client } = stamp(ctx);
    const roll = rng.next();
    // Mostly present; the rest spread over late, left early, absent and excused.
    const status = roll < 0.7 ? 'present' : pick(rng, ATTENDANCE_STATUSES.slice(1));
    const absent = status === 'absent-excused' || status === 'absent-unexcused';
    return {
      ...base,
      sessionId: uuidOf(rng),
      clientId: client.id,
      sessionAt: base.createdAt,
      status,
      engagement: absent ? null : intBetween(rng, 1, 5),
      participationNote: absent ? '' : paragraph(rng, 1, 2),
      communicationNote: '',
      regulationNote: '',
      connectionProblems: chance(rng, 0.15) ? [pick(rng, CONNECTION_PROBLEMS)] : [],
    };
  });
}

function eventDetail(rng: Rng, kind: MedicationEvent['kind']): MedicationEvent['detail'] {
  // Shapes of shared/domain/medications.ts (adherence and side-effect details) and medication-events.ts (dose change).
  if (kind === 'adherence') {
    const taken = chance(rng, 0.85) ? 1 : 0;
    return { taken, scheduled: 1, missReason: taken ? '' : 'forgot', source: 'client-reported' };
  }
  if (kind === 'side-effect')
    return { effect: 'other', otherText: pick(rng, SIDE_EFFECTS), severity: intBetween(rng, 1, 3), interference: pick(rng, ['none', 'some', 'a-lot']) };
  return { fromDose: intBetween(rng, 1, 4) * 25, toDose: intBetween(rng, 1, 4) * 25, unit: 'mg', reason: 'Partial response' };
}

export function generateMedEvents(ctx: Context, count: number, medications: readonly Medication[]): MedicationEvent[] {
  const { rng } = ctx;
  const byClient = new Map<string, Medication[]>();
  for (const m of medications) byClient.set(m.clientId, [...(byClient.get(m.clientId) ?? []), m]);
  return Array.from({ length: count }, () => {
    const { base, client } = stamp(ctx);
    const roll = rng.next();
    const kind = roll < 0.8 ? 'adherence' : roll < 0.95 ? 'side-effect' : 'dose-change';
    const medication = pick(rng, byClient.get(client.id) ?? medications);
    return {
      ...base,
      kind,
      clientId: client.id,
      medicationId: medication.id,
      sessionId: '',
      occurredOn: base.createdAt.slice(0, 10),
      detail: eventDetail(rng, kind),
      note: chance(rng, 0.3) ? paragraph(rng, 1, 1) : '',
    };
  });
}
