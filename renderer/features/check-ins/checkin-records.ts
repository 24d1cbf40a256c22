import { BUILT_IN_COPING_SKILLS, CHECK_IN_FORM, checkInAnswersSchema, cleanSkills, duplicateDay, type CheckInAnswers } from '../../../shared/instruments';
import { localToday } from '../../components/format-date';
import type { ClinicRecord, InstrumentResponse, RecordInput } from '../../db';

/** One daily check-in as the screens use it. */
export interface CheckIn {
  readonly id: string;
  readonly clientId: string;
  /** The user's calendar day it is about. */
  readonly day: string;
  readonly completedAt: string;
  readonly answers: CheckInAnswers;
  readonly journal: string;
  readonly authorId: string;
}

/** What a form, a round row or an imported CSV row saves. */
export interface CheckInInput {
  readonly clientId: string;
  readonly day: string;
  readonly answers: CheckInAnswers;
  readonly journal: string;
}

/**
 * The inputs whose client already has a check-in stored for that day (the CSV import's duplicate rule): saving them
 * adds a second check-in, never replaces the first, so the user is asked first.
 */
export function secondCheckIns(inputs: readonly CheckInInput[], stored: readonly Pick<CheckIn, 'clientId' | 'day'>[]): readonly CheckInInput[] {
  return inputs.filter((i) => duplicateDay(i.day, new Set(stored.filter((s) => s.clientId === i.clientId).map((s) => s.day))) === 'stored');
}

/** The stored instant of a day's record: now for today, noon of an earlier day (so it never shifts a day). */
export function completedAtFor(day: string, now: Date): string {
  return day === localToday(now) ? now.toISOString() : new Date(`${day}T12:00:00`).toISOString();
}

/** The response a check-in is stored as (kind 'check-in', Waypoint's own form id and version; journal in comment). */
export function checkInResponse(input: CheckInInput, now: Date): RecordInput<InstrumentResponse> {
  return {
    kind: 'check-in',
    instrumentId: CHECK_IN_FORM.id,
    instrumentVersion: CHECK_IN_FORM.version,
    clientId: input.clientId,
    sessionId: '',
    respondent: 'client',
    completedAt: completedAtFor(input.day, now),
    answers: { ...input.answers, copingSkills: [...input.answers.copingSkills] },
    score: null,
    band: null,
    flags: [],
    comment: input.journal,
    supersedesId: '',
  };
}

/** A stored response as a CheckIn; null for other kinds or answers that are not a valid check-in. */
export function toCheckIn(r: InstrumentResponse, dayOf: (instant: string) => string): CheckIn | null {
  if (r.kind !== 'check-in' || r.instrumentId !== CHECK_IN_FORM.id) return null;
  const parsed = checkInAnswersSchema.safeParse(r.answers);
  if (!parsed.success) return null;
  return {
    id: r.id,
    clientId: r.clientId,
    day: dayOf(r.completedAt),
    completedAt: r.completedAt,
    answers: parsed.data,
    journal: r.comment,
    authorId: r.authorId,
  };
}

/** CheckIns of stored responses, oldest first, skipping anything else. */
export function toCheckIns(all: readonly InstrumentResponse[], dayOf: (instant: string) => string): readonly CheckIn[] {
  return all
    .flatMap((r) => {
      const c = toCheckIn(r, dayOf);
      return c ? [c] : [];
    })
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
}

/** Where the clinic's own coping-skills list is stored: a 'settings' clinic record with this reference. */
export const COPING_SKILLS_REF = { collection: 'measures', id: 'coping-skills' } as const;

/** The clinic's own coping skills (newest 'settings' record for them), without the built-in three. */
export function clinicSkillsOf(records: readonly ClinicRecord[]): readonly string[] {
  const mine = records.filter((r) => r.kind === 'settings' && r.refCollection === COPING_SKILLS_REF.collection && r.refId === COPING_SKILLS_REF.id);
  const latest = mine.reduce<ClinicRecord | null>((a, r) => (!a || r.createdAt >= a.createdAt ? r : a), null);
  const skills = latest?.data.skills;
  return Array.isArray(skills) ? cleanSkills(skills.filter((s): s is string => typeof s === 'string')) : [];
}

/** Every skill a check-in offers: the built-in three, then the clinic's own (no repeats). */
export function allSkills(clinicSkills: readonly string[]): readonly string[] {
  return cleanSkills([...BUILT_IN_COPING_SKILLS, ...clinicSkills]);
}
