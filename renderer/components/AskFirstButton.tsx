import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ConfirmModal } from './ConfirmModal';

interface Props {
  readonly label: string;
  readonly color?: string;
  /** Whether the action would lose something, so the question comes first; otherwise it runs at once. */
  readonly askFirst: () => boolean;
  /** The question: its title, its buttons and (children) what is lost. */
  readonly title: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly children: ReactNode;
  /** The action is running: the question's button spins, or this button's when nothing was asked. */
  readonly busy?: boolean;
  /** Runs the action; `close` puts the question away (when the action failed and the screen stays). */
  readonly onConfirm: (close: () => void) => void;
}

/** A button for a destructive action (discarding typed text) that asks first when there is something to lose. */
export function AskFirstButton({ label, color, askFirst, title, confirmLabel, cancelLabel, children, busy, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const close = () => {
    setAsking(false);
  };
  return (
    <>
      <Button
        variant="default"
        color={color}
        loading={busy && !asking}
        onClick={() => {
          if (askFirst()) setAsking(true);
          else onConfirm(close);
        }}
      >
        {label}
      </Button>
      <ConfirmModal
        opened={asking}
        title={title}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        color="red"
        busy={busy}
        onConfirm={() => {
          onConfirm(close);
        }}
        onCancel={close}
      >
        {children}
      </ConfirmModal>
    </>
  );
}
