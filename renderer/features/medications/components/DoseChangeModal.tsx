import { Button, Group, Modal, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { doseLabel, validateDoseChange, type DoseChangeInput } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { SaveError, useSaving } from './SaveError';

interface Props {
  readonly med: Medication;
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
export function DoseChangeModal({ med, today, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { toDose: '', changedOn: today, reason: '' },
    validate: (v) => {
      const r = validateDoseChange(parse(v), med, today);
      return r.ok ? {} : { ...r.errors };
    },
  });
  const title = `Change dose of ${med.name}`;
  return (
    <Modal opened onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate aria-label={title} onSubmit={form.onSubmit((v) => {
        const r = validateDoseChange(parse(v), med, today);
        if (r.ok) void run(() => onSave(r.value));
      })}>
        <Stack>
          <Text>Current dose: {doseLabel(med.dose, med.doseUnit)}</Text>
          <NumberInput label={`New dose (${med.doseUnit})`} required min={0} clampBehavior="none" data-autofocus {...form.getInputProps('toDose')} />
          <TextInput label="Date of the change" type="date" required min={med.startedOn} max={today} {...form.getInputProps('changedOn')} />
          <Textarea label="Reason for the change" required autosize minRows={2} {...form.getInputProps('reason')} />
          <SaveError error={error} what="The dose change" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={saving}>Save dose change</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
