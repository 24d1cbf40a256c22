import { Button, Group, NativeSelect } from '@mantine/core';
import { blankGoal, blankObjective, type EditableTargetKind } from '../../../../shared/progress/plans/plan-builders';
import type { Goal, Objective, Problem } from '../../../../shared/progress/plans/types';
import { ObjectiveEditor } from './ObjectiveEditor';
import { PlanItem } from './PlanItem';
import { PlanDate, PlanText, PlanTextarea } from './plan-fields';
import { without, type EditorApi, type PlanItemProps } from './editor-api';

const HORIZONS = [
  { value: 'short', label: 'Short-term' },
  { value: 'long', label: 'Long-term' },
];

function GoalFields({ ed, path, item: goal, legend, onRemove }: PlanItemProps<Goal>) {
  const add = (kind: EditableTargetKind) => () => {
    ed.list(`${path}.objectives`, (l: readonly Objective[]) => [
      ...l,
      blankObjective(ed.newId(), kind, ed.plan.effectiveFrom, goal.targetDate, ed.plan.targetBehaviours[0]?.behaviourId),
    ]);
  };
  const n = legend.replace('Goal ', '');
  return (
    <PlanItem legend={legend} onRemove={onRemove} error={ed.errors[`${path}.objectives`]}>
      <PlanTextarea path={`${path}.clientWords`} label="Goal in the client’s words" required />
      <PlanTextarea path={`${path}.clinicalStatement`} label="Goal as the clinician states it" />
      <Group align="flex-start">
        <NativeSelect
          label="Horizon"
          data={HORIZONS}
          value={goal.horizon}
          onChange={(e) => {
            ed.set(`${path}.horizon`, e.currentTarget.value);
          }}
        />
        <PlanDate path={`${path}.targetDate`} label="Goal target date" required />
      </Group>
      {goal.objectives.map((o, k) => (
        <ObjectiveEditor
          key={o.objectiveId}
          ed={ed}
          path={`${path}.objectives.${String(k)}`}
          item={o}
          legend={`Objective ${n}.${String(k + 1)}`}
          onRemove={() => {
            ed.list(`${path}.objectives`, without<Objective>(k));
          }}
        />
      ))}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={add('instrument')}>
          Add objective tied to a measure
        </Button>
        <Button variant="light" size="xs" onClick={add('target_behaviour')}>
          Add objective tied to a target behaviour
        </Button>
        <Button variant="light" size="xs" onClick={add('homework')}>
          Add objective tied to homework
        </Button>
      </Group>
    </PlanItem>
  );
}

/** One problem or need with its goals. */
export function ProblemEditor({ ed, index, problem }: { readonly ed: EditorApi; readonly index: number; readonly problem: Problem }) {
  const path = `problems.${String(index)}`;
  const addGoal = () => {
    ed.list(`${path}.goals`, (l: readonly Goal[]) => [...l, blankGoal(ed.newId(), ed.plan.reviewDueOn)]);
  };
  return (
    <PlanItem
      legend={`Problem ${String(index + 1)}`}
      onRemove={() => {
        ed.list('problems', without<Problem>(index));
      }}
      error={ed.errors[`${path}.goals`]}
    >
      <PlanText path={`${path}.statement`} label="Problem or need" required />
      {problem.goals.map((g, k) => (
        <GoalFields
          key={g.goalId}
          ed={ed}
          path={`${path}.goals.${String(k)}`}
          item={g}
          legend={`Goal ${String(index + 1)}.${String(k + 1)}`}
          onRemove={() => {
            ed.list(`${path}.goals`, without<Goal>(k));
          }}
        />
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={addGoal}>
          Add goal to problem {index + 1}
        </Button>
      </Group>
    </PlanItem>
  );
}
