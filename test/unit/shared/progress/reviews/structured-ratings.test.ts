import { describe, expect, it } from 'vitest';
import { decisionSigningErrors } from '../../../../../shared/progress/reviews/review-decision';
import { EMPTY_DECISION } from '../../../../../shared/progress/reviews/review-types';
import {
  EMPTY_LOCUS,
  emptyAsam,
  hasRatings,
  ratingErrors,
  ratingsSummary,
  type AsamEdition,
  type StructuredRatings,
} from '../../../../../shared/progress/reviews/structured-ratings';
import { DEFAULT_PROGRESS_RULE_PARAMS, recommendLevelOfCare } from '../../../../../shared/progress';
import { IMPROVING_SNAPSHOT } from './review-fixture';

function asam(edition: AsamEdition, ratings: Readonly<Record<number, string>>, clinicianLevel = ''): StructuredRatings {
  const base = emptyAsam(edition);
  return { asam: { ...base, clinicianLevel, dimensions: base.dimensions.map((d) => ({ ...d, rating: ratings[d.dimension] ?? '' })) }, locus: null };
}
const locus = (composite: string, level: string): StructuredRatings => ({ asam: null, locus: { ...EMPTY_LOCUS, composite, level } });

describe('ASAM and LOCUS ratings at their fields (progress.md §5.6)', () => {
  it.each([
    ['nothing recorded', undefined, {}],
    ['ASAM 3rd: blank dimensions are not rated', asam('asam3', {}), {}],
    ['ASAM 3rd: 0 and 4 are the ends', asam('asam3', { 1: '0', 6: '4' }), {}],
    ['ASAM 3rd: 5 is too high', asam('asam3', { 2: '5' }), { 'ratings.asam.2': 'Enter a whole number from 0 to 4.' }],
    ['ASAM 3rd: -1 refused', asam('asam3', { 3: '-1' }), { 'ratings.asam.3': 'Enter a whole number from 0 to 4.' }],
    ['ASAM 3rd: 2.5 refused', asam('asam3', { 4: '2.5' }), { 'ratings.asam.4': 'Enter a whole number from 0 to 4.' }],
    ['ASAM 3rd: symbolic 3A refused', asam('asam3', { 1: '3A' }), { 'ratings.asam.1': 'Enter a whole number from 0 to 4.' }],
    ['ASAM 4th: symbolic 3A and 3b accepted', asam('asam4', { 1: '3A', 2: '3b', 3: '0', 5: '4' }), {}],
    ['ASAM 4th: 5 refused', asam('asam4', { 1: '5' }), { 'ratings.asam.1': 'Enter a rating such as 0, 2, 3A or 4.' }],
    ['ASAM 4th: 3E refused', asam('asam4', { 1: '3E' }), { 'ratings.asam.1': 'Enter a rating such as 0, 2, 3A or 4.' }],
    [
      'ASAM 4th: dimension 6 takes no rating',
      asam('asam4', { 6: '2' }),
      { 'ratings.asam.6': 'This dimension has no risk rating in the 4th edition; leave it empty and use the note.' },
    ],
    [
      'ASAM: a long level is refused',
      asam('asam3', {}, 'level two point one of care'),
      { 'ratings.asam.clinicianLevel': 'Give the level as a short code, e.g. 2.1 or 2.5.' },
    ],
    ['LOCUS: 7 and level 0 are the low ends', locus('7', '0'), {}],
    ['LOCUS: 35 and level 6 are the high ends', locus('35', '6'), {}],
    ['LOCUS: composite 6 refused', locus('6', '1'), { 'ratings.locus.composite': 'The LOCUS composite is a whole number from 7 to 35.' }],
    ['LOCUS: composite 36 refused', locus('36', ''), { 'ratings.locus.composite': 'The LOCUS composite is a whole number from 7 to 35.' }],
    ['LOCUS: level 7 refused', locus('', '7'), { 'ratings.locus.level': 'The LOCUS level is a whole number from 0 to 6.' }],
    ['LOCUS: level only is enough', locus('', '3'), {}],
    ['LOCUS: neither composite nor level', locus('', ''), { 'ratings.locus.composite': 'Enter the composite score or the level, or remove the LOCUS rating.' }],
  ] as const)('%s', (_name, ratings, expected) => {
    expect(ratingErrors(ratings)).toEqual(expected);
  });

  it('signing is refused at a rating’s field', () => {
    const snapshot = IMPROVING_SNAPSHOT;
    const decision = { ...EMPTY_DECISION, decision: 'step_down', rationale: 'r'.repeat(25), targetLevelOfCare: 'OP', targetDate: '2026-12-10' } as const;
    const rec = recommendLevelOfCare(snapshot, DEFAULT_PROGRESS_RULE_PARAMS);
    expect(decisionSigningErrors({ ...decision, ratings: locus('40', '2') }, rec, '2026-12-04')).toEqual({
      'ratings.locus.composite': 'The LOCUS composite is a whole number from 7 to 35.',
    });
    expect(decisionSigningErrors({ ...decision, ratings: locus('18', '2') }, rec, '2026-12-04')).toEqual({});
  });

  it.each([
    ['none', undefined, false, []],
    ['an untouched ASAM form', asam('asam3', {}), false, []],
    ['ASAM 3rd with two ratings and a level', asam('asam3', { 1: '0', 3: '3' }, '2.1'), true, ['ASAM 3rd edition: D1 0, D3 3 — clinician’s level 2.1']],
    ['ASAM 4th, a lower-case symbol', asam('asam4', { 1: '3b' }), true, ['ASAM 4th edition: D1 3B']],
    ['ASAM level only', asam('asam4', {}, '2.5'), true, ['ASAM 4th edition: no dimension rated — clinician’s level 2.5']],
    ['LOCUS', locus('18', '3'), true, ['LOCUS: composite 18, level 3']],
    ['both', { asam: asam('asam3', { 2: '1' }).asam, locus: locus('', '4').locus }, true, ['ASAM 3rd edition: D2 1', 'LOCUS: level 4']],
  ] as const)('summary: %s', (_name, ratings, has, lines) => {
    expect(hasRatings(ratings)).toBe(has);
    expect(ratingsSummary(ratings)).toEqual(lines);
  });
});
