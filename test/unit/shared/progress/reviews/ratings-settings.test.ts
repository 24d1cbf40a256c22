import { describe, expect, it } from 'vitest';
import type { ClinicRecord } from '../../../../../shared/domain/records';
import {
  RATINGS_OFF,
  RATINGS_SETTINGS_REF,
  clinicRatingsSettingsOf,
  programRatingsOf,
  ratingsOffered,
  ratingsSettingsChanges,
  type ProgramRatings,
} from '../../../../../shared/progress/reviews/ratings-settings';
import { EMPTY_LOCUS, emptyAsam, type StructuredRatings } from '../../../../../shared/progress/reviews/structured-ratings';

function rec(id: string, createdAt: string, data: Record<string, unknown>, refId: string = RATINGS_SETTINGS_REF.id): ClinicRecord {
  return {
    id,
    authorId: 'staff-admin',
    createdAt,
    updatedAt: createdAt,
    kind: 'settings',
    status: 'open',
    refCollection: RATINGS_SETTINGS_REF.collection,
    refId,
    data,
    reason: '',
  };
}
const SUD: ProgramRatings = { asamRatings: 'asam4', locus: false };
const ADULT: ProgramRatings = { asamRatings: 'off', locus: true };

describe('the clinic’s ratings setting per program (progress.md §5.6)', () => {
  it.each([
    ['none saved: every program off', [], 'Substance use', RATINGS_OFF, ''],
    ['a saved program', [rec('a', '2026-12-01T10:00:00Z', { programs: { 'Substance use': SUD } })], 'Substance use', SUD, 'a'],
    ['a program the record leaves out is off', [rec('a', '2026-12-01T10:00:00Z', { programs: { 'Substance use': SUD } })], 'Adolescent', RATINGS_OFF, 'a'],
    [
      'the newest record wins',
      [rec('a', '2026-12-01T10:00:00Z', { programs: { 'Substance use': SUD } }), rec('b', '2026-12-02T10:00:00Z', { programs: { 'Substance use': ADULT } })],
      'Substance use',
      ADULT,
      'b',
    ],
    [
      'an unreadable newer record is skipped',
      [
        rec('a', '2026-12-01T10:00:00Z', { programs: { 'Substance use': SUD } }),
        rec('b', '2026-12-02T10:00:00Z', { programs: { 'Substance use': { asamRatings: 'asam5', locus: true } } }),
      ],
      'Substance use',
      SUD,
      'a',
    ],
    [
      'another setting’s record is ignored',
      [rec('t', '2026-12-02T10:00:00Z', { programs: { 'Substance use': SUD } }, 'time-zone')],
      'Substance use',
      RATINGS_OFF,
      '',
    ],
  ] as const)('%s', (_name, records, program, expected, recordId) => {
    const settings = clinicRatingsSettingsOf(records);
    expect(programRatingsOf(settings, program)).toEqual(expected);
    expect(settings.recordId).toBe(recordId);
  });
});

const heldAsam3: StructuredRatings = { asam: emptyAsam('asam3'), locus: null };
const heldLocus: StructuredRatings = { asam: null, locus: EMPTY_LOCUS };

describe('what a review’s ratings panel offers', () => {
  it.each([
    ['program off, nothing held: nothing', RATINGS_OFF, undefined, { asam: null, locus: false }],
    ['ASAM 4th and LOCUS on', { asamRatings: 'asam4', locus: true }, undefined, { asam: 'asam4', locus: true }],
    ['LOCUS only', ADULT, undefined, { asam: null, locus: true }],
    ['turned off after ratings were typed: the typed ones stay', RATINGS_OFF, heldAsam3, { asam: 'asam3', locus: false }],
    ['edition changed after typing: the typed edition stays', SUD, heldAsam3, { asam: 'asam3', locus: false }],
    ['LOCUS typed, then turned off: stays', RATINGS_OFF, heldLocus, { asam: null, locus: true }],
  ] as const)('%s', (_name, setting, held, expected) => {
    expect(ratingsOffered(setting, held)).toEqual(expected);
  });
});

describe('the audit wording of a change', () => {
  it.each([
    ['first save of one program', {}, { 'Substance use': SUD }, ['Substance use: ASAM 4th edition, LOCUS off']],
    ['unchanged programs are not listed', { 'Substance use': SUD }, { 'Substance use': SUD, Adolescent: RATINGS_OFF }, []],
    ['turned off', { 'Adult mental health': ADULT }, { 'Adult mental health': RATINGS_OFF }, ['Adult mental health: ASAM off, LOCUS off']],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(ratingsSettingsChanges({ programs: before, recordId: 'x' }, after)).toEqual(expected);
  });
});
