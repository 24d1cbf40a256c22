import { Autocomplete, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { STOP_REASONS, validateStop, type StopInput } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { LIST_PROPS } from '../../../components/combobox';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { SaveError, useSaving } from '../../../components/SaveError';
import { ModalActions } from '../../../components/ModalActions';

interface Props {
  readonly med: Medication;
  /** Names this form for the typing kept across a lock. */
  readonly stashKey: string;
  readonly today: string;
  readonly onClose: () => void;
  readonly onSave: (input: StopInput) => Promise<void>;
}

/** Stopping a medication: date (not before its start) and reason; the record is kept, marked stopped. */
export function StopModal({ med, stashKey, today, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const [initialValues] = useState<StopInput>(() => ({ stoppedOn: today, reason: '' }));
  const form = useForm<StopInput>({
    mode: 'controlled',
    initialValues,
    validate: (v) => {
      const r = validateStop(v, med.startedOn, today);
      return r.ok ? {} : { ...r.errors };
    },
  });
  const restored = useFormStash(stashKey, { values: form.getValues(), initial: initialValues, setValues: form.setValues });
  const title = `Stop ${med.name}`;
  return (
    <Modal opened onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit((v) => {
          const r = validateStop(v, med.startedOn, today);
          if (r.ok) void run(() => onSave(r.value));
        })}
      >
        <Stack>
          <RestoredTypingNotice restored={restored} />
          <TextInput label="Stop date" type="date" required min={med.startedOn} max={today} data-autofocus {...form.getInputProps('stoppedOn')} />
          <Autocomplete comboboxProps={LIST_PROPS} label="Reason for stopping" required data={[...STOP_REASONS]} {...form.getInputProps('reason')} />
          <SaveError error={error} what="The stop" />
          <ModalActions submitLabel="Stop medication" saving={saving} color="red.9" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
