import { describe, expect, it } from 'vitest';
import { documentText, exportRefusal, exportableClients, treatmentPlanClientCopy } from '../../../../shared/reports';
import { phqObjective, planVersion } from '../progress/plan-fixture';

const ctx = { clientFirstName: 'Zoë', clinicName: 'Harbor Light IOP', clinicPhone: '555-0100', printedOn: '2026-12-05', crisisLines: [] };

describe('treatmentPlanClientCopy', () => {
  it('puts the crisis line first, then the client’s goals, steps, sessions, tracking, strengths and next review in plain words', () => {
    const doc = treatmentPlanClientCopy(planVersion(), ctx);
    expect(doc.title).toBe('Zoë’s treatment plan');
    expect(doc.notice).toEqual(['In a crisis, call or text 988 (Suicide & Crisis Lifeline), or call 911.']);
    expect(doc.headerLines).toEqual(['Harbor Light IOP · phone 555-0100', 'Plan from 1 December 2026 · printed 5 December 2026']);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'In your words',
      'Your goals and the steps toward them',
      'How we will work on them',
      'Your sessions',
      'What you will keep track of',
      'Your strengths',
      'Next review',
    ]);
    const t = documentText(doc);
    expect(t).toContain('Goal: Feel like myself again');
    expect(t).toContain('Step: PHQ-9 below 10 (by 15 January 2027)');
    expect(t).toContain('CBT group, 3 times a week');
    expect(t).toContain('Group sessions: 3 a week, about 180 minutes each');
    expect(t).toContain('We will look at this plan together again by 31 December 2026.');
  });

  it('leaves out diagnoses, baselines, the clinical problem statement and other clinical wording', () => {
    const t = documentText(treatmentPlanClientCopy(planVersion(), ctx));
    for (const never of ['F33.1', 'Major depressive disorder', 'baseline', 'Depressed mood keeps', 'discharge', 'PHQ-9 below 10 and back at work'])
      expect(t).not.toContain(never);
  });

  it('leaves out discontinued steps and says so when a plan has no goals yet', () => {
    const v = planVersion();
    const problem = v.problems[0];
    const goal = problem?.goals[0];
    if (!problem || !goal) throw new Error('fixture');
    const withDropped = planVersion({
      problems: [
        {
          ...problem,
          goals: [
            {
              ...goal,
              objectives: [
                phqObjective({ statement: 'Dropped step', status: 'discontinued' }),
                phqObjective({ objectiveId: 'o2', statement: 'Walk daily', status: 'met' }),
              ],
            },
          ],
        },
      ],
    });
    const t = documentText(treatmentPlanClientCopy(withDropped, { ...ctx, crisisLines: ['Call the clinic line 555-0199'] }));
    expect(t).not.toContain('Dropped step');
    expect(t).toContain('Step: Walk daily (done)');
    expect(t).toContain('Call the clinic line 555-0199');
    expect(documentText(treatmentPlanClientCopy(planVersion({ problems: [] }), ctx))).toContain('No goals are written in this plan yet.');
  });

  it('shows a step done when its progress computed from the data is met, though the signed version still says not started', () => {
    const v = planVersion();
    const objectiveId = v.problems[0]?.goals[0]?.objectives[0]?.objectiveId ?? '';
    expect(documentText(treatmentPlanClientCopy(v, ctx))).toContain('Step: PHQ-9 below 10 (by 15 January 2027)');
    expect(documentText(treatmentPlanClientCopy(v, ctx, new Set([objectiveId])))).toContain('Step: PHQ-9 below 10 (done)');
  });
});

describe('exportRefusal', () => {
  const mine = { primaryClinicianId: 'me' };
  const theirs = { primaryClinicianId: 'someone-else' };
  it.each([
    ['therapist', mine, null],
    ['therapist', theirs, 'You may export only clients on your own caseload: nothing was exported.'],
    ['medication-manager', theirs, 'You may export only clients on your own caseload: nothing was exported.'],
    ['supervisor', theirs, null],
    ['admin', theirs, null],
    ['admin', null, 'This client is not in this vault: nothing was exported.'],
  ] as const)('%s, client %j → %j', (role, client, expected) => {
    expect(exportRefusal({ id: 'me', role }, client)).toBe(expected);
  });

  it('a caseload export keeps only the clients the actor may export', () => {
    expect(exportableClients({ id: 'me', role: 'therapist' }, [mine, theirs])).toEqual([mine]);
  });
});
