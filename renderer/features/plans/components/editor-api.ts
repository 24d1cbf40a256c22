import type { FieldErrors } from '../../../../shared/domain/client';
import type { ObjectiveData } from '../../../../shared/progress/plans/evaluate';
import type { TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import type { StaffOption } from '../usePlanData';

/** What every part of the plan editor works with: the plan, its errors, writes by path, and the data for progress. */
export interface EditorApi {
  readonly plan: TreatmentPlanVersion;
  readonly errors: FieldErrors;
  readonly set: (path: string, value: unknown) => void;
  /** Replaces the list at `path` (adding or removing an item). */
  readonly list: <I>(path: string, update: (items: readonly I[]) => readonly I[]) => void;
  readonly staff: readonly StaffOption[];
  readonly data: ObjectiveData | undefined;
  readonly asOf: string;
  readonly actorId: string;
  readonly newId: () => string;
}

/** What one removable entry of a plan list (goal, objective, intervention) is given: where it is, what it holds, its legend. */
export interface PlanItemProps<T> {
  readonly ed: EditorApi;
  readonly path: string;
  readonly item: T;
  readonly legend: string;
  readonly onRemove: () => void;
}

export const without =
  <I>(index: number) =>
  (items: readonly I[]): readonly I[] =>
    items.filter((_, i) => i !== index);
