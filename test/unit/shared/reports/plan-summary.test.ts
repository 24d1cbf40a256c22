import { describe, expect, it } from 'vitest';
import { buildProgressReport, documentText, planInForce, planSummary } from '../../../../shared/reports';
import { planVersion } from '../progress/plan-fixture';

const period = { from: '2026-12-01', to: '2026-12-31' };
const point = (completedOn: string, score: number) => ({ instrumentId: 'PHQ-9', completedOn, score });

describe('planInForce', () => {
  it.each([
    [[planVersion({ status: 'draft' })], null],
    [[planVersion({ status: 'superseded' }), planVersion({ versionId: 'v2', version: 2, status: 'active' })], 'v2'],
    [[planVersion({ status: 'active', effectiveFrom: '2027-02-01' })], null],
    [[planVersion({ status: 'closed' })], 'v1'],
  ] as const)('%#', (versions, expected) => {
    expect(planInForce(versions, period)?.versionId ?? null).toBe(expected);
  });
});

describe('planSummary', () => {
  it('judges each objective from the data as of the period’s end, with its evidence', () => {
    const data = { measures: [point('2026-12-05', 9), point('2026-12-12', 8)], behaviourEntries: [], homework: [], completions: [] };
    const summary = planSummary(planVersion({ status: 'active' }), data, period);
    const objective = summary.problems[0]?.goals[0]?.objectives[0];
    expect(objective?.status).toBe('met');
    expect(objective?.evidence).not.toBe('');
    const notYet = planSummary(planVersion({ status: 'active' }), { ...data, measures: [point('2026-12-05', 14)] }, period);
    expect(notYet.problems[0]?.goals[0]?.objectives[0]?.status).toBe('in_progress');
  });

  it('shows in the report’s plan progress table', () => {
    const data = { measures: [point('2026-12-05', 9), point('2026-12-12', 8)], behaviourEntries: [], homework: [], completions: [] };
    const plan = planSummary(planVersion({ status: 'active' }), data, period);
    const doc = buildProgressReport(
      {
        clinicName: 'H',
        part2Notice: '',
        clinicianName: 'A',
        period,
        generatedAt: '2027-01-01T00:00:00Z',
        measures: [],
        attendance: [],
        medications: [],
        plan,
        client: { id: 'c1', firstName: 'Zoë', lastName: 'Å', dateOfBirth: '1990-01-01', program: 'P', levelOfCare: 'IOP', admissionDate: '2026-11-01' },
        behaviourEntries: [],
        homework: [],
        homeworkCompletions: [],
        summary: '',
      },
      { version: 'payer', optIns: [], medicationsForPayer: false },
    );
    expect(documentText(doc)).toMatch(/Goal: Feel like myself again active\s*\nPHQ-9 below 10 met /);
  });
});
