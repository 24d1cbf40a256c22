import { Modal, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { doseLabel, validateDoseChange, type DoseChangeInput } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { SaveError, useSaving } from '../../../components/SaveError';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { ModalActions } from '../../../components/ModalActions';

interface Props {
  readonly med: Medication;
  /** Names this form for the typing kept across a lock. */
  readonly stashKey: string;
  readonly today: string;
  readonly onClose: () => void;
  readonly onSave: (input: DoseChangeInput) => Promise<void>;
}

interface Values {
  toDose: number | string;
  changedOn: string;
  reason: string;
}

const parse = (v: Values) => ({ ...v, toDose: typeof v.toDose === 'number' ? v.toDose : v.toDose.trim() === '' ? undefined : Number(v.toDose) });

/** A dose change: new dose, date and reason; saved as an event (old → new), the old dose stays in the history. */
export function DoseChangeModal({ med, stashKey, today, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const [initialValues] = useState<Values>(() => ({ toDose: '', changedOn: today, reason: '' }));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: (v) => {
      const r = validateDoseChange(parse(v), med, today);
      return r.ok ? {} : { ...r.errors };
    },
  });
  const restored = useFormStash(stashKey, { values: form.getValues(), initial: initialValues, setValues: form.setValues });
  const title = `Change dose of ${med.name}`;
  return (
    <Modal opened onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit((v) => {
          const r = validateDoseChange(parse(v), med, today);
          if (r.ok) void run(() => onSave(r.value));
        })}
      >
        <Stack>
          <RestoredTypingNotice restored={restored} />
          <Text>Current dose: {doseLabel(med.dose, med.doseUnit)}</Text>
          <NumberInput label={`New dose (${med.doseUnit})`} required min={0} clampBehavior="none" data-autofocus {...form.getInputProps('toDose')} />
          <TextInput label="Date of the change" type="date" required min={med.startedOn} max={today} {...form.getInputProps('changedOn')} />
          <Textarea label="Reason for the change" required autosize minRows={2} {...form.getInputProps('reason')} />
          <SaveError error={error} what="The dose change" />
          <ModalActions submitLabel="Save dose change" saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
