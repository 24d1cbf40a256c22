import { describe, expect, it } from 'vitest';
import type { CarePlan } from '../../../../shared/domain/records';
import { carePlanChangeRefusal } from '../../../../shared/progress/plans/plan-guard';

const T = '2026-12-01T10:00:00.000Z';
const stored = (over: Partial<CarePlan> = {}): CarePlan => ({
  id: 'v1',
  kind: 'treatment_plan',
  status: 'active',
  clientId: 'c1',
  planId: 'p1',
  version: 1,
  previousVersionId: '',
  effectiveFrom: '2026-12-01',
  reviewDueOn: '2026-12-31',
  contentHash: 'h',
  authorId: 's1',
  createdAt: T,
  updatedAt: T,
  content: { clientStatement: 'Work' },
  signatures: [{ role: 'author' }],
  lifecycle: [],
  ...over,
});

describe('what may change in a stored careplans record', () => {
  it.each([
    ['a draft edit', stored({ status: 'draft', contentHash: '' }), stored({ status: 'draft', contentHash: '', content: { clientStatement: 'Sleep' } }), null],
    ['signing a draft without a hash', stored({ status: 'draft', contentHash: '' }), stored({ contentHash: '' }), 'frozen with its content hash'],
    [
      'discarding a draft (entered in error, never signed)',
      stored({ status: 'draft', contentHash: '' }),
      stored({ status: 'entered_in_error', contentHash: '' }),
      null,
    ],
    ['a signed version’s content', stored(), stored({ content: { clientStatement: 'Sleep' } }), 'cannot change; start a new version'],
    ['a signed version’s review date', stored(), stored({ reviewDueOn: '2027-02-01' }), 'cannot change'],
    ['a signature appended', stored(), stored({ signatures: [{ role: 'author' }, { role: 'client' }] }), null],
    ['a signature removed', stored(), stored({ signatures: [] }), 'signatures cannot be changed or removed'],
    ['active → superseded', stored(), stored({ status: 'superseded', lifecycle: [{ status: 'superseded' }] }), null],
    ['superseded → active', stored({ status: 'superseded' }), stored(), 'cannot go from superseded to active'],
    [
      'an objective judged on a signed version (history entry appended)',
      stored({ lifecycle: [{ status: 'active' }] }),
      stored({
        lifecycle: [{ status: 'active' }, { status: 'active', event: 'objective_status', objectiveId: 'o1', objectiveStatus: 'not_met', reason: 'r' }],
      }),
      null,
    ],
    [
      'an objective judgement rewritten',
      stored({ lifecycle: [{ status: 'active', event: 'objective_status', objectiveId: 'o1', objectiveStatus: 'not_met' }] }),
      stored({ lifecycle: [{ status: 'active', event: 'objective_status', objectiveId: 'o1', objectiveStatus: 'met' }] }),
      'status history cannot be changed',
    ],
    ['status history rewritten', stored({ lifecycle: [{ status: 'active' }] }), stored({ lifecycle: [] }), 'status history cannot be changed'],
    ['a deleted signed version', stored(), { ...stored(), _deleted: true }, 'cannot be deleted'],
    [
      'a signed review',
      stored({ kind: 'progress_review', status: 'signed' }),
      stored({ kind: 'progress_review', status: 'signed', content: {} }),
      'signed and cannot change',
    ],
    [
      'signing a review without a hash',
      stored({ kind: 'progress_review', status: 'draft', contentHash: '' }),
      stored({ kind: 'progress_review', status: 'signed', contentHash: '' }),
      'frozen with its content hash',
    ],
    [
      'signing a review with its hash',
      stored({ kind: 'progress_review', status: 'draft', contentHash: '' }),
      stored({ kind: 'progress_review', status: 'signed' }),
      null,
    ],
    [
      'a deleted signed review',
      stored({ kind: 'progress_review', status: 'signed' }),
      { ...stored({ kind: 'progress_review', status: 'signed' }), _deleted: true },
      'signed and cannot change',
    ],
    ['a homework status', stored({ kind: 'homework', status: 'assigned' }), stored({ kind: 'homework', status: 'completed' }), null],
  ])('%s', (_name, before, after, refusal) => {
    const result = carePlanChangeRefusal(before, after);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toContain(refusal);
  });
});
