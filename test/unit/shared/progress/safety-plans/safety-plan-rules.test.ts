import { describe, expect, it } from 'vitest';
import {
  RELAPSE_PLAN_SECTIONS,
  SAFETY_PLAN_SECTIONS,
  SAFETY_STEPS,
  clientCopyOf,
  isDialable,
  newSafetyPlan,
  nextSafetyPlanVersion,
  safetyPlanReviewPrompt,
  validateSafetyPlanVersion,
  withoutBlankLines,
  type SafetyEvent,
} from '../../../../../shared/progress/safety-plans';
import { completePlan, line } from './fixture';

describe('the safety plan follows the six-step structure under Waypoint’s own headings', () => {
  it('has the six steps in order, each with a plain-language heading that is not the licensed form’s', () => {
    expect(SAFETY_PLAN_SECTIONS.map((s) => s.id)).toEqual([...SAFETY_STEPS]);
    const licensed = ['Warning signs', 'Internal coping strategies', 'People whom I can ask for help', 'Making the environment safe'];
    for (const s of SAFETY_PLAN_SECTIONS) expect(licensed.some((l) => s.heading.includes(l))).toBe(false);
    expect(RELAPSE_PLAN_SECTIONS.map((s) => s.id)).toEqual(['warning_signs', 'triggers', 'coping', 'supports', 'crisis', 'lapse_plan']);
  });

  it('a new plan starts with the crisis lines filled in and nothing else', () => {
    const plan = newSafetyPlan({ versionId: 'v', planId: 'p', kind: 'safety_plan', clientId: 'c', effectiveFrom: '2026-12-04' });
    expect(plan.sections.professionals_agencies?.map((e) => e.phone)).toEqual(['988', '741741', '911']);
    expect(plan.sections.warning_signs).toEqual([]);
    expect(plan).toMatchObject({ version: 1, status: 'draft', reviewDueOn: '2027-01-03', createdWithClientPresent: false });
    expect(
      newSafetyPlan({ versionId: 'v', planId: 'p', kind: 'relapse_prevention_plan', clientId: 'c', effectiveFrom: '2026-12-04' }).sections.crisis,
    ).toHaveLength(3);
  });
});

describe('validation names the field at fault', () => {
  const relapse = completePlan('relapse_prevention_plan');
  it.each([
    ['a complete safety plan', completePlan(), 'sign', {}],
    ['a complete relapse-prevention plan', relapse, 'sign', {}],
    [
      'an empty step at signing',
      completePlan('safety_plan', { sections: { ...completePlan().sections, warning_signs: [line('  ')] } }),
      'sign',
      { 'sections.warning_signs': 'Add at least one sign that a crisis may be starting.' },
    ],
    ['an empty step while saving a draft', completePlan('safety_plan', { sections: { ...completePlan().sections, warning_signs: [] } }), 'save', {}],
    [
      'no reasons for living',
      completePlan('safety_plan', { reasonsForLiving: ' ' }),
      'sign',
      { reasonsForLiving: 'Write what matters most to the client and is worth living for.' },
    ],
    ['no reasons on a relapse plan is fine', relapse, 'sign', {}],
    [
      'client not present',
      completePlan('safety_plan', { createdWithClientPresent: false }),
      'sign',
      { createdWithClientPresent: 'A plan is written with the client: confirm the client took part before signing.' },
    ],
    [
      'a phone with letters',
      completePlan('safety_plan', { sections: { ...completePlan().sections, people_to_ask_for_help: [line('Sam', 'sister', 'call me')] } }),
      'sign',
      { 'sections.people_to_ask_for_help.0.phone': 'Enter a phone number with digits (for example 555-201-3344), or leave it empty.' },
    ],
    [
      'a phone with letters in a draft is kept',
      completePlan('safety_plan', { sections: { ...completePlan().sections, people_to_ask_for_help: [line('Sam', 'sister', 'call me')] } }),
      'save',
      {},
    ],
    [
      'a phone with no name',
      completePlan('safety_plan', { sections: { ...completePlan().sections, social_distraction: [line('Park'), line('', '', '555 1234')] } }),
      'sign',
      { 'sections.social_distraction.1.text': 'Write what this line is, or remove it.' },
    ],
    [
      'over-long text',
      completePlan('safety_plan', { sections: { ...completePlan().sections, internal_coping: [line('x'.repeat(501))] } }),
      'save',
      { 'sections.internal_coping.0.text': 'Keep this under 500 characters.' },
    ],
    ['a revision without a change summary', { ...completePlan(), version: 2 }, 'sign', { changeSummary: 'Say what changed from the previous version.' }],
  ] as const)('%s', (_name, plan, mode, errors) => {
    expect(validateSafetyPlanVersion(plan, mode)).toEqual(errors);
  });

  it.each([
    ['988', true],
    ['741741', true],
    ['(555) 201-3344', true],
    ['+44 20 7946 0958', true],
    ['12', false],
    ['call me', false],
    ['555-CALL', false],
  ])('%s dialable: %s', (phone, ok) => {
    expect(isDialable(phone)).toBe(ok);
  });
});

