import { Alert, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DOSE_UNITS, MEDICATION_ROUTES, type MedicationInput } from '../../../../shared/domain/medications';
import { LIST_PROPS } from '../../../components/combobox';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { validateMedicationForm, type MedicationFormValues } from '../medication-form';
import { useSubmit } from '../../../components/useSubmit';
import { ArrivedVersionNotice } from '../../../components/ArrivedVersionNotice';
import type { FormArrival } from '../../../drafts/form-arrival';
import { useReportFormState, type FormStateReport } from '../../../drafts/useFollowArrivals';
import { ModalActions } from '../../../components/ModalActions';

interface Props {
  readonly title: string;
  /** Names this form for the typing kept across a lock. */
  readonly stashKey: string;
  readonly initial: MedicationFormValues;
  readonly today: string;
  /** Editing: the dose is read-only here (it changes only through “Change dose”). */
  readonly doseLocked: boolean;
  readonly onClose: () => void;
  readonly onSave: (input: MedicationInput) => Promise<void>;
  /** Editing a stored medication: a version of it that arrived from another laptop (useFollowArrivals). */
  readonly arrival?: FormArrival;
  readonly onStateChange?: FormStateReport;
}

/** Add or edit a medication: name, strength, dose, route, schedule, prescriber, indication and start date. */
export function MedicationFormModal({ title, stashKey, initial, today, doseLocked, onClose, onSave, arrival = 'none', onStateChange }: Props) {
  const submit = useSubmit(onSave);
  const form = useForm<MedicationFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const r = validateMedicationForm(values, today);
      return r.ok ? {} : { ...r.errors };
    },
  });
  const restored = useFormStash(stashKey, { values: form.getValues(), initial, setValues: form.setValues });
  useReportFormState(onStateChange, form.isDirty(), submit.pending);
  const save = async (values: MedicationFormValues) => {
    const r = validateMedicationForm(values, today);
    if (!r.ok) return;
    await submit.run(r.value);
  };
  const asNeeded = form.getValues().asNeeded;
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit((v) => {
          void save(v);
        })}
      >
        <Stack>
          <RestoredTypingNotice restored={restored} />
          <ArrivedVersionNotice arrival={arrival} />
          <SimpleGrid cols={2}>
            <TextInput label="Medication name" required data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Strength" placeholder="e.g. 50 mg tablet" {...form.getInputProps('strength')} />
            <NumberInput
              label="Dose"
              required
              min={0}
              clampBehavior="none"
              disabled={doseLocked}
              description={doseLocked ? 'Use “Change dose” so the change is kept in the history.' : undefined}
              {...form.getInputProps('dose')}
            />
            <Select
              comboboxProps={LIST_PROPS}
              label="Dose unit"
              required
              data={[...DOSE_UNITS]}
              allowDeselect={false}
              disabled={doseLocked}
              {...form.getInputProps('doseUnit')}
            />
            <Select comboboxProps={LIST_PROPS} label="Route" required data={[...MEDICATION_ROUTES]} allowDeselect={false} {...form.getInputProps('route')} />
            <TextInput label="Start date" type="date" required max={today} {...form.getInputProps('startedOn')} />
          </SimpleGrid>
          <Switch label="As needed (PRN)" {...form.getInputProps('asNeeded', { type: 'checkbox' })} />
          <SimpleGrid cols={2}>
            <NumberInput
              label={asNeeded ? 'At most times per day (0 = no limit)' : 'Times per day'}
              min={0}
              max={12}
              clampBehavior="none"
              {...form.getInputProps('timesPerDay')}
            />
            <TextInput
              label="Times of day"
              placeholder={asNeeded ? 'none for as needed' : 'e.g. 08:00, 20:00'}
              description="HH:MM, one per dose, or leave empty"
              disabled={asNeeded}
              {...form.getInputProps('times')}
            />
            <TextInput label="Prescriber" {...form.getInputProps('prescriber')} />
            <TextInput label="Indication" placeholder="e.g. Depression" {...form.getInputProps('indication')} />
          </SimpleGrid>
          {submit.error && (
            <Alert color="red" title="The medication was not saved" role="alert">
              {submit.error} What you typed is still here; try again.
            </Alert>
          )}
          <ModalActions submitLabel="Save medication" saving={submit.pending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
