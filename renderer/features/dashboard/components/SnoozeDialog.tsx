import { Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { snoozeProblems, type CaseloadAlert } from '../../../../shared/progress/alerts';
import { ALERT_LABELS } from '../alert-labels';
import { errorMessage } from '../../../../shared/error-message';
import { ModalActions } from '../../../components/ModalActions';
import { FormProblem } from '../../../components/FormProblem';

interface Props {
  readonly alert: CaseloadAlert;
  readonly onClose: () => void;
  readonly onSnooze: (days: number, reason: string) => Promise<void>;
}

/** Puts one alert off for 1–7 days; the reason is required. What was typed stays if the save fails. */
export function SnoozeDialog({ alert, onClose, onSnooze }: Props) {
  const [days, setDays] = useState<number | string>(1);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const found = snoozeProblems({ alertId: alert.id, days: Number(days), reason });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await onSnooze(Number(days), reason);
      onClose();
    } catch (e) {
      setFailure(`The snooze was not saved (${errorMessage(e)}). Try again.`);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Snooze “${ALERT_LABELS[alert.id]}” for ${alert.clientName}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{alert.detail}</Text>
          <NumberInput label="Snooze for (days)" description="1 to 7 days" min={1} max={7} value={days} onChange={setDays} error={problems.days} required />
          <Textarea
            label="Reason"
            description="Why this can wait; kept with the snooze"
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
            error={problems.reason}
            required
            autosize
            minRows={2}
          />
          <FormProblem problem={failure} />
          <ModalActions submitLabel="Snooze" saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
