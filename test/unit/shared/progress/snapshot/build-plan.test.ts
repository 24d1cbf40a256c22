import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../shared/progress/plans/days';
import { trackOfProgram } from '../../../../../shared/progress/snapshot';
import { planVersion, phqObjective } from '../plan-fixture';
import { AS_OF, attendanceOn, behaviour, build, medEvent, medication, measure, phq } from './fixture';

describe('medication', () => {
  it('adherence per medication over 14 and 28 days flags under 80 %, with side effects and dose changes', () => {
    const adherence = Array.from({ length: 14 }, (_, i) =>
      medEvent(`ad${String(i)}`, 'adherence', addDays(AS_OF, -i), {
        taken: i < 4 ? 0 : 1,
        scheduled: 1,
        missReason: i < 4 ? 'forgot' : '',
        source: 'client-reported',
      }),
    );
    const events = [
      ...adherence,
      medEvent('se1', 'side-effect', '2026-11-20', { effect: 'nausea', otherText: '', severity: 2, interference: 'some' }),
      medEvent('se2', 'side-effect', '2026-11-21', { effect: 'nausea', otherText: '', severity: 1, interference: 'none' }),
      medEvent('dc1', 'dose-change', '2026-11-15', { fromDose: 50, toDose: 100, unit: 'mg', reason: 'partial response' }),
    ];
    const { evidence } = build({ medications: [medication()], medicationEvents: events });
    expect(evidence.medication.adherence).toEqual([expect.objectContaining({ medicationId: 'm1', pct14: 71, pct28: 71 })]);
    expect(evidence.medication.adherence[0]?.recordIds).toHaveLength(14);
    expect(evidence.medication.flags).toEqual(['review_medication_adherence']);
    expect(evidence.medication.sideEffectsModerateOrWorse).toEqual([expect.objectContaining({ recordId: 'se1', severity: 'Moderate' })]);
    expect(evidence.medication.doseChanges).toEqual([{ recordId: 'dc1', date: '2026-11-15', medicationId: 'm1', description: 'Sertraline 50 → 100 mg' }]);
    expect(evidence.medicationMarkers.map((m) => m.recordId)).toEqual(['dc1']);
  });
});

