import { useMemo } from 'react';
import type { HomeworkAssignment } from '../../../shared/progress/plans/types';
import { useActorContext } from '../../session';
import { assignHomework, closeHomework, reviewHomework, type HomeworkReview } from './homework-actions';

export interface HomeworkActions {
  readonly assign: (assignment: HomeworkAssignment) => Promise<HomeworkAssignment>;
  readonly review: (review: HomeworkReview) => Promise<HomeworkAssignment>;
  readonly close: (assignment: HomeworkAssignment, status: 'excused' | 'cancelled') => Promise<HomeworkAssignment>;
}

/** Homework writes for one client (homework-actions.ts), bound to the signed-in user. */
export function useHomeworkActions(clientId: string): HomeworkActions {
  const ctx = useActorContext();
  return useMemo(
    () =>
      ({
        assign: (a) => assignHomework(ctx, clientId, a),
        review: (r) => reviewHomework(ctx, clientId, r),
        close: (a, status) => closeHomework(ctx, a, status),
      }) satisfies HomeworkActions,
    [ctx, clientId],
  );
}
