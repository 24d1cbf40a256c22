import { Alert, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { validateClientInput, type ClientInput } from '../../../../shared/domain/client';
import { SaveCancelButtons } from '../../../components/SaveCancelButtons';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { useReportFormState, type FormStateReport } from '../../../drafts/useFollowArrivals';
import { formToInput, type ClientFormValues, type ClinicianOption } from '../client-form';
import { ClientFormFields } from './ClientFormFields';
import { ContactsFieldset } from './ContactsFieldset';
import { errorMessage } from '../../../../shared/error-message';

interface Props {
  readonly title: string;
  /** Names this form for the typing kept across a lock: 'client:new' or 'client:edit:<id>'. */
  readonly stashKey: string;
  readonly initialValues: ClientFormValues;
  readonly clinicians: readonly ClinicianOption[];
  readonly today: string;
  /** Saves; a rejection is shown and the form keeps everything typed. */
  readonly onSave: (input: ClientInput) => Promise<void>;
  readonly onCancel: () => void;
  /** Told after every render whether the form holds unsaved changes and saves (useFollowArrivals). */
  readonly onStateChange?: FormStateReport;
}

function focusFirstInvalid(): void {
  // After React has rendered the errors.
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  });
}

/** The client form (new and edit): validation on the fields, save errors in an alert, no silent discard. */
export function ClientForm({ title, stashKey, initialValues, clinicians, today, onSave, onCancel, onStateChange }: Props) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<ClientFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const result = validateClientInput(formToInput(values), today);
      return result.ok ? {} : { ...result.errors };
    },
  });
  const restored = useFormStash(stashKey, { values: form.getValues(), initial: initialValues, setValues: form.setValues });
  useReportFormState(onStateChange, form.isDirty(), saving);

  const save = async (values: ClientFormValues) => {
    const result = validateClientInput(formToInput(values), today);
    if (!result.ok) return;
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(result.value);
    } catch (e) {
      setSaveError(errorMessage(e));
      setSaving(false);
    }
  };

  const submit = form.onSubmit((values) => {
    void save(values);
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={880}>
        <Title order={1}>{title}</Title>
        <RestoredTypingNotice restored={restored} />
        <ClientFormFields form={form} clinicians={clinicians} today={today} />
        <ContactsFieldset form={form} />
        {saveError && (
          <Alert color="red" title="The client was not saved" role="alert">
            {saveError} Everything you typed is still here: check it and choose Save client again. If saving keeps failing, copy what you need before locking
            Waypoint.
          </Alert>
        )}
        <SaveCancelButtons
          saveLabel="Save client"
          saving={saving}
          isDirty={form.isDirty}
          onCancel={onCancel}
          lostMessage="What you typed on this form has not been saved and will be lost."
        />
      </Stack>
    </form>
  );
}
