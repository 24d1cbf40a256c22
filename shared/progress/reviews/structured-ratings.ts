/**
 * Optional ASAM dimension and LOCUS ratings of a progress review (progress.md §5.6). Waypoint records the clinician's
 * ratings and conclusion; it computes no level from them and ships no ASAM/LOCUS criteria text, only the dimension
 * titles the spec lists and the number ranges. Pure: values as typed in, messages at their fields out.
 */

export type AsamEdition = 'asam3' | 'asam4';

export const ASAM_EDITION_LABELS: Readonly<Record<AsamEdition, string>> = { asam3: 'ASAM 3rd edition', asam4: 'ASAM 4th edition' };

/** Dimension titles per edition (§5.6 table). */
export const ASAM_DIMENSIONS: Readonly<Record<AsamEdition, readonly string[]>> = {
  asam3: [
    'Acute intoxication and/or withdrawal potential',
    'Biomedical conditions and complications',
    'Emotional, behavioral, or cognitive conditions and complications',
    'Readiness to change',
    'Relapse, continued use, or continued problem potential',
    'Recovery/living environment',
  ],
  asam4: [
    'Intoxication, withdrawal, and addiction medications',
    'Biomedical conditions',
    'Psychiatric and cognitive conditions',
    'Substance use–related risks',
    'Recovery environment interactions',
    'Person-centered considerations',
  ],
};

/** One dimension's rating as typed ('' = not rated). */
export interface AsamDimensionRating {
  /** 1–6. */
  readonly dimension: number;
  readonly rating: string;
  readonly note: string;
}

export interface AsamRatings {
  readonly edition: AsamEdition;
  readonly dimensions: readonly AsamDimensionRating[];
  /** The level of care the clinician concludes (e.g. "2.1"); Waypoint does not compute it. */
  readonly clinicianLevel: string;
}

/** LOCUS: only the clinician-entered composite and level are stored (§5.6, licence). */
export interface LocusRating {
  readonly composite: string;
  readonly level: string;
  readonly note: string;
}

/** The review's optional structured ratings; null parts were not recorded. */
export interface StructuredRatings {
  readonly asam: AsamRatings | null;
  readonly locus: LocusRating | null;
}

export const NO_RATINGS: StructuredRatings = { asam: null, locus: null };

/** Six blank dimensions of an edition. */
export function emptyAsam(edition: AsamEdition): AsamRatings {
  return { edition, dimensions: ASAM_DIMENSIONS[edition].map((_, i) => ({ dimension: i + 1, rating: '', note: '' })), clinicianLevel: '' };
}

export const EMPTY_LOCUS: LocusRating = { composite: '', level: '', note: '' };

/** ASAM 4th edition dimension 6 informs level selection and carries no risk rating (§5.6). */
export function asamDimensionRated(edition: AsamEdition, dimension: number): boolean {
  return !(edition === 'asam4' && dimension === 6);
}

const wholeIn = (v: string, min: number, max: number): boolean => /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max;

function asamRatingError(edition: AsamEdition, d: AsamDimensionRating): string | null {
  const v = d.rating.trim();
  if (v === '') return null;
  if (!asamDimensionRated(edition, d.dimension)) return 'This dimension has no risk rating in the 4th edition; leave it empty and use the note.';
  if (edition === 'asam3') return wholeIn(v, 0, 4) ? null : 'Enter a whole number from 0 to 4.';
  // 4th edition ratings are symbolic per subdimension (e.g. 0, 2, 3A, 3B, 4): a digit 0–4 and an optional letter.
  return /^[0-4][A-Da-d]?$/.test(v) ? null : 'Enter a rating such as 0, 2, 3A or 4.';
}

/**
 * Messages at the ratings' fields ({} when valid): keys `ratings.asam.<dimension>`, `ratings.asam.clinicianLevel`,
 * `ratings.locus.composite`, `ratings.locus.level`. Blank ratings are allowed (not rated).
 */
export function ratingErrors(r: StructuredRatings | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (r?.asam) {
    for (const d of r.asam.dimensions) {
      const e = asamRatingError(r.asam.edition, d);
      if (e) errors[`ratings.asam.${String(d.dimension)}`] = e;
    }
    if (r.asam.clinicianLevel.trim().length > 20) errors['ratings.asam.clinicianLevel'] = 'Give the level as a short code, e.g. 2.1 or 2.5.';
  }
  if (r?.locus) {
    const { composite, level } = r.locus;
    if (composite.trim() !== '' && !wholeIn(composite, 7, 35)) errors['ratings.locus.composite'] = 'The LOCUS composite is a whole number from 7 to 35.';
    if (level.trim() !== '' && !wholeIn(level, 0, 6)) errors['ratings.locus.level'] = 'The LOCUS level is a whole number from 0 to 6.';
    if (composite.trim() === '' && level.trim() === '')
      errors['ratings.locus.composite'] = 'Enter the composite score or the level, or remove the LOCUS rating.';
  }
  return errors;
}

/** True when the review holds any rating worth showing. */
export function hasRatings(r: StructuredRatings | undefined): boolean {
  const asam = r?.asam ? r.asam.dimensions.some((d) => d.rating.trim() !== '' || d.note.trim() !== '') || r.asam.clinicianLevel.trim() !== '' : false;
  const locus = r?.locus ? r.locus.composite.trim() !== '' || r.locus.level.trim() !== '' : false;
  return asam || locus;
}

/** One plain line per instrument, e.g. "ASAM 3rd edition: D1 0, D2 1, D3 3 — clinician's level 2.1". */
export function ratingsSummary(r: StructuredRatings | undefined): readonly string[] {
  const lines: string[] = [];
  if (r?.asam && hasRatings({ asam: r.asam, locus: null })) {
    const rated = r.asam.dimensions.filter((d) => d.rating.trim() !== '').map((d) => `D${String(d.dimension)} ${d.rating.trim().toUpperCase()}`);
    const level = r.asam.clinicianLevel.trim() === '' ? '' : ` — clinician’s level ${r.asam.clinicianLevel.trim()}`;
    lines.push(`${ASAM_EDITION_LABELS[r.asam.edition]}: ${rated.length > 0 ? rated.join(', ') : 'no dimension rated'}${level}`);
  }
  if (r?.locus && hasRatings({ asam: null, locus: r.locus })) {
    const parts = [r.locus.composite.trim() && `composite ${r.locus.composite.trim()}`, r.locus.level.trim() && `level ${r.locus.level.trim()}`].filter(
      Boolean,
    );
    lines.push(`LOCUS: ${parts.join(', ')}`);
  }
  return lines;
}
