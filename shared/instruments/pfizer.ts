/** What the Pfizer screeners (PHQ-9, PHQ-2, GAD-7, GAD-2) share: stem, options and licence (§1, §2, §13). */
import { numberedOptions } from './scoring';
import type { InstrumentDefinition, Licence } from './types';

export const PFIZER_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

/** 0–3 frequency options; the 0 anchor is "Not at all", never "Not at all sure" (Zorowitz 2021, §2.1). */
export const PFIZER_OPTIONS = numberedOptions(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);

export const PFIZER_LICENCE = {
  holder: 'Pfizer Inc.',
  status: 'Copyright Pfizer; "no permission is required to reproduce, translate, display or distribute" (phqscreeners.com)',
  commercialUse: 'allowed',
  itemTextAllowed: true,
  attribution: 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.',
} as const satisfies Licence;

/** The stem and licence every Pfizer screener definition carries. */
export const PFIZER_FORM = { instructions: PFIZER_STEM, licence: PFIZER_LICENCE } as const satisfies Pick<InstrumentDefinition, 'instructions' | 'licence'>;

/** PHQ-9 items 1–9, exact wording (CamCOPS phq9.xml, matches the official form; §1.1). */
export const PHQ9_TEXTS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
] as const;

/** GAD-7 items 1–7, exact wording (CamCOPS gad7.xml; §2.1). */
export const GAD7_TEXTS = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
] as const;
