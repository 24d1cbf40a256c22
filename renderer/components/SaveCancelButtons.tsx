import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from './ConfirmModal';

interface Props {
  /** "Save client", "Save session" … */
  readonly saveLabel: string;
  readonly saving?: boolean;
  /** Whether the form holds changes a Cancel would lose. */
  readonly isDirty: () => boolean;
  readonly onCancel: () => void;
  /** What the discard question says is lost. */
  readonly lostMessage: string;
}

/** A form's submit button and a Cancel that asks before it throws typed changes away. */
export function SaveCancelButtons({ saveLabel, saving, isDirty, onCancel, lostMessage }: Props) {
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  return (
    <Group>
      <Button type="submit" loading={saving}>
        {saveLabel}
      </Button>
      <Button
        variant="default"
        onClick={() => {
          if (isDirty()) setConfirmingDiscard(true);
          else onCancel();
        }}
      >
        Cancel
      </Button>
      <ConfirmModal
        opened={confirmingDiscard}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        color="red"
        onConfirm={onCancel}
        onCancel={() => {
          setConfirmingDiscard(false);
        }}
      >
        {lostMessage}
      </ConfirmModal>
    </Group>
  );
}
