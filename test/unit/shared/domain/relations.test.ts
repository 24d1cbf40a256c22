import { describe, expect, it } from 'vitest';
import { CONTACT_RELATIONS } from '../../../../shared/domain/client';
import { FAMILY_RELATIONS as ATTENDEE_RELATIONS } from '../../../../shared/domain/sessions';
import { FAMILY_RELATIONS, familyFeedbackAnswersSchema } from '../../../../shared/instruments';

const answers = (relation: string) => ({
  relation,
  communication: 3,
  conflict: 3,
  household: 3,
  moodAtHome: 3,
  comments: { communication: '', conflict: '', household: '', moodAtHome: '' },
});

describe('relations', () => {
  it('contacts, family attendees and family feedback offer the same list', () => {
    expect([...CONTACT_RELATIONS]).toEqual([...FAMILY_RELATIONS]);
    expect([...ATTENDEE_RELATIONS]).toEqual([...FAMILY_RELATIONS]);
  });

  it.each([
    ['Spouse or partner', 'Spouse or partner'],
    ['Partner or spouse', 'Spouse or partner'],
    ['Guardian', 'Guardian'],
  ])('a family feedback form saved with %s reads as %s', (stored, read) => {
    expect(familyFeedbackAnswersSchema.parse(answers(stored)).relation).toBe(read);
  });

  it('refuses a relation outside the list', () => {
    expect(familyFeedbackAnswersSchema.safeParse(answers('Neighbour')).success).toBe(false);
  });
});
