import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import type { PlanActions } from '../usePlanActions';
import { errorMessage } from '../../../../shared/error-message';

/** Discards an unsigned revision: kept in the record as entered in error with the reason; the active version stays. */
export function DiscardRevision({ version, actions }: { readonly version: TreatmentPlanVersion; readonly actions: PlanActions }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const discard = async () => {
    if (!reason.trim()) {
      setError('Say why this revision is discarded.');
      return;
    }
    setBusy(true);
    try {
      await actions.discard(version.versionId, reason.trim());
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          setOpen(true);
        }}
      >
        Discard this revision
      </Button>
      <Modal
        opened={open}
        onClose={() => {
          setOpen(false);
        }}
        title={`Discard version ${String(version.version)}?`}
        centered
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack>
          <Alert color="yellow">The revision is kept in the record, marked entered in error; the active version stays in force.</Alert>
          <Textarea
            label="Why it is discarded"
            withAsterisk
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setOpen(false);
              }}
            >
              Cancel
            </Button>
            <Button
              color="#c92a2a"
              loading={busy}
              onClick={() => {
                void discard();
              }}
            >
              Discard revision
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
