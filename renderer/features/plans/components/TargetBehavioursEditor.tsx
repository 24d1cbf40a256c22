import { Button, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { BEHAVIOUR_PRESETS } from '../../../../shared/progress/plans/behaviour-presets';
import { behaviourDefinition } from '../../../../shared/progress/plans/plan-builders';
import type { TargetBehaviourDefinition } from '../../../../shared/progress/plans/types';
import { without, type EditorApi } from './editor-api';

/** The behaviours this plan tracks (presets or the clinician's own), so objectives can target them (§3). */
export function TargetBehavioursEditor({ ed }: { readonly ed: EditorApi }) {
  const [choice, setChoice] = useState(BEHAVIOUR_PRESETS[0]?.behaviourId ?? '');
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<string | null>(null);
  const defined = ed.plan.targetBehaviours;
  const add = () => {
    const def = behaviourDefinition(choice === 'custom' ? custom : choice);
    const refusal = !def.label
      ? 'Name the behaviour to add.'
      : defined.some((b) => b.behaviourId === def.behaviourId)
        ? `${def.label} is already in this plan.`
        : null;
    setError(refusal);
    if (refusal) return;
    setCustom('');
    ed.list('targetBehaviours', (l: readonly TargetBehaviourDefinition[]) => [...l, def]);
  };
  return (
    <Stack gap="xs">
      <Title order={4}>Target behaviours</Title>
      {defined.length === 0 ? (
        <Text size="sm" c="gray.7">
          None yet. Add one to write an objective about it.
        </Text>
      ) : (
        <List>
          {defined.map((b, k) => (
            <List.Item key={b.behaviourId}>
              <Group gap="xs">
                <Text size="sm">{b.label}</Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="#c92a2a"
                  onClick={() => {
                    ed.list('targetBehaviours', without<TargetBehaviourDefinition>(k));
                  }}
                >
                  Remove {b.label}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group align="flex-end">
        <NativeSelect
          label="Behaviour to track"
          data={[...BEHAVIOUR_PRESETS.map((p) => ({ value: p.behaviourId, label: p.label })), { value: 'custom', label: 'Another behaviour…' }]}
          value={choice}
          onChange={(e) => {
            setChoice(e.currentTarget.value);
          }}
        />
        {choice === 'custom' && (
          <TextInput
            label="Name of the behaviour"
            value={custom}
            error={error}
            onChange={(e) => {
              setCustom(e.currentTarget.value);
            }}
          />
        )}
        <Button variant="light" onClick={add}>
          Add target behaviour
        </Button>
      </Group>
      {error && choice !== 'custom' && (
        <Text c="red.9" size="sm">
          {error}
        </Text>
      )}
    </Stack>
  );
}
