import { Button, Group, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** "Save dose change", "Track behaviour" … */
  readonly submitLabel: ReactNode;
  readonly saving: boolean;
  readonly onCancel: () => void;
  /** What the action does when no form around it submits (a plain button then). */
  readonly onAction?: () => void;
  /** A destructive action's colour (e.g. "red.9"). */
  readonly color?: MantineColor;
  readonly disabled?: boolean;
}

/** A dialog's Cancel and its one action, at the end of the row; the action submits the form around it unless `onAction` is given. */
export function ModalActions({ submitLabel, saving, onCancel, onAction, color, disabled }: Props) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type={onAction ? 'button' : 'submit'} onClick={onAction} color={color} loading={saving} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
