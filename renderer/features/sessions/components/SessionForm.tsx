import { Alert, MultiSelect, NativeSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  MODALITY_LABELS,
  SESSION_KIND_LABELS,
  SESSION_STATUS_LABELS,
  validateSessionForm,
  type SessionFormInput,
  type SessionFormValues,
} from '../../../../shared/domain/sessions';
import { SaveCancelButtons } from '../../../components/SaveCancelButtons';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { LIST_PROPS } from '../../../components/combobox';
import { FamilyAttendeesFieldset } from './FamilyAttendeesFieldset';
import { errorMessage } from '../../../../shared/error-message';
import { ArrivedVersionNotice } from '../../../components/ArrivedVersionNotice';
import type { FormArrival } from '../../../drafts/form-arrival';
import { useReportFormState, type FormStateReport } from '../../../drafts/useFollowArrivals';

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface Props {
  readonly title: string;
  /** Names this form for the typing kept across a lock: 'session:new' or 'session:edit:<id>'. */
  readonly stashKey: string;
  readonly initialValues: SessionFormValues;
  readonly clinicians: readonly Option[];
  readonly clients: readonly Option[];
  readonly groups: readonly Option[];
  /** Saves; a rejection is shown and the form keeps everything typed. */
  readonly onSave: (input: SessionFormInput) => Promise<void>;
  readonly onCancel: () => void;
  /** Editing a stored session: a version of it that arrived from another laptop (useFollowArrivals). */
  readonly arrival?: FormArrival;
  readonly onStateChange?: FormStateReport;
}

const options = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  });
}

/** New and edit session form: kind, time, modality, clinicians, client or group, family attendees. */
export function SessionForm({ title, stashKey, initialValues, clinicians, clients, groups, onSave, onCancel, arrival = 'none', onStateChange }: Props) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<SessionFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const r = validateSessionForm(values, new Date());
      return r.ok ? {} : { ...r.errors };
    },
  });
  const restored = useFormStash(stashKey, { values: form.getValues(), initial: initialValues, setValues: form.setValues });
  useReportFormState(onStateChange, form.isDirty(), saving);
  const kind = form.values.kind;

  const submit = form.onSubmit((values) => {
    const r = validateSessionForm(values, new Date());
    if (!r.ok) return;
    setSaving(true);
    setSaveError(null);
    onSave(r.value).catch((e: unknown) => {
      setSaveError(errorMessage(e));
      setSaving(false);
    });
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={880}>
        <Title order={1}>{title}</Title>
        <RestoredTypingNotice restored={restored} />
        <ArrivedVersionNotice arrival={arrival} />
        {saveError && (
          <Alert color="red" role="alert" title="The session was not saved">
            {saveError} Everything you entered is still here; try again.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label="Kind of session" data={options(SESSION_KIND_LABELS)} required {...form.getInputProps('kind')} />
          <NativeSelect label="Status" data={options(SESSION_STATUS_LABELS)} {...form.getInputProps('status')} />
          <TextInput label="Date" type="date" required {...form.getInputProps('date')} />
          <TextInput label="Start time" type="time" required {...form.getInputProps('time')} />
          <NumberInput label="Duration (minutes)" min={5} max={480} step={5} required clampBehavior="none" {...form.getInputProps('durationMinutes')} />
          <NativeSelect label="Modality" data={options(MODALITY_LABELS)} required {...form.getInputProps('modality')} />
          <MultiSelect
            comboboxProps={LIST_PROPS}
            label="Clinicians"
            description="The first one leads the session"
            data={[...clinicians]}
            required
            searchable
            {...form.getInputProps('clinicianIds')}
          />
          {kind === 'group' ? (
            <Select
              comboboxProps={LIST_PROPS}
              label="Group"
              data={[...groups]}
              required
              searchable
              nothingFoundMessage="No group has that name"
              {...form.getInputProps('groupId')}
            />
          ) : (
            <Select
              comboboxProps={LIST_PROPS}
              label="Client"
              data={[...clients]}
              required
              searchable
              nothingFoundMessage="No client has that name"
              {...form.getInputProps('clientId')}
            />
          )}
          <TextInput label="Topic" description="Optional, e.g. the skill taught" {...form.getInputProps('title')} />
        </SimpleGrid>
        {kind === 'family' && <FamilyAttendeesFieldset form={form} />}
        <SaveCancelButtons
          saveLabel="Save session"
          saving={saving}
          isDirty={form.isDirty}
          onCancel={onCancel}
          lostMessage="The changes to this session have not been saved."
        />
      </Stack>
    </form>
  );
}
