import { ConfirmModal } from '../../../components/ConfirmModal';

interface Props<T> {
  /** The save waiting on the answer; the question shows while there is one. */
  readonly held: T | null;
  /** Cancel: drops the held save; nothing is saved and what was entered stays. */
  readonly release: (none: null) => void;
  readonly confirmLabel: string;
  /** Saves the held check-in(s) anyway, beside the day's first. */
  readonly onConfirm: (held: T) => Promise<void>;
  /** Who already checked in that day, and what saving does. */
  readonly children: string;
}

/** The question before a save adds a second check-in for a day that already has one. */
export function AlreadyCheckedInModal<T>({ held, release, confirmLabel, onConfirm, children }: Props<T>) {
  return (
    <ConfirmModal
      opened={held !== null}
      title="Already checked in that day"
      confirmLabel={confirmLabel}
      onConfirm={() => {
        if (held !== null) void onConfirm(held);
      }}
      onCancel={() => {
        release(null);
      }}
    >
      {children}
    </ConfirmModal>
  );
}
