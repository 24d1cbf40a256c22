/** What K10 and K6 share: the Kessler item wording and licence (§9 of instruments.md). */
import type { InstrumentDefinition, Licence } from './types';

export const KESSLER_STEM = 'During the past 30 days, about how often did you feel…';

/** Items a–j of the original K10 (UCL data wiki listing; §9.1); K6 uses b, d, e, h, i, j. */
export const KESSLER_TEXTS = {
  a: 'tired out for no good reason?',
  b: 'nervous?',
  c: 'so nervous that nothing could calm you down?',
  d: 'hopeless?',
  e: 'restless or fidgety?',
  f: 'so restless that you could not sit still?',
  g: 'depressed?',
  h: 'so depressed that nothing could cheer you up?',
  i: 'that everything was an effort?',
  j: 'worthless?',
} as const;

/** Answer wording from most to least frequent; K10 codes it 5 … 1, K6 codes it 4 … 0. */
export const KESSLER_LABELS = ['All of the time', 'Most of the time', 'Some of the time', 'A little of the time', 'None of the time'] as const;

export const KESSLER_LICENCE = {
  holder: 'Public domain',
  status: 'Public domain; the source must be mentioned (Kessler et al., 2003)',
  commercialUse: 'allowed',
  itemTextAllowed: true,
  attribution: 'Kessler RC et al. 2002, Psychol Med 32:959–976; Kessler RC et al. 2003, Arch Gen Psychiatry 60:184–189.',
} as const satisfies Licence;

/** The stem and licence K10 and K6 carry. */
export const KESSLER_FORM = { instructions: KESSLER_STEM, licence: KESSLER_LICENCE } as const satisfies Pick<InstrumentDefinition, 'instructions' | 'licence'>;
