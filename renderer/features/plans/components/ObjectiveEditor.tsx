import { Button, Group, MultiSelect, NativeSelect, Stack, Text } from '@mantine/core';
import { blankIntervention } from '../../../../shared/progress/plans/plan-builders';
import type { Intervention, Objective } from '../../../../shared/progress/plans/types';
import { ObjectiveProgressLine } from './ObjectiveProgressLine';
import { MeasureTargetFields } from './MeasureTargetFields';
import { PlanItem as Item } from './PlanItem';
import { PlanDate, PlanNumber, PlanText } from './plan-fields';
import { without, type PlanItemProps } from './editor-api';

const PER = [
  { value: 'day', label: 'a day' },
  { value: 'week', label: 'a week' },
  { value: 'month', label: 'a month' },
];

function InterventionFields({ ed, path, item, legend, onRemove }: PlanItemProps<Intervention>) {
  const staffError = ed.errors[`${path}.responsibleStaffIds`];
  return (
    <Item legend={legend} onRemove={onRemove}>
      <Group align="flex-start" grow>
        <PlanText path={`${path}.modality`} label="Modality" description="e.g. CBT group, DBT skills, family session" required />
        <PlanText path={`${path}.description`} label="What it involves" />
      </Group>
      <Group align="flex-start">
        <PlanNumber path={`${path}.frequency.count`} label="How often" required />
        <NativeSelect
          label="Per"
          data={PER}
          value={item.frequency.per}
          onChange={(e) => {
            ed.set(`${path}.frequency.per`, e.currentTarget.value);
          }}
        />
        <PlanNumber path={`${path}.minutes`} label="Minutes each" allowNull />
        <MultiSelect
          label="Responsible staff"
          withAsterisk
          data={[...ed.staff]}
          value={[...item.responsibleStaffIds]}
          error={staffError}
          onChange={(ids) => {
            ed.set(`${path}.responsibleStaffIds`, ids);
          }}
          miw={240}
        />
      </Group>
    </Item>
  );
}

/** One measurable objective: statement, target, dates, its live progress and its interventions. */
export function ObjectiveEditor({ ed, path, item: objective, legend, onRemove }: PlanItemProps<Objective>) {
  const addIntervention = () => {
    ed.list(`${path}.interventions`, (l: readonly Intervention[]) => [...l, blankIntervention(ed.newId(), ed.plan.effectiveFrom, [ed.actorId])]);
  };
  return (
    <Item legend={legend} onRemove={onRemove}>
      <PlanText path={`${path}.statement`} label="Objective" description="Measurable, achievable, time-specific (e.g. PHQ-9 below 10)" required />
      <MeasureTargetFields path={`${path}.measure`} target={objective.measure} behaviours={ed.plan.targetBehaviours} />
      <Group align="flex-start">
        <PlanDate path={`${path}.startDate`} label="Starts on" required />
        <PlanDate path={`${path}.targetDate`} label="Target date" required />
      </Group>
      <ObjectiveProgressLine objective={objective} data={ed.data} asOf={ed.asOf} />
      <Stack gap="xs">
        <Text fw={600} size="sm">
          Interventions
        </Text>
        {objective.interventions.map((item, k) => (
          <InterventionFields
            key={item.interventionId}
            ed={ed}
            path={`${path}.interventions.${String(k)}`}
            item={item}
            legend={`Intervention ${legend.replace('Objective ', '')}.${String(k + 1)}`}
            onRemove={() => {
              ed.list(`${path}.interventions`, without<Intervention>(k));
            }}
          />
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={addIntervention}>
            Add intervention to {legend.toLowerCase()}
          </Button>
        </Group>
      </Stack>
    </Item>
  );
}
