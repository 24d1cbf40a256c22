import { Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import { parseWeeklyTotal } from '../../../../shared/progress/plans/checkin-counts';
import type { TargetBehaviourEntry } from '../../../../shared/progress/plans/types';
import { SaveError, useSaving } from '../../../components/SaveError';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { ModalActions } from '../../../components/ModalActions';

interface Values {
  readonly weekEnd: string;
  readonly total: string;
  readonly intensity: string;
}

interface Props {
  readonly behaviour: TrackedBehaviour;
  readonly clientId: string;
  readonly today: string;
  readonly onClose: () => void;
  readonly onSave: (entries: readonly TargetBehaviourEntry[]) => Promise<unknown>;
}

/** One total for the seven days ending on a chosen day (as a check-in records it); blank is unknown, never zero. */
export function WeekTotalForm({ behaviour, clientId, today, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const [initialValues] = useState<Values>(() => ({ weekEnd: today, total: '', intensity: '' }));
  const form = useForm<Values>({ mode: 'controlled', initialValues });
  const restored = useFormStash(`behaviour-week:${clientId}:${behaviour.behaviourId}`, {
    values: form.getValues(),
    initial: initialValues,
    setValues: form.setValues,
  });
  const submit = (v: Values) => {
    const parsed = parseWeeklyTotal(behaviour, v.weekEnd, { value: v.total, intensity: v.intensity }, today, {
      reporter: 'clinician',
      enteredAt: new Date().toISOString(),
    });
    if (!parsed.ok) {
      form.setErrors(parsed.errors);
      return;
    }
    void run(async () => {
      await onSave([parsed.value]);
      onClose();
    });
  };
  const what = behaviour.valueType === 'yes_no' ? 'Days it happened in the week (0–7)' : 'Total for the week';
  return (
    <form noValidate aria-label={`Record a week’s total of ${behaviour.label.toLowerCase()}`} onSubmit={form.onSubmit(submit)}>
      <Stack>
        <RestoredTypingNotice restored={restored} />
        <TextInput label="Last day of the week" type="date" max={today} required {...form.getInputProps('weekEnd')} />
        <Text size="sm">
          The total covers the seven days up to and including that day. Leave it blank when you do not know it: nothing is saved, the week stays unknown.
        </Text>
        <TextInput label={what} inputMode="numeric" required data-autofocus {...form.getInputProps('total')} />
        {behaviour.withIntensity && <TextInput label="Strongest intensity in the week 0–10" inputMode="numeric" {...form.getInputProps('intensity')} />}
        <SaveError error={error} what="The week’s total" />
        <ModalActions submitLabel="Save week’s total" saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}
