/** PHQ-2 — PHQ-9 items 1–2 (§3 of instruments.md); positive screen → administer the full PHQ-9. */
import { PFIZER_OPTIONS, PHQ9_TEXTS } from './pfizer';
import { itemsFrom } from './scoring';
import { twoItemScreen } from './screeners';

export const PHQ2 = twoItemScreen({
  id: 'PHQ-2',
  title: 'Patient Health Questionnaire-2',
  citation: 'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2. Med Care 2003;41:1284–1292.',
  items: itemsFrom('phq2', PHQ9_TEXTS.slice(0, 2), PFIZER_OPTIONS),
  source: 'Kroenke 2003',
});

/** Scores PHQ-2 (Kroenke, Spitzer, Williams 2003, Med Care 41:1284–92); positive → administer PHQ-9. */
export const scorePhq2 = PHQ2.score;
