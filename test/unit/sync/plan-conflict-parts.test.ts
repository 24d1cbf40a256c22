import { describe, expect, it } from 'vitest';
import { conflictParts, conflictTitle, noteConflictLimit } from '../../../renderer/features/sync/conflict-parts';

const objective = (statement: string, value: number) => ({
  objectiveId: 'o1',
  statement,
  targetDate: '2027-01-15',
  interventions: [{ modality: 'CBT group', frequency: { count: 3, per: 'week' } }],
  measure: { kind: 'instrument', instrumentId: 'PHQ-9', comparator: '<', value, over: 'latest' },
});
const content = (problems: unknown[], clientStatement = 'Back to work') => ({
  clientStatement,
  strengths: ['Partner'],
  dischargeCriteria: { text: 'PHQ-9 < 10' },
  targetBehaviours: [],
  problems,
});
const problem = (id: string, statement: string, objectives: unknown[]) => ({
  problemId: id,
  statement,
  goals: [{ clientWords: 'Feel like me', targetDate: '2027-01-31', objectives }],
});
const version = (c: unknown, status = 'draft') => ({
  id: 'v1',
  kind: 'treatment_plan',
  status,
  version: 1,
  clientId: 'c1',
  content: c,
  contentHash: '',
  lifecycle: [],
  signatures: [],
});

describe('a treatment-plan conflict, section by section', () => {
  const current = version(content([problem('p1', 'Low mood', [objective('PHQ-9 below 10', 10)]), problem('p2', 'Panic', [])]));
  const other = version(content([problem('p1', 'Low mood', [objective('PHQ-9 below 8', 8)]), problem('p3', 'Sleep', [])], 'Back to work soon'));
  const parts = conflictParts('careplans', current, other);

  it.each([
    ['plan:about', 'About the plan', true, 'value'],
    ['plan:behaviours', 'Target behaviours', false, 'value'],
    ['plan:problem:p1', 'Problem 1: Low mood', true, 'value'],
    ['plan:problem:p2', 'Problem 2: Panic', true, 'value'],
    ['plan:problem:p3', 'Problem 3: Sleep', true, 'value'],
    ['field:status', 'Status', false, 'text'],
  ])('%s is the part "%s" (differs: %s)', (key, label, differs, format) => {
    expect(parts.find((p) => p.key === key)).toMatchObject({ label, differs, format });
  });

  it('shows each problem with its goals, objectives, targets and interventions; no raw content, hash or history', () => {
    const p1 = parts.find((p) => p.key === 'plan:problem:p1');
    expect(p1?.current).toBe(
      'Low mood\nGoal: “Feel like me” (by 2027-01-31)\n  Objective: PHQ-9 below 10 — PHQ-9 < 10 by 2027-01-15\n    Intervention: CBT group, 3 a week',
    );
    expect(p1?.other).toContain('PHQ-9 < 8');
    expect(parts.map((p) => p.key)).not.toEqual(expect.arrayContaining(['field:content', 'field:contentHash', 'field:lifecycle']));
    expect(parts.find((p) => p.key === 'plan:problem:p3')?.current).toBe('');
  });

  it('is titled by version, and a signed current version can only be kept', () => {
    expect(conflictTitle('careplans', 'v1', current, { clientName: null, formatDate: (d) => d })).toBe('Treatment plan, version 1');
    expect(noteConflictLimit('careplans', version(content([]), 'active'), 'u1')).toBe('signed-plan');
    expect(noteConflictLimit('careplans', current, 'u1')).toBeNull();
  });
});
