import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SAFETY_EVENT_TYPES, safetyEventErrors, type SafetyEventDraft } from '../../../../shared/progress/safety-plans';
import { LIST_PROPS } from '../../../components/combobox';
import { SaveError, useSaving } from '../../../components/SaveError';

interface Props {
  readonly today: string;
  /** The client's admission date: an event before it is refused at the field. */
  readonly admissionDate: string;
  readonly onClose: () => void;
  readonly onSave: (draft: SafetyEventDraft) => Promise<void>;
}

const TYPE_OPTIONS = Object.entries(SAFETY_EVENT_TYPES).map(([value, t]) => ({ value, label: t.label }));

/** Records a safety event the client reported in session: what happened, the day, and a note (sealed, never audited). */
export function RecordSafetyEventModal({ today, admissionDate, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const form = useForm<{ on: string; type: string; note: string }>({
    mode: 'controlled',
    initialValues: { on: today, type: '', note: '' },
    validate: (v) => safetyEventErrors(v, today, admissionDate),
    validateInputOnBlur: ['on'],
  });
  return (
    <Modal opened onClose={onClose} title="Record a safety event" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate aria-label="Record a safety event" onSubmit={form.onSubmit((v) => void run(() => onSave(v)))}>
        <Stack>
          <Select
            comboboxProps={LIST_PROPS}
            label="What happened"
            required
            data={TYPE_OPTIONS}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('type')}
          />
          <TextInput label="Day it happened" type="date" required min={admissionDate} max={today} {...form.getInputProps('on')} />
          <Textarea
            label="Note"
            description="What the client told you. Kept sealed; not written to the audit trail."
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <SaveError error={error} what="The safety event" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Record safety event
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
