import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ConfirmModal } from '../../../components/ConfirmModal';

interface Props {
  /** "Problem 1", "Goal 1.2", "Objective 1.2.1": the group's accessible name. */
  readonly legend: string;
  /** Message at the item itself (e.g. "Add at least one goal"), from the validation. */
  readonly error?: string;
  readonly onRemove?: () => void;
  readonly children: ReactNode;
}

/** One problem, goal, objective or intervention of the editor: a named group, its fields, and a confirmed remove. */
export function PlanItem({ legend, error, onRemove, children }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Fieldset legend={legend} aria-label={legend}>
      <Stack gap="sm">
        {children}
        {error && (
          <Text c="red.9" size="sm">
            {error}
          </Text>
        )}
        {onRemove && (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              color="#c92a2a"
              size="xs"
              onClick={() => {
                setConfirming(true);
              }}
            >
              Remove {legend.toLowerCase()}
            </Button>
          </Group>
        )}
      </Stack>
      {onRemove && (
        <ConfirmModal
          opened={confirming}
          title={`Remove ${legend.toLowerCase()}?`}
          confirmLabel="Remove"
          color="red"
          onCancel={() => {
            setConfirming(false);
          }}
          onConfirm={() => {
            setConfirming(false);
            onRemove();
          }}
        >
          {`Everything written in ${legend.toLowerCase()} (and under it) is taken out of this draft.`}
        </ConfirmModal>
      )}
    </Fieldset>
  );
}
