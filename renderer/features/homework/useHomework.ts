import { combineLatest, map } from 'rxjs';
import type { HomeworkAssignment, HomeworkCompletion } from '../../../shared/progress/plans/types';
import { useLiveQuery, watchHomeworkCompletionsForClient, watchHomeworkForClient } from '../../db';

export interface ClientHomework {
  /** Oldest assigned first. */
  readonly assignments: readonly HomeworkAssignment[];
  /** In the order entered. */
  readonly completions: readonly HomeworkCompletion[];
}

/** A client's homework assignments and completion reports, kept live. */
export function useClientHomework(clientId: string) {
  return useLiveQuery(
    (db) =>
      combineLatest([watchHomeworkForClient(db, clientId), watchHomeworkCompletionsForClient(db, clientId)]).pipe(
        map(([assignments, completions]): ClientHomework => ({ assignments, completions })),
      ),
    [clientId],
  );
}
