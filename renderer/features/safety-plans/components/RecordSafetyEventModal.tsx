import { Checkbox, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SAFETY_EVENT_TYPES, safetyEventErrors, type SafetyEventDraft } from '../../../../shared/progress/safety-plans';
import { LIST_PROPS } from '../../../components/combobox';
import { SaveError, useSaving } from '../../../components/SaveError';
import { ModalActions } from '../../../components/ModalActions';

/** What a correction adds to the fields: why, and whether the event was entered in error (then its fields are not used). */
export interface SafetyEventCorrectionDraft {
  readonly reason: string;
  readonly enteredInError: boolean;
}

interface Props {
  readonly today: string;
  /** The client's admission date: an event before it is refused at the field. */
  readonly admissionDate: string;
  /** The fields as the dialog opens (e.g. the day of the alert it is recorded from, or the event being corrected). */
  readonly initial?: Partial<SafetyEventDraft>;
  /** Set when correcting a recorded event: the dialog asks why, and offers "entered in error". */
  readonly correcting?: boolean;
  readonly onClose: () => void;
  readonly onSave: (draft: SafetyEventDraft, correction: SafetyEventCorrectionDraft) => Promise<void>;
}

type Values = SafetyEventDraft & SafetyEventCorrectionDraft;

const TYPE_OPTIONS = Object.entries(SAFETY_EVENT_TYPES).map(([value, t]) => ({ value, label: t.label }));

function errorsOf(v: Values, today: string, admissionDate: string, correcting: boolean) {
  const reason = correcting && v.reason.trim() === '' ? { reason: 'Say why this safety event is corrected.' } : {};
  return { ...(v.enteredInError ? {} : safetyEventErrors(v, today, admissionDate)), ...reason };
}

/** Records a safety event the client reported in session (what happened, the day, a note sealed and never audited), or corrects one. */
export function RecordSafetyEventModal({ today, admissionDate, initial, correcting = false, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { on: today, type: '', note: '', ...initial, reason: '', enteredInError: false },
    validate: (v) => errorsOf(v, today, admissionDate, correcting),
    validateInputOnBlur: ['on'],
  });
  const title = correcting ? 'Correct a safety event' : 'Record a safety event';
  const withdrawn = form.getValues().enteredInError;
  const save = ({ reason, enteredInError, ...draft }: Values) => void run(() => onSave(draft, { reason, enteredInError }));
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate aria-label={title} onSubmit={form.onSubmit(save)}>
        <Stack>
          {correcting && (
            <Checkbox
              label="Entered in error: this event did not happen (it will no longer count)"
              {...form.getInputProps('enteredInError', { type: 'checkbox' })}
            />
          )}
          <Select
            comboboxProps={LIST_PROPS}
            label="What happened"
            required
            disabled={withdrawn}
            data={TYPE_OPTIONS}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('type')}
          />
          <TextInput label="Day it happened" type="date" required disabled={withdrawn} min={admissionDate} max={today} {...form.getInputProps('on')} />
          <Textarea
            label="Note"
            description="What the client told you. Kept sealed; not written to the audit trail."
            autosize
            minRows={2}
            disabled={withdrawn}
            {...form.getInputProps('note')}
          />
          {correcting && (
            <Textarea
              label="Reason for the correction"
              description="Kept with the record (sealed); the earlier entry stays readable."
              required
              autosize
              {...form.getInputProps('reason')}
            />
          )}
          <SaveError error={error} what="The safety event" />
          <ModalActions submitLabel={correcting ? 'Save correction' : 'Record safety event'} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
