import { Group, Modal, Radio, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { INTERFERENCE_LEVELS, SEVERITY_LABELS, SIDE_EFFECTS, validateSideEffect, type SideEffectInput } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { LIST_PROPS } from '../../../components/combobox';
import { SaveError, useSaving } from '../../../components/SaveError';
import { ModalActions } from '../../../components/ModalActions';

interface Props {
  readonly medications: readonly Medication[];
  readonly today: string;
  readonly onClose: () => void;
  readonly onSave: (input: SideEffectInput, note: string) => Promise<void>;
}

interface Values {
  effect: string;
  otherText: string;
  severity: string;
  interference: string;
  medicationId: string;
  occurredOn: string;
  note: string;
}

const UNKNOWN = 'unknown';
const toInput = (v: Values) => ({
  ...v,
  severity: v.severity === '' ? undefined : Number(v.severity),
  medicationId: v.medicationId === UNKNOWN ? '' : v.medicationId,
});

/** A side effect: which (standard list or free text), severity 0–3, interference with daily life, linked medication, date. */
export function SideEffectModal({ medications, today, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { effect: '', otherText: '', severity: '', interference: '', medicationId: UNKNOWN, occurredOn: today, note: '' },
    validate: (v) => {
      const r = validateSideEffect(toInput(v), today);
      return r.ok ? {} : { ...r.errors };
    },
  });
  const meds = [{ value: UNKNOWN, label: 'Not known' }, ...medications.map((m) => ({ value: m.id, label: m.name }))];
  return (
    <Modal opened onClose={onClose} title="Record side effect" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        aria-label="Record side effect"
        onSubmit={form.onSubmit((v) => {
          const r = validateSideEffect(toInput(v), today);
          if (r.ok) void run(() => onSave(r.value, v.note.trim()));
        })}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <Select
              comboboxProps={LIST_PROPS}
              label="Side effect"
              required
              searchable
              data={SIDE_EFFECTS.map((e) => ({ value: e.id, label: e.label }))}
              data-autofocus
              {...form.getInputProps('effect')}
            />
            {form.getValues().effect === 'other' && <TextInput label="Describe the side effect" required {...form.getInputProps('otherText')} />}
            <Select comboboxProps={LIST_PROPS} label="Linked medication" data={meds} allowDeselect={false} {...form.getInputProps('medicationId')} />
            <TextInput label="Date" type="date" required max={today} {...form.getInputProps('occurredOn')} />
          </SimpleGrid>
          <Radio.Group label="Severity" required {...form.getInputProps('severity')}>
            <Group mt="xs">
              {SEVERITY_LABELS.map((label, i) => (
                <Radio key={label} value={String(i)} label={`${String(i)} ${label}`} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group label="Interference with daily life" required {...form.getInputProps('interference')}>
            <Group mt="xs">
              {INTERFERENCE_LEVELS.map((l) => (
                <Radio key={l.id} value={l.id} label={l.label} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
          <SaveError error={error} what="The side effect" />
          <ModalActions submitLabel="Save side effect" saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
