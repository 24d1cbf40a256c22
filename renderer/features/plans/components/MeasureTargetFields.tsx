import { Group } from '@mantine/core';
import { useContext } from 'react';
import { INSTRUMENT_IDS } from '../../../../shared/instruments/types';
import { blankTarget, EDITABLE_TARGET_KINDS, type EditableTargetKind } from '../../../../shared/progress/plans/plan-builders';
import { COMPARATORS, type MeasureTarget, type TargetBehaviourDefinition } from '../../../../shared/progress/plans/types';
import { TARGET_KIND_LABELS } from '../plan-text';
import { PlanFieldsContext, PlanNumber, PlanSelect, type Choice } from './plan-fields';

const CMP_CHOICES: readonly Choice[] = COMPARATORS.map((c) => ({
  value: c,
  label: { '<': 'below (<)', '<=': 'at most (≤)', '>': 'above (>)', '>=': 'at least (≥)' }[c],
}));
const KIND_CHOICES: readonly Choice[] = EDITABLE_TARGET_KINDS.map((k) => ({ value: k, label: TARGET_KIND_LABELS[k] }));
const INSTRUMENT_CHOICES: readonly Choice[] = INSTRUMENT_IDS.filter((id) => id !== 'C-SSRS-Screener').map((id) => ({ value: id, label: id }));
const isEditableKind = (k: string): k is EditableTargetKind => EDITABLE_TARGET_KINDS.some((e) => e === k);

interface Props {
  readonly path: string;
  readonly target: MeasureTarget;
  readonly behaviours: readonly TargetBehaviourDefinition[];
}

function InstrumentFields({ path, target }: { readonly path: string; readonly target: Extract<MeasureTarget, { kind: 'instrument' }> }) {
  const api = useContext(PlanFieldsContext);
  const lastN = target.over === 'latest' ? '1' : String(target.over.lastN);
  return (
    <Group align="flex-start">
      <PlanSelect path={`${path}.instrumentId`} label="Measure" data={INSTRUMENT_CHOICES} />
      <PlanSelect path={`${path}.comparator`} label="Score" data={CMP_CHOICES} />
      <PlanNumber path={`${path}.value`} label="Target score" required />
      <PlanSelect
        path={`${path}.over`}
        label="Counted on"
        data={[
          { value: '1', label: 'the latest score' },
          { value: '2', label: 'the last 2 scores' },
          { value: '3', label: 'the last 3 scores' },
        ]}
        onPick={(v) => {
          api.set(`${path}.over`, v === '1' ? 'latest' : { lastN: Number(v) });
        }}
        alsoErrorsOf={[`${path}.over`]}
        key={lastN}
      />
    </Group>
  );
}

/** The target of an objective: its kind, then that kind's fields; changing the kind starts a blank target of it. */
export function MeasureTargetFields({ path, target, behaviours }: Props) {
  const api = useContext(PlanFieldsContext);
  const behaviourChoices: readonly Choice[] = [
    { value: '', label: behaviours.length ? 'Choose a behaviour' : 'Define a target behaviour above first' },
    ...behaviours.map((b) => ({ value: b.behaviourId, label: b.label })),
  ];
  const kindValue = isEditableKind(target.kind) ? target.kind : 'manual';
  return (
    <>
      <PlanSelect
        path={`${path}.kind`}
        label="Measured by"
        data={KIND_CHOICES}
        alsoErrorsOf={[path]}
        onPick={(k) => {
          if (isEditableKind(k) && k !== kindValue) api.set(path, blankTarget(k, behaviours[0]?.behaviourId ?? ''));
        }}
      />
      {target.kind === 'instrument' && <InstrumentFields path={path} target={target} />}
      {target.kind === 'target_behaviour' && (
        <Group align="flex-start">
          <PlanSelect path={`${path}.behaviourId`} label="Behaviour" data={behaviourChoices} />
          <PlanSelect path={`${path}.comparator`} label="Count" data={CMP_CHOICES} />
          <PlanNumber path={`${path}.value`} label="Target a week" required />
          <PlanNumber path={`${path}.consecutiveWeeks`} label="Weeks in a row" required />
        </Group>
      )}
      {target.kind === 'homework' && (
        <Group align="flex-start">
          <PlanNumber path={`${path}.completionPctAtLeast`} label="Done at least (%)" required />
          <PlanNumber path={`${path}.windowDays`} label="Over the last (days)" required />
        </Group>
      )}
    </>
  );
}
