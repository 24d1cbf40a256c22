import { Alert, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  LEVEL_CODING_LABELS,
  LEVEL_CODING_SCHEMES,
  episodeEventErrors,
  type EpisodeContext,
  type EpisodeEventInput,
  type LevelCodingScheme,
} from '../../../../shared/progress/episodes';
import { LIST_PROPS } from '../../../components/combobox';
import { EpisodeEventError } from '../episode-actions';
import { errorMessage } from '../../../../shared/error-message';
import { ModalActions } from '../../../components/ModalActions';

export interface EpisodeFormValues {
  occurredOn: string;
  levelOfCareCode: string;
  scheme: string;
  code: string;
  reason: string;
  note: string;
}

interface Props {
  readonly type: 'admission' | 'transfer';
  readonly title: string;
  readonly initial: EpisodeFormValues;
  readonly context: EpisodeContext;
  readonly onClose: () => void;
  readonly onSave: (input: EpisodeEventInput) => Promise<void>;
}

const isScheme = (s: string): s is LevelCodingScheme => LEVEL_CODING_SCHEMES.some((x) => x === s);

function inputOf(type: Props['type'], v: EpisodeFormValues): EpisodeEventInput {
  const coding = isScheme(v.scheme) ? { scheme: v.scheme, code: v.code.trim() } : null;
  return { type, occurredOn: v.occurredOn, levelOfCareCode: v.levelOfCareCode, coding, reason: v.reason, note: v.note };
}

/** Field errors of the form, the coding's under the code box. */
function formErrors(errors: ReturnType<typeof episodeEventErrors>): Record<string, string> {
  const { coding, type, ...rest } = errors;
  return { ...rest, ...(coding ? { code: coding } : {}), ...(type ? { levelOfCareCode: type } : {}) };
}

/** Date, level, optional ASAM / LOCUS code and reason of an admission or a transfer; nothing typed is lost on a refusal. */
export function EpisodeEventModal({ type, title, initial, context, onClose, onSave }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<EpisodeFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (v) => formErrors(episodeEventErrors(inputOf(type, v), context)),
  });
  const save = async (values: EpisodeFormValues) => {
    setSaving(true);
    setError(null);
    try {
      await onSave(inputOf(type, values));
    } catch (e) {
      if (e instanceof EpisodeEventError) form.setErrors(formErrors(e.errors));
      else setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  const levels = context.levels.map((l) => ({ value: l.code, label: l.label }));
  const schemes = LEVEL_CODING_SCHEMES.map((s) => ({ value: s, label: LEVEL_CODING_LABELS[s] }));
  return (
    <Modal opened onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          void save(v);
        })}
      >
        <Stack>
          <TextInput
            label={type === 'admission' ? 'Admission date' : 'Transfer date'}
            type="date"
            required
            max={context.today}
            {...form.getInputProps('occurredOn')}
          />
          <Select
            comboboxProps={LIST_PROPS}
            label={type === 'admission' ? 'Level of care' : 'New level of care'}
            data={levels}
            allowDeselect={false}
            required
            {...form.getInputProps('levelOfCareCode')}
          />
          <Group grow align="flex-start">
            <Select
              comboboxProps={LIST_PROPS}
              label="Coding (optional)"
              placeholder="None"
              data={schemes}
              clearable
              {...form.getInputProps('scheme')}
              onChange={(v: string | null) => {
                form.setFieldValue('scheme', v ?? '');
              }}
            />
            <TextInput label="Level code" placeholder="e.g. 2.1" disabled={form.values.scheme === ''} {...form.getInputProps('code')} />
          </Group>
          <TextInput label={type === 'admission' ? 'Reason for admission' : 'Reason for transfer'} {...form.getInputProps('reason')} />
          <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
          {error && (
            <Alert color="red" title="Not saved" role="alert">
              {error} What you typed is still here; try again.
            </Alert>
          )}
          <ModalActions submitLabel={type === 'admission' ? 'Record admission' : 'Record transfer'} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
