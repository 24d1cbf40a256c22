/**
 * Building blocks every instrument module scores with: answer validation (§0.5: reject, don't coerce), sums,
 * closed-range banding (§0.3), prorating (§1.6) and configurable screening cut-offs (§0.2).
 */
import { InvalidResponseError } from './errors';
import type { Answer, Band, ContinuousScale, InstrumentDefinition, Item, ResponseOption, ScoreOptions } from './types';

type Checked = Pick<InstrumentDefinition, 'id' | 'items'>;

/** Options 0, 1, 2 … with the given labels (labels null where the licence keeps the wording out). */
export function numberedOptions(labels: readonly (string | null)[], first = 0): readonly ResponseOption[] {
  return labels.map((label, index) => ({ value: first + index, label }));
}

/** Items `<prefix>_1 …` sharing one option set; `texts` null entries mean the wording is not shipped. */
export function itemsFrom(prefix: string, texts: readonly (string | null)[], options: readonly ResponseOption[]): Item[] {
  return texts.map((text, index) => ({ id: `${prefix}_${String(index + 1)}`, text, options }));
}

/** True when a visual-analogue value lies on its line and on one of its steps. */
export function onScale(scale: ContinuousScale, value: number): boolean {
  if (!Number.isFinite(value) || value < scale.min || value > scale.max) return false;
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

function isAllowed(item: Item, answer: Exclude<Answer, null>): boolean {
  if (item.continuous) return typeof answer === 'number' && onScale(item.continuous, answer);
  return item.options.some((option) => option.value === answer);
}

/** Throws InvalidResponseError unless there is one answer per item and each is null or an allowed value. */
export function checkAnswers(def: Checked, answers: readonly Answer[]): void {
  const received: unknown = answers;
  if (!Array.isArray(received) || answers.length !== def.items.length) {
    throw new InvalidResponseError(def.id, `expected ${String(def.items.length)} answers`);
  }
  def.items.forEach((item, index) => {
    const answer = answers[index] ?? null;
    if (answer !== null && !isAllowed(item, answer)) {
      throw new InvalidResponseError(def.id, `answer ${JSON.stringify(answer)} is not allowed for ${item.id}`, item.id);
    }
  });
}

/** Validated numeric answers in item order, null where missing. */
export function numericAnswers(def: Checked, answers: readonly Answer[]): (number | null)[] {
  checkAnswers(def, answers);
  return answers.map((answer) => (typeof answer === 'number' ? answer : null));
}

/** Sum of the values, or null when any is missing. */
export function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** Sum of the answered values only. */
export function sumAnswered(values: readonly (number | null)[]): number {
  return values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

/** Picks values at the given 1-based item positions. */
export function pick<T>(values: readonly T[], positions: readonly number[]): T[] {
  return positions.map((position) => {
    const value = values[position - 1];
    if (value === undefined) throw new RangeError(`no item at position ${String(position)}`);
    return value;
  });
}

/** The id of the closed range holding `value`, or null when `value` is null or outside every band. */
export function bandFor(bands: readonly Band[], value: number | null): string | null {
  if (value === null) return null;
  return bands.find((band) => value >= band.min && value <= band.max)?.id ?? null;
}

/** Flag ids whose condition holds (flags are an unordered set, §14). */
export function flagsWhere(conditions: Readonly<Record<string, boolean>>): string[] {
  return Object.entries(conditions)
    .filter(([, on]) => on)
    .map(([id]) => id);
}

/** sum × itemCount / answered, rounded half up — the `prorate_if_le2_missing` rule of §1.6. */
export function prorate(sum: number, answered: number, itemCount: number): number {
  return Math.floor((2 * sum * itemCount + answered) / (2 * answered));
}

/**
 * Total under the missing-item policy (§1.6, §15.3): complete → sum; prorating allowed and at most `maxMissing`
 * missing → prorated; otherwise null. `prorated` tells the caller to raise the `prorated` flag.
 */
export function totalWithPolicy(
  values: readonly (number | null)[],
  options: ScoreOptions | undefined,
  maxMissing: number,
): { total: number | null; prorated: boolean } {
  const complete = sumOrNull(values);
  if (complete !== null) return { total: complete, prorated: false };
  const answered = values.filter((value) => value !== null).length;
  const missing = values.length - answered;
  if (options?.params?.missing_policy !== 'prorate_if_le2_missing' || missing > maxMissing) {
    return { total: null, prorated: false };
  }
  return { total: prorate(sumAnswered(values), answered, values.length), prorated: true };
}

/** The configured cut-off (§0.2), or `fallback`; RangeError unless an integer inside the total's range. */
export function resolveCutoff(options: ScoreOptions | undefined, fallback: number, max: number): number {
  const cutoff = options?.params?.cutoff ?? fallback;
  if (!Number.isInteger(cutoff) || cutoff < 1 || cutoff > max) {
    throw new RangeError(`cut-off ${String(cutoff)} must be an integer from 1 to ${String(max)}`);
  }
  return cutoff;
}

/** RangeError when a caller sets a cut-off on an instrument whose cut-off is fixed in its flag id. */
export function rejectCutoff(id: string, options: ScoreOptions | undefined): void {
  if (options?.params?.cutoff !== undefined) {
    throw new RangeError(`${id} has no configurable cut-off; its flags name their fixed threshold`);
  }
}

/** Two bands split at a cut-off: [0, cutoff−1] → `below`, [cutoff, max] → `above`. */
export function cutoffBands(cutoff: number, max: number, below: Band['id'], above: Band['id']): Band[] {
  return [
    { id: below, label: labelOf(below), min: 0, max: cutoff - 1 },
    { id: above, label: labelOf(above), min: cutoff, max },
  ];
}

function labelOf(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Bands from [id, min, max] rows, labels derived from the ids. */
export function bandsFrom(rows: readonly (readonly [string, number, number])[]): Band[] {
  return rows.map(([id, min, max]) => ({ id, label: labelOf(id), min, max }));
}
