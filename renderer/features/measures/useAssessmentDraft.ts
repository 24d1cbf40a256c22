import { useState } from 'react';
import type { Answer, InstrumentDefinition } from '../../../shared/instruments';
import { isIsoDate } from '../../../shared/domain/dates';
import { localToday } from '../../components/format-date';
import { completeAnswers, visibleItems, type DraftAnswers } from './instrument-forms';
import type { AdministrationInput } from './useMeasureActions';
import type { Respondent } from './measure-records';

/** The state of one assessment form: answers, respondent, day, layout, and what blocks saving. */
export function useAssessmentDraft(def: InstrumentDefinition, initial: DraftAnswers, supersedesId: string) {
  const [today] = useState(localToday);
  const [answers, setAnswers] = useState<DraftAnswers>(initial);
  const [respondent, setRespondent] = useState<Respondent>(def.id === 'C-SSRS-Screener' ? 'clinician' : 'client');
  const [administeredOn, setAdministeredOn] = useState(today);
  const [oneAtATime, setOneAtATime] = useState(false);
  const [index, setIndex] = useState(0);
  const items = visibleItems(def, answers);
  const setAnswer = (itemId: string, answer: Answer) => {
    setAnswers((prev) => ({ ...prev, [itemId]: answer }));
  };

  /** The input to save, or a message saying what to fix. */
  const check = (): { input: AdministrationInput } | { problem: string } => {
    const ordered = completeAnswers(def, answers);
    if (!ordered) {
      const missing = items.flatMap((item, i) => (answers[item.id] === undefined || answers[item.id] === null ? [String(i + 1)] : []));
      return { problem: `Answer every item before saving. Not answered yet: ${missing.join(', ')}.` };
    }
    if (!isIsoDate(administeredOn) || administeredOn > today) {
      return { problem: 'Enter the day the measure was administered: today or an earlier day.' };
    }
    return { input: { def, answers: ordered, respondent, administeredOn, supersedesId } };
  };

  return {
    today, answers, setAnswer, items, respondent, setRespondent, administeredOn, setAdministeredOn,
    oneAtATime, setOneAtATime, index: Math.min(index, items.length - 1), setIndex, check,
  };
}
