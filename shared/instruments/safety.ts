/**
 * Which scores open the C-SSRS screener and a clinician safety alert at once (instruments.md §15.4): a PHQ-9
 * `self_harm_item9`, or any C-SSRS screener risk level above `none`. Every alert routes to a human clinician.
 */
import type { InstrumentId, Score } from './types';

/** True when this score must raise the §15.4 safety alert (PHQ-9 item 9 > 0, or a C-SSRS level low/moderate/high). */
export function needsSafetyAlert(id: InstrumentId, score: Score): boolean {
  if (id === 'PHQ-9') return score.flags.includes('self_harm_item9');
  if (id === 'C-SSRS-Screener') return score.band !== null && score.band !== 'none';
  return false;
}
