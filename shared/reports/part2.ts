/**
 * 42 CFR Part 2 in exports (progress.md §7.2 item 7, §7.5): a substance-use or dual-diagnosis program's record is Part 2
 * information, never exported unless the user opts in for this export (the recipient is the client, or a Part 2 consent
 * covering this recipient is on file); the export then carries the re-disclosure notice of 42 CFR 2.32(a), whose wording
 * is a clinic setting (a 'settings' clinic record) prefilled with the 2024 text. One rule for every report. Pure.
 */
import type { ClinicRecord } from '../domain/records';

/** The track of a program that makes its record 42 CFR Part 2 information (substance use, dual diagnosis). */
export function isPart2Program(program: string): boolean {
  const p = program.toLowerCase();
  return ['substance', 'addiction', 'dual', 'co-occurring'].some((w) => p.includes(w));
}

/**
 * Who a Part 2 decision is about: a client's program track and the explicit mark a clinician sets on the client
 * (`part2`); absent on records written before the mark existed.
 */
export interface Part2Subject {
  readonly program: string;
  readonly part2?: boolean | undefined;
}

/** Whether a client's record is Part 2 information: the explicit mark when set; else the program's track. */
export function isPart2Client(subject: Part2Subject): boolean {
  return subject.part2 ?? isPart2Program(subject.program);
}

/** The opt-in every export dialog shows for a Part 2 client, in the consent words of §7.2 item 7. */
export const PART2_OPT_IN_LABEL = '42 CFR Part 2: the recipient is the client, or a Part 2 consent covering the recipient is on file';

/** Why a Part 2 client's export may not be produced with these opt-ins (null: it may; not Part 2 or opted in). */
export function part2ExportRefusal(subject: Part2Subject, optIns: readonly string[]): string | null {
  if (isPart2Client(subject) && !optIns.includes('part2')) {
    return 'This client’s record is 42 CFR Part 2 information: tick the Part 2 box (the recipient is the client, or a Part 2 consent covers the recipient) to export it.';
  }
  return null;
}

/**
 * A caseload export's clients (§7.5): without the Part 2 opt-in the Part 2 clients are left out (and counted, for the
 * screen and the audit); with it every client is included.
 */
export function part2CaseloadSplit<T extends Part2Subject>(clients: readonly T[], optIns: readonly string[]): { included: T[]; leftOut: number } {
  const included = clients.filter((c) => part2ExportRefusal(c, optIns) === null);
  return { included, leftOut: clients.length - included.length };
}

/** The re-disclosure notice (42 CFR 2.32(a), 2024 wording) printed until a supervisor or admin changes the setting. */
export const DEFAULT_PART2_NOTICE =
  '42 CFR part 2 prohibits unauthorized use or disclosure of these records. This record is from a federally assisted substance use disorder program; it may not be re-disclosed except as 42 CFR part 2 permits.';

export const PART2_NOTICE_REF = { collection: 'clinic', id: 'part2-notice' } as const;

export const PART2_NOTICE_MAX_LENGTH = 2000;

/** Messages at the field ({} when it can be saved): the notice is required, and fits on a report's first page. */
export function part2NoticeErrors(text: string): Record<string, string> {
  const t = text.trim();
  if (t === '') return { text: 'Write the re-disclosure notice: every Part 2 export prints it (42 CFR 2.32).' };
  if (t.length > PART2_NOTICE_MAX_LENGTH) return { text: `Keep the notice under ${String(PART2_NOTICE_MAX_LENGTH)} characters (it has ${String(t.length)}).` };
  return {};
}

export interface Part2Notice {
  readonly text: string;
  /** The settings record in force; '' while the standard text is used. */
  readonly recordId: string;
}

export const STANDARD_PART2_NOTICE: Part2Notice = { text: DEFAULT_PART2_NOTICE, recordId: '' };

/** The notice in force: the newest readable, valid setting; none set, the standard text. */
export function part2NoticeOf(records: readonly ClinicRecord[]): Part2Notice {
  const mine = records
    .filter((r) => r.kind === 'settings' && r.refCollection === PART2_NOTICE_REF.collection && r.refId === PART2_NOTICE_REF.id)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const r of mine) {
    const text = r.data.text;
    if (typeof text === 'string' && Object.keys(part2NoticeErrors(text)).length === 0) return { text: text.trim(), recordId: r.id };
  }
  return STANDARD_PART2_NOTICE;
}

/** The notice lines of a report: the clinic's notice for a Part 2 client, none otherwise. */
export function part2NoticeLines(subject: Part2Subject, notice: string): string[] {
  return isPart2Client(subject) ? [notice] : [];
}