describe('versions', () => {
  it('a revision copies the content, carries the plan id, and starts unsigned with a change summary to write', () => {
    const v1 = { ...completePlan(), status: 'active', contentHash: 'h', signatures: [] } as const;
    const v2 = nextSafetyPlanVersion(v1, { versionId: 'sv2', effectiveFrom: '2026-12-20' });
    expect(v2).toMatchObject({
      versionId: 'sv2',
      planId: 'sp1',
      version: 2,
      previousVersionId: 'sv1',
      status: 'draft',
      contentHash: '',
      changeSummary: '',
      reviewDueOn: '2027-01-19',
      createdWithClientPresent: false,
    });
    expect(v2.sections).toEqual(v1.sections);
  });

  it('signing leaves blank lines out', () => {
    const plan = completePlan('safety_plan', { sections: { ...completePlan().sections, internal_coping: [line(''), line('Walk'), line(' ', ' ', '')] } });
    expect(withoutBlankLines(plan).sections.internal_coping).toEqual([line('Walk')]);
  });
});

describe('review prompts after a safety event (§4.3)', () => {
  const event = (at: string): SafetyEvent => ({ at, on: at.slice(0, 10), reason: 'PHQ-9 item 9 answered 2 of 3' });
  it.each([
    ['no events', [], [], false, '2026-12-04', null],
    [
      'an event, no plan: write one within 3 days',
      [event('2026-12-04T10:00:00Z')],
      [],
      false,
      '2026-12-05',
      { action: 'write', dueOn: '2026-12-07', overdue: false },
    ],
    [
      'an event after the last signing: review',
      [event('2026-12-04T10:00:00Z')],
      ['2026-11-01T10:00:00Z'],
      true,
      '2026-12-08',
      { action: 'review', dueOn: '2026-12-07', overdue: true },
    ],
    ['a signing after the event clears it', [event('2026-12-04T10:00:00Z')], ['2026-12-04T11:00:00Z'], true, '2026-12-08', null],
    [
      'due from the oldest open event',
      [event('2026-12-06T10:00:00Z'), event('2026-12-02T10:00:00Z')],
      ['2026-12-01T00:00:00Z'],
      true,
      '2026-12-06',
      { action: 'review', dueOn: '2026-12-05', overdue: true },
    ],
  ] as const)('%s', (_name, events, addressed, signed, asOf, expected) => {
    const prompt = safetyPlanReviewPrompt(events, addressed, signed, asOf);
    if (expected === null) expect(prompt).toBeNull();
    else expect(prompt).toMatchObject(expected);
  });
});

describe('the client copy', () => {
  it('puts the crisis numbers first and lists the sections in order with their lines, nothing else', () => {
    const plan = completePlan('safety_plan', {
      sections: { ...completePlan().sections, people_to_ask_for_help: [line('Sam', 'sister', '555-201-3344'), line('')] },
    });
    const copy = clientCopyOf(plan);
    expect(copy.title).toBe('Safety plan');
    expect(copy.crisisLines[0]).toBe('988 Suicide & Crisis Lifeline (call or text) (Any time, day or night) — 988');
    expect(copy.sections.map((s) => s.heading)).toEqual([...SAFETY_PLAN_SECTIONS.map((s) => s.heading), 'What matters most to me and is worth living for']);
    expect(copy.sections[3]?.lines).toEqual(['Sam (sister) — 555-201-3344']);
    expect(copy.sections.at(-1)?.lines).toEqual(['My daughter']);
  });
});
