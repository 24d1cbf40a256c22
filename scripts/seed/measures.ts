import { getInstrument, scoreInstrument, type Answer } from '../../shared/instruments';
import type { InstrumentResponse } from '../../shared/domain/records';
import { chance, intBetween, type Rng } from './prng';

type Scored = Pick<InstrumentResponse, 'instrumentId' | 'instrumentVersion' | 'answers' | 'score' | 'band' | 'flags' | 'comment'>;

/**
 * One PHQ-9 or GAD-7 administration whose answers look like a client in treatment: a baseline severity that falls
 * over the first months (most clients improve in IOP), item-level noise, and a rare non-zero PHQ-9 item 9 so some
 * responses carry the safety flag. Scored by the app's own instrument library.
 */
export function measureOf(rng: Rng, id: 'PHQ-9' | 'GAD-7', day: number): Scored {
  const definition = getInstrument(id);
  if (!definition) throw new Error(`instrument ${id} missing from the registry`);
  const severity = (0.8 + rng.next() * 1.6) * Math.exp(-day / 120);
  const answers: Record<string, Answer> = {};
  definition.items.forEach((item, index) => {
    const isItem9 = id === 'PHQ-9' && index === 8;
    const raw = isItem9 ? (chance(rng, 0.06) ? intBetween(rng, 1, 2) : 0) : Math.round(severity + rng.next() * 1.4 - 0.7);
    answers[item.id] = Math.min(3, Math.max(0, raw));
  });
  const score = scoreInstrument(id, Object.values(answers));
  return { instrumentId: id, instrumentVersion: definition.version, answers, score: score.total, band: score.band, flags: score.flags, comment: '' };
}
