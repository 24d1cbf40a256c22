import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { FieldErrors } from '../../../../shared/domain/client';
import { errorMessage } from '../../../../shared/error-message';
import {
  CLINICIAN_OBJECTIVE_STATUSES,
  objectiveStatusErrors,
  type ClinicianObjectiveStatus,
  type ObjectiveStatusInput,
} from '../../../../shared/progress/plans/objective-status';
import { ObjectiveStatusError } from '../objective-status-actions';
import { CLINICIAN_STATUS_LABELS } from '../plan-text';

export type JudgeObjective = (input: ObjectiveStatusInput) => Promise<void>;

const OPTIONS = CLINICIAN_OBJECTIVE_STATUSES.map((s) => ({ value: s, label: CLINICIAN_STATUS_LABELS[s] }));
const isStatus = (v: string | null): v is ClinicianObjectiveStatus => CLINICIAN_OBJECTIVE_STATUSES.some((s) => s === v);

/** "Set status": a clinician's judgement of one objective with its reason; the typing stays when it is refused. */
export function ObjectiveStatusForm({ objectiveId, label, judge }: { readonly objectiveId: string; readonly label: string; readonly judge: JudgeObjective }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ClinicianObjectiveStatus | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const input = { objectiveId, status, reason };
    const found = objectiveStatusErrors(input, [objectiveId]);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await judge(input);
      setOpen(false);
      setStatus('');
      setReason('');
    } catch (e) {
      if (e instanceof ObjectiveStatusError) setErrors(e.errors);
      else setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  if (!open)
    return (
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        onClick={() => {
          setOpen(true);
        }}
        aria-label={`Set the status of ${label}`}
      >
        Set status
      </Button>
    );
  return (
    <Stack gap="xs" role="group" aria-label={`Clinician’s judgement of ${label}`}>
      <Select
        label="Status (clinician’s judgement)"
        withAsterisk
        data={OPTIONS}
        value={status || null}
        error={errors.status}
        onChange={(v) => {
          setStatus(isStatus(v) ? v : '');
        }}
      />
      <Textarea
        label="Reason"
        withAsterisk
        autosize
        minRows={2}
        value={reason}
        error={errors.reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
        }}
      />
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          loading={busy}
          onClick={() => {
            void save();
          }}
        >
          Record status
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            setOpen(false);
          }}
        >
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