describe('plan: objectives, target behaviours, substance use, homework', () => {
  const plan = planVersion({
    status: 'active',
    effectiveFrom: '2026-11-01',
    targetBehaviours: [
      {
        behaviourId: 'substance_use_day:alcohol',
        label: 'Drank alcohol',
        valueType: 'yes_no',
        direction: 'lower_is_better',
        period: 'day',
        reporters: ['client'],
      },
      {
        behaviourId: 'self_harm_acts',
        label: 'Self-harm acts',
        valueType: 'count',
        direction: 'lower_is_better',
        period: 'day',
        reporters: ['client'],
        raisesSafetyEvent: 'high',
      },
    ],
  });
  it('objectives met in the active version (discontinued excluded)', () => {
    const met = phqObjective({ objectiveId: 'o1', startDate: '2026-11-01', targetDate: '2026-12-20' });
    const gone = phqObjective({ objectiveId: 'o2', status: 'discontinued' });
    const open = phqObjective({ objectiveId: 'o3', measure: { kind: 'manual' }, targetDate: '2026-12-05' });
    const [problem] = plan.problems;
    const [goal] = problem?.goals ?? [];
    if (!problem || !goal) throw new Error('fixture plan has a goal');
    const withObjectives = planVersion({ ...plan, problems: [{ ...problem, goals: [{ ...goal, objectives: [met, gone, open] }] }] });
    const responses = [phq('r1', '2026-11-01', 18), phq('r2', '2026-11-20', 8), phq('r3', '2026-11-27', 7)];
    const { evidence, snapshot } = build({ planVersions: [withObjectives], responses });
    expect(snapshot.objectives).toEqual({ active: 2, met: 1 });
    expect(evidence.objectives.planVersionId).toBe('v1');
    expect(evidence.objectives.list.map((o) => [o.objectiveId, o.status])).toEqual([
      ['o1', 'met'],
      ['o3', 'due_soon'],
    ]);
  });
  it.each([
    [
      'used 3 days, 1 before, 4 unknown',
      [
        ...[0, 1, 2].map((d) => behaviour(`u${String(d)}`, 'substance_use_day:alcohol', addDays(AS_OF, -d), 1)),
        ...[3, 4, 5, 6, 7, 8, 9].map((d) => behaviour(`n${String(d)}`, 'substance_use_day:alcohol', addDays(AS_OF, -d), 0)),
        behaviour('p1', 'substance_use_day:alcohol', addDays(AS_OF, -20), 1),
      ],
      { last14: 3, prior14: 1, unknown14: 4 },
    ],
    ['nothing recorded: every day unknown', [], { last14: 0, prior14: 0, unknown14: 14 }],
  ])('substance use: %s', (_name, responses, expected) => {
    const { snapshot, evidence } = build({ planVersions: [plan], responses });
    expect(snapshot.substanceUse).toEqual(expected);
    expect(evidence.substanceUse?.recordIds).toHaveLength(responses.length);
  });
  it('substance use is null when the plan tracks none', () => {
    expect(build({ planVersions: [planVersion({ status: 'active' })] }).snapshot.substanceUse).toBeNull();
  });
  it('a behaviour that raises a safety event is one', () => {
    const { snapshot, evidence } = build({ planVersions: [plan], responses: [behaviour('h1', 'self_harm_acts', '2026-11-25', 1)] });
    expect(snapshot.safetyEvents).toEqual([{ daysAgo: 6, severity: 'high' }]);
    expect(evidence.safety.events).toEqual([{ recordId: 'h1', date: '2026-11-25', type: 'Self-harm acts', severity: 'high' }]);
    expect(evidence.targetBehaviours.find((b) => b.behaviourId === 'self_harm_acts')).toMatchObject({
      thisWeek: 1,
      lastWeek: null,
      unknownDays: 6,
      recordIds: ['h1'],
    });
  });
  it('homework completion over the review window', () => {
    const homework = [
      {
        homeworkId: 'hw1',
        clientId: 'c1',
        title: 'Thought record',
        instructions: '',
        category: 'thought_record' as const,
        objectiveIds: [],
        assignedInSessionId: null,
        assignedBy: 's1',
        assignedOn: '2026-11-22',
        schedule: { type: 'daily' as const, from: '2026-11-22', to: '2026-12-05' },
        status: 'assigned' as const,
        attachments: [],
      },
    ];
    const done = (id: string, date: string, reporter: 'client' | 'clinician', quality: 0 | 1 | 2 | null) => ({
      ...behaviour(id, 'x', date, 1),
      kind: 'homework_completion' as const,
      instrumentId: 'hw1',
      answers: {
        homeworkId: 'hw1',
        date,
        reporter,
        done: true,
        units: 1,
        quality,
        barrier: null,
        note: null,
        reviewedInSessionId: null,
        enteredAt: `${date}T20:00:00.000Z`,
      },
    });
    const responses = [done('d1', '2026-11-23', 'client', null), done('d2', '2026-11-24', 'clinician', 2), done('d3', '2026-11-25', 'clinician', 1)];
    const { evidence } = build({ homework, responses, previousReviewOn: '2026-11-22' });
    expect(evidence.reviewWindowStart).toBe('2026-11-22');
    expect(evidence.homework).toEqual({ assigned: 1, completionPct: 30, meanQuality: 1.5, assignmentIds: ['hw1'], completionIds: ['d1', 'd2', 'd3'] });
  });
});

