import { describe, expect, it } from 'vitest';
import { alertLink } from '../../../../renderer/features/dashboard/alert-labels';

describe('alert links', () => {
  it.each([
    ['review.overdue', ['measures', 'overview', 'plan'], '/reviews/for/c1'],
    ['review.due_soon', ['measures', 'overview', 'plan'], '/reviews/for/c1'],
    ['review.recommend_intensify', ['measures', 'overview', 'plan'], '/reviews/for/c1'],
    ['review.overdue', ['measures', 'plan'], '/clients/c1?tab=plan'],
    ['review.overdue', ['measures', 'sessions'], '/clients/c1'],
    ['engagement.missed_sessions', ['measures', 'sessions'], '/clients/c1?tab=sessions'],
    ['homework.low_completion', ['homework', 'plan'], '/clients/c1?tab=homework'],
  ] as const)('%s with tabs %o opens %s', (id, tabs, link) => {
    expect(alertLink(id, 'c1', tabs)).toBe(link);
  });
});
