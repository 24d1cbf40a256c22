/** GAD-2 — GAD-7 items 1–2 (§3 of instruments.md); positive screen → administer the full GAD-7. */
import { GAD7_TEXTS, PFIZER_OPTIONS } from './pfizer';
import { itemsFrom } from './scoring';
import { twoItemScreen } from './screeners';

export const GAD2 = twoItemScreen({
  id: 'GAD-2',
  title: 'Generalized Anxiety Disorder-2',
  citation: 'Kroenke K et al. Anxiety disorders in primary care. Ann Intern Med 2007;146:317–325.',
  items: itemsFrom('gad2', GAD7_TEXTS.slice(0, 2), PFIZER_OPTIONS),
  source: 'Kroenke 2007',
});

/** Scores GAD-2 (Kroenke et al. 2007, Ann Intern Med 146:317–25); positive → administer GAD-7. */
export const scoreGad2 = GAD2.score;
