import {
  INSTRUMENTS,
  getInstrument,
  type Answer,
  type InstrumentDefinition,
  type InstrumentId,
  type Item,
  type ResponseOption,
} from '../../../shared/instruments';

/**
 * The C-SSRS screener ships no verbatim wording (instruments.md §7.1 gives only a paraphrase and asks for the official
 * form's exact words), so the form shows each question's topic and the clinician reads the official question aloud.
 */
const CSSRS_TOPICS: Readonly<Record<string, string>> = {
  q1: 'Q1 (past month): wish to be dead, or to go to sleep and not wake up',
  q2: 'Q2 (past month): any actual thoughts of killing oneself',
  q3: 'Q3 (past month): thinking about how one might do it',
  q4: 'Q4 (past month): such thoughts with some intention of acting on them',
  q5: 'Q5 (past month): started to work out, or worked out, the details of a plan, and intends to carry it out',
  q6: 'Q6 (lifetime): ever done, started or prepared to do anything to end one’s life',
  q6_within_past_3_months: 'Q6b: was that within the past 3 months?',
};

/** The instruction shown above the C-SSRS topics: the official wording is read, not paraphrased. */
export const CSSRS_READ_OFFICIAL = 'Ask each question as worded on the official C-SSRS screener form, then record the answer.';

/** The label of one item: its shipped wording, or for the C-SSRS screener its topic. */
export function itemLabel(def: InstrumentDefinition, item: Item): string | null {
  if (item.text !== null) return item.text;
  if (def.id === 'C-SSRS-Screener') return CSSRS_TOPICS[item.id] ?? null;
  return null;
}

/** True when every item can be shown with a label and answered: from labelled options, or on a number line (ORS). */
export function isAdministrable(def: InstrumentDefinition): boolean {
  const answerable = (item: Item) => Boolean(item.continuous) || (item.options.length > 0 && item.options.every((o) => o.label !== null));
  return def.licence.itemTextAllowed && def.items.every((item) => itemLabel(def, item) !== null && answerable(item));
}

/** Instruments the chart offers: shipped text (licence-gated ones need an import, which this screen does not do). */
export function administrableInstruments(): readonly InstrumentDefinition[] {
  return INSTRUMENTS.filter(isAdministrable);
}

/** The definition of an administrable instrument, or undefined. */
export function administrable(id: InstrumentId): InstrumentDefinition | undefined {
  const def = getInstrument(id);
  return def && isAdministrable(def) ? def : undefined;
}

export type DraftAnswers = Readonly<Record<string, Answer>>;

/** Items asked given the answers so far: C-SSRS skip logic asks Q3–Q5 only after Q2 = Yes, 6b only after Q6 = Yes. */
export function visibleItems(def: InstrumentDefinition, answers: DraftAnswers): readonly Item[] {
  if (def.id !== 'C-SSRS-Screener') return def.items;
  return def.items.filter((item) => {
    if (['q3', 'q4', 'q5'].includes(item.id)) return answers.q2 === true;
    if (item.id === 'q6_within_past_3_months') return answers.q6 === true;
    return true;
  });
}

/** Answers in item order (null for items skip logic does not ask), or null while any asked item is unanswered. */
export function completeAnswers(def: InstrumentDefinition, answers: DraftAnswers): Answer[] | null {
  const asked = new Set(visibleItems(def, answers).map((item) => item.id));
  const ordered = def.items.map((item) => (asked.has(item.id) ? (answers[item.id] ?? null) : null));
  const missing = def.items.some((item, i) => asked.has(item.id) && ordered[i] === null);
  return missing ? null : ordered;
}

/** The stored answer record: only asked items, unasked ones as null (so the record says what was not asked). */
export function answerRecord(def: InstrumentDefinition, ordered: readonly Answer[]): Record<string, Answer> {
  return Object.fromEntries(def.items.map((item, i) => [item.id, ordered[i] ?? null]));
}

/** The number key that answers with an option: its value for numeric options, 1 = Yes and 0 = No for yes/no. */
export function keyForOption(option: ResponseOption): string {
  if (typeof option.value === 'number') return String(option.value);
  return option.value === true || option.value === 'yes' ? '1' : '0';
}

/** The option a pressed key selects on an item, or undefined when that key answers nothing. */
export function optionForKey(item: Item, key: string): ResponseOption | undefined {
  return item.options.find((option) => keyForOption(option) === key);
}

/** Radio values are strings; this maps one back to the option's own value. */
export function optionValue(item: Item, radioValue: string): Answer | undefined {
  return item.options.find((option) => String(option.value) === radioValue)?.value;
}

/** Only PHQ-9 paper forms may leave items missing (instruments.md §15.3); in the app every item is required. */
export function allowsPaperMissing(def: InstrumentDefinition): boolean {
  return def.id === 'PHQ-9';
}

/**
 * Answers of a paper form in item order: answered items keep their answer, items marked missing are null. Null while
 * an item is neither answered nor marked missing (the clinician must say which).
 */
export function paperAnswers(def: InstrumentDefinition, answers: DraftAnswers, missing: ReadonlySet<string>): Answer[] | null {
  const ordered = def.items.map((item) => (missing.has(item.id) ? null : (answers[item.id] ?? null)));
  const undecided = def.items.some((item, i) => ordered[i] === null && !missing.has(item.id));
  return undecided ? null : ordered;
}