describe('safety and the recommendation', () => {
  const scores = [phq('r1', '2026-11-01', 18), phq('r2', '2026-11-10', 13), phq('r3', '2026-11-20', 9), phq('r4', '2026-11-28', 8)];
  const sessions = attendanceOn([
    ...['2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11', '2026-11-13', '2026-11-16', '2026-11-18', '2026-11-20', '2026-11-23', '2026-11-25'].map(
      (d) => [d, 'present'] as const,
    ),
    ['2026-11-27', 'absent-unexcused'] as const,
    ['2026-11-30', 'absent-unexcused'] as const,
  ]);
  it('18 → 13 → 9 → 8 with 10 of 12 attended: step down', () => {
    const { evidence } = build({ responses: scores, ...sessions });
    expect(evidence.attendance).toMatchObject({ scheduled: 12, attended: 10 });
    expect(evidence.recommendation.result.recommendation).toBe('step_down');
    expect(evidence.recommendation.explanations[0]?.sentence).toMatch(/PHQ-9 fell from 18 to 8/);
  });
  it.each([
    ['an open item-9 alert intensifies whatever the scores', [], { openAlert: true, openAlertResponseIds: ['r4'] }, 'intensify'],
    [
      'an acknowledged alert is not open, but still gates step-down',
      [{ id: 'ack1', responseIds: ['r4'] }],
      { openAlert: false, openAlertResponseIds: [] },
      'continue',
    ],
  ])('%s', (_name, safetyAcks, expected, recommendation) => {
    const alerting = [...scores.slice(0, 3), phq('r4', '2026-11-28', 8, { flags: ['self_harm_item9'] })];
    const { evidence, snapshot } = build({ responses: alerting, ...sessions, safetyAcks });
    expect(evidence.safety).toMatchObject(expected);
    expect(snapshot.safetyEvents).toEqual([{ daysAgo: 3, severity: 'lower' }]);
    expect(evidence.recommendation.result.recommendation).toBe(recommendation);
  });
  it('C-SSRS bands: high is high, low and moderate lower; the latest is shown', () => {
    const cssrs = (id: string, day: string, band: string) => measure(id, 'C-SSRS-Screener', `${day}T10:00:00Z`, 0, { band });
    const { snapshot, evidence } = build({
      responses: [cssrs('c1', '2026-11-05', 'high'), cssrs('c2', '2026-11-20', 'moderate'), cssrs('c3', '2026-11-29', 'none')],
      safetyAcks: [{ id: 'a', responseIds: ['c1', 'c2'] }],
    });
    expect(snapshot.safetyEvents).toEqual([
      { daysAgo: 11, severity: 'lower' },
      { daysAgo: 26, severity: 'high' },
    ]);
    expect(evidence.safety.latestCssrs).toEqual({ responseId: 'c3', date: '2026-11-29', band: 'none' });
  });
});

describe('family feedback, per respondent', () => {
  const form = (id: string, day: string, relation: string, r: number) =>
    measure(id, 'waypoint-family-feedback', `${day}T12:00:00.000Z`, 4 * r, {
      kind: 'family-feedback',
      respondent: 'family',
      answers: {
        relation,
        communication: r,
        conflict: r,
        household: r,
        moodAtHome: r,
        comments: { communication: '', conflict: '', household: '', moodAtHome: '' },
      },
    });
  it.each([
    [
      'a parent better, a partner the same',
      [
        form('f1', '2026-11-05', 'Parent', 2),
        form('f2', '2026-11-25', 'Parent', 3),
        form('f3', '2026-11-06', 'Spouse or partner', 3),
        form('f4', '2026-11-26', 'Spouse or partner', 3),
      ],
      [
        ['Parent', 'better', ['f1', 'f2']],
        ['Spouse or partner', 'same', ['f3', 'f4']],
      ],
    ],
    ['worse by 4 points', [form('f1', '2026-11-05', 'Sibling', 4), form('f2', '2026-11-25', 'Sibling', 3)], [['Sibling', 'worse', ['f1', 'f2']]]],
    [
      'one form: no trend yet; forms after asOf unseen',
      [form('f1', '2026-11-05', 'Parent', 4), form('f2', '2026-12-05', 'Parent', 1)],
      [['Parent', null, ['f1']]],
    ],
  ] as const)('%s', (_name, responses, expected) => {
    const { evidence } = build({ responses });
    expect(evidence.familyFeedback.map((f) => [f.relationship, f.trend, f.responseIds])).toEqual(expected);
  });
});

describe('track of a program', () => {
  it.each([
    ['Adult mental health', 'mh'],
    ['Substance use', 'sud'],
    ['Dual diagnosis', 'co'],
    ['Eating disorders', 'mh'],
  ] as const)('%s → %s', (program, track) => {
    expect(trackOfProgram(program)).toBe(track);
  });
});
