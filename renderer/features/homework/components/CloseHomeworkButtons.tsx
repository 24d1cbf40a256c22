import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { HomeworkAssignment } from '../../../../shared/progress/plans/types';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notify } from '../../../components/notify';
import { useHomeworkActions } from '../useHomeworkActions';
import { errorMessage } from '../../../../shared/error-message';

const QUESTION = {
  excused: {
    title: 'Excuse this homework?',
    label: 'Excuse homework',
    text: 'Excused homework no longer counts toward the completion %. Its reviews so far are kept.',
  },
  cancelled: {
    title: 'Cancel this homework?',
    label: 'Cancel homework',
    text: 'Cancelled homework is no longer expected and no longer counts toward the completion %. Its reviews so far are kept.',
  },
} as const;

/** Excuse or cancel an open assignment, each behind a confirmation (progress.md §2: the clinician may set excused). */
export function CloseHomeworkButtons({ assignment }: { assignment: HomeworkAssignment }) {
  const actions = useHomeworkActions(assignment.clientId);
  const [asking, setAsking] = useState<'excused' | 'cancelled' | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      await actions.close(assignment, asking);
      notify(`“${assignment.title}” ${asking}.`);
      setAsking(null);
    } catch (error) {
      notify(`“${assignment.title}” was not changed: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const q = asking ? QUESTION[asking] : null;
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="default"
        aria-label={`Excuse ${assignment.title}`}
        onClick={() => {
          setAsking('excused');
        }}
      >
        Excuse
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        aria-label={`Cancel ${assignment.title}`}
        onClick={() => {
          setAsking('cancelled');
        }}
      >
        Cancel
      </Button>
      <ConfirmModal
        opened={q !== null}
        title={q?.title ?? ''}
        confirmLabel={q?.label ?? ''}
        cancelLabel="Keep it"
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setAsking(null);
        }}
      >
        {q?.text ?? ''}
      </ConfirmModal>
    </Group>
  );
}
