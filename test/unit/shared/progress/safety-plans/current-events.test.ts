import { describe, expect, it } from 'vitest';
import {
  correctedEntriesOf,
  currentSafetyEvents,
  recordedSafetyEventOfResponse,
  safetyEventCorrectionProblem,
  type SupersedingEntry,
} from '../../../../../shared/progress/safety-plans';

const e = (id: string, supersedesId = '', enteredInError = false): SupersedingEntry => ({ id, supersedesId, enteredInError });

describe('the current recorded safety events: a correction supersedes by id, the original stays stored', () => {
  it.each([
    { name: 'nothing corrected: every entry counts', all: [e('a'), e('b')], current: ['a', 'b'] },
    { name: 'a correction replaces the entry it names', all: [e('a'), e('b'), e('a2', 'a')], current: ['b', 'a2'] },
    { name: 'a correction of a correction: only the last counts', all: [e('a'), e('a2', 'a'), e('a3', 'a2')], current: ['a3'] },
    { name: 'entered in error: neither the entry nor the withdrawal counts', all: [e('a'), e('b'), e('x', 'a', true)], current: ['b'] },
    { name: 'a corrected entry later withdrawn: nothing of it counts', all: [e('a'), e('a2', 'a'), e('x', 'a2', true)], current: [] },
    { name: 'two corrections of one entry (written apart): both shown, none hidden', all: [e('a'), e('p', 'a'), e('q', 'a')], current: ['p', 'q'] },
    { name: 'a correction whose original has not arrived yet still counts', all: [e('a2', 'a')], current: ['a2'] },
  ])('$name', ({ all, current }) => {
    expect(currentSafetyEvents(all).map((x) => x.id)).toEqual(current);
  });

  it('lists the entries a current one replaced, newest first, and stops on a loop', () => {
    expect(correctedEntriesOf([e('a'), e('a2', 'a'), e('a3', 'a2')], 'a3').map((x) => x.id)).toEqual(['a2', 'a']);
    expect(correctedEntriesOf([e('a')], 'a')).toEqual([]);
    expect(correctedEntriesOf([e('p', 'q'), e('q', 'p')], 'p').map((x) => x.id)).toEqual(['q']);
  });

  it.each([
    { id: 'a2', reason: 'Day was wrong', problem: '' },
    { id: 'a2', reason: '  ', problem: 'Say why this safety event is corrected.' },
    { id: 'a', reason: 'x', problem: 'This entry was already corrected: correct the current one.' },
    { id: 'x', reason: 'x', problem: 'This safety event was not found.' },
    { id: 'nope', reason: 'x', problem: 'This safety event was not found.' },
  ])('correcting $id with reason "$reason" → "$problem"', ({ id, reason, problem }) => {
    expect(safetyEventCorrectionProblem([e('a'), e('a2', 'a'), e('b'), e('x', 'b', true)], id, reason)).toBe(problem);
  });

  it('reads the correction fields and the alert link a stored response holds', () => {
    const stored = {
      kind: 'safety_event' as const,
      completedAt: '2026-12-04T09:00:00.000Z',
      answers: { on: '2026-12-02', type: 'overdose', note: '', source: 'alert', alertResponseId: 'r9', alertOn: '2026-12-02', enteredInError: true },
      supersedesId: 's1',
      correctionReason: 'Wrong client',
    };
    expect(recordedSafetyEventOfResponse(stored)).toMatchObject({
      source: 'alert',
      alert: { responseId: 'r9', on: '2026-12-02' },
      supersedesId: 's1',
      correctionReason: 'Wrong client',
      enteredInError: true,
    });
    expect(recordedSafetyEventOfResponse({ ...stored, answers: { on: '2026-12-02', type: 'overdose' }, supersedesId: undefined })).toMatchObject({
      source: 'manual',
      alert: null,
      supersedesId: '',
      enteredInError: false,
    });
  });
});
