/**
 * Which structured ratings each program offers on its reviews (progress.md §5.6: "Optional per program (`asamRatings:
 * 'off' | 'asam3' | 'asam4'`, `locus: on/off`)"): a 'settings' clinic record; the newest valid one is in force. A program
 * the clinic has not set offers neither. Pure: records in, settings out.
 */
import type { ClinicRecord } from '../../domain/records';
import type { AsamEdition, StructuredRatings } from './structured-ratings';

/** Where the setting is stored: 'settings' clinic records with this reference. */
export const RATINGS_SETTINGS_REF = { collection: 'progress', id: 'structured-ratings' } as const;

export type AsamRatingsSetting = 'off' | AsamEdition;

/** One program's ratings on its reviews. */
export interface ProgramRatings {
  readonly asamRatings: AsamRatingsSetting;
  readonly locus: boolean;
}

export const RATINGS_OFF: ProgramRatings = { asamRatings: 'off', locus: false };

/** The clinic's setting in force and where it came from. */
export interface ClinicRatingsSettings {
  /** By program track; a program absent here offers neither. */
  readonly programs: Readonly<Record<string, ProgramRatings>>;
  /** The settings record in force; '' while the clinic has saved none. */
  readonly recordId: string;
}

const isAsamSetting = (v: unknown): v is AsamRatingsSetting => v === 'off' || v === 'asam3' || v === 'asam4';

function programsOf(data: Record<string, unknown>): Record<string, ProgramRatings> | null {
  const raw = data.programs;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const out: Record<string, ProgramRatings> = {};
  for (const [program, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) return null;
    const { asamRatings, locus } = value as Record<string, unknown>;
    if (!isAsamSetting(asamRatings) || typeof locus !== 'boolean') return null;
    out[program] = { asamRatings, locus };
  }
  return out;
}

/** The newest valid ratings-settings record wins; a record this laptop cannot read is skipped. */
export function clinicRatingsSettingsOf(records: readonly ClinicRecord[]): ClinicRatingsSettings {
  const mine = records
    .filter((r) => r.kind === 'settings' && r.refCollection === RATINGS_SETTINGS_REF.collection && r.refId === RATINGS_SETTINGS_REF.id)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const r of mine) {
    const programs = programsOf(r.data);
    if (programs) return { programs, recordId: r.id };
  }
  return { programs: {}, recordId: '' };
}

/** A program's setting (off for a program the clinic has not set). */
export function programRatingsOf(settings: ClinicRatingsSettings, program: string): ProgramRatings {
  return settings.programs[program] ?? RATINGS_OFF;
}

/** What the review's ratings panel offers: the program's setting, plus anything the draft already holds (never hidden). */
export interface RatingsOffered {
  readonly asam: AsamEdition | null;
  readonly locus: boolean;
}

export function ratingsOffered(setting: ProgramRatings, held: StructuredRatings | undefined): RatingsOffered {
  const asam = held?.asam?.edition ?? (setting.asamRatings === 'off' ? null : setting.asamRatings);
  return { asam, locus: setting.locus || (held?.locus ?? null) !== null };
}

const ASAM_WORDS: Readonly<Record<AsamRatingsSetting, string>> = { off: 'ASAM off', asam3: 'ASAM 3rd edition', asam4: 'ASAM 4th edition' };

/** "Substance use: ASAM 4th edition, LOCUS on" — one phrase per program that changed, for the audit trail. */
export function ratingsSettingsChanges(before: ClinicRatingsSettings, programs: Readonly<Record<string, ProgramRatings>>): string[] {
  return Object.entries(programs)
    .filter(([p, next]) => {
      const was = programRatingsOf(before, p);
      return was.asamRatings !== next.asamRatings || was.locus !== next.locus;
    })
    .map(([p, next]) => `${p}: ${ASAM_WORDS[next.asamRatings]}, LOCUS ${next.locus ? 'on' : 'off'}`);
}
