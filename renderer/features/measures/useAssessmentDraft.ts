import { useState } from 'react';
import type { Answer, InstrumentDefinition } from '../../../shared/instruments';
import { recordedDayProblem } from '../../../shared/domain/dates';
import { localToday, localDayOf } from '../../components/format-date';
import { correctionReasonProblem, type CorrectionSource } from './corrections';
import { allowsPaperMissing, completeAnswers, paperAnswers, visibleItems, type DraftAnswers } from './instrument-forms';
import type { AdministrationInput } from './useMeasureActions';
import type { Respondent } from './measure-records';

function initiallyMissing(def: InstrumentDefinition, initial: DraftAnswers): ReadonlySet<string> {
  if (!allowsPaperMissing(def)) return new Set();
  return new Set(def.items.filter((item) => initial[item.id] === null).map((item) => item.id));
}

/** What blocks saving: a message, and the field it belongs to when it is one field's. */
export type DraftProblem = { readonly problem: string; readonly field?: 'reason' };

/**
 * The state of one assessment form: answers, respondent, day, layout, paper-form gaps, and what blocks saving. A
 * correction starts from the original's answers, day and respondent, and needs a reason. The day may be neither in
 * the future nor before the client's `dateOfBirth`.
 */
export function useAssessmentDraft(def: InstrumentDefinition, correcting: CorrectionSource | null, dateOfBirth: string) {
  const initial: DraftAnswers = correcting?.answers ?? {};
  const [today] = useState(localToday);
  const [answers, setAnswers] = useState<DraftAnswers>(initial);
  const [missing, setMissingSet] = useState<ReadonlySet<string>>(() => initiallyMissing(def, initial));
  const [paper, setPaper] = useState(() => missing.size > 0);
  const [respondent, setRespondent] = useState<Respondent>(correcting?.respondent ?? (def.id === 'C-SSRS-Screener' ? 'clinician' : 'client'));
  const [administeredOn, setAdministeredOn] = useState(() => (correcting ? localDayOf(correcting.completedAt) : today));
  const [reason, setReason] = useState('');
  // The day's message shows at the field once saving was tried, then follows what is typed.
  const [dayChecked, setDayChecked] = useState(false);
  const dayProblem = recordedDayProblem(administeredOn, today, dateOfBirth);
  const [oneAtATime, setOneAtATime] = useState(false);
  const [index, setIndex] = useState(0);
  const items = visibleItems(def, answers);
  const setAnswer = (itemId: string, answer: Answer) => {
    setAnswers((prev) => ({ ...prev, [itemId]: answer }));
    setMissingSet((prev) => new Set([...prev].filter((id) => id !== itemId)));
  };
  /** Marks an item as left blank on the paper form (its answer, if any, is cleared). */
  const setMissing = (itemId: string) => {
    setAnswers((prev) => ({ ...prev, [itemId]: null }));
    setMissingSet((prev) => new Set([...prev, itemId]));
  };

  const ordered = (): Answer[] | null => (paper ? paperAnswers(def, answers, missing) : completeAnswers(def, answers));

  /** The input to save, or a message saying what to fix. */
  const check = (): { input: AdministrationInput } | DraftProblem => {
    if (dayProblem) setDayChecked(true);
    const fixDay = dayProblem ? ' Fix “Administered on” above.' : '';
    const done = ordered();
    if (!done) {
      const open = items.flatMap((item, i) => (answers[item.id] == null && !(paper && missing.has(item.id)) ? [String(i + 1)] : []));
      const how = paper ? 'Answer or mark as missing every item before saving.' : 'Answer every item before saving.';
      return { problem: `${how} Not answered yet: ${open.join(', ')}.${fixDay}` };
    }
    if (dayProblem) return { problem: 'Not saved: fix “Administered on” above.' };
    const reasonProblem = correcting ? correctionReasonProblem(reason) : '';
    if (reasonProblem) return { problem: reasonProblem, field: 'reason' };
    const correction = correcting ? { supersedesId: correcting.id, originalCompletedAt: correcting.completedAt, reason } : null;
    return { input: { def, answers: done, respondent, administeredOn, correction, paperForm: paper } };
  };

  return {
    today,
    answers,
    setAnswer,
    items,
    respondent,
    setRespondent,
    administeredOn,
    setAdministeredOn,
    dayProblem,
    dayChecked,
    reason,
    setReason,
    oneAtATime,
    setOneAtATime,
    index: Math.min(index, items.length - 1),
    setIndex,
    check,
    paper: paper && allowsPaperMissing(def),
    setPaper,
    missing,
    setMissing,
  };
}
