import { Button, Group } from '@mantine/core';
import { AskFirstButton } from './AskFirstButton';

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
  return (
    <Group>
      <Button type="submit" loading={saving}>
        {saveLabel}
      </Button>
      <AskFirstButton
        label="Cancel"
        askFirst={isDirty}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onConfirm={() => {
          onCancel();
        }}
      >
        {lostMessage}
      </AskFirstButton>
    </Group>
  );
}
