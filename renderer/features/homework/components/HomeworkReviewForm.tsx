import { Button, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { parseHomeworkReview, type HomeworkReviewValues } from '../../../../shared/progress/plans/homework-form';
import type { HomeworkAssignment, HomeworkCompletion } from '../../../../shared/progress/plans/types';
import { LIST_PROPS } from '../../../components/combobox';
import { SaveError, useSaving } from '../../../components/SaveError';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import type { HomeworkReview } from '../homework-actions';
import { BARRIER_LABELS, QUALITY_LABELS, optionsOf } from '../homework-labels';

interface Props {
  readonly assignment: HomeworkAssignment;
  readonly completions: readonly HomeworkCompletion[];
  readonly sessionId: string | null;
  readonly today: string;
  readonly onSave: (review: HomeworkReview) => Promise<unknown>;
}

const QUALITY_OPTIONS = QUALITY_LABELS.map((label, i) => ({ value: String(i), label }));

/** A clinician's review of one assignment: done or not, how many times, quality and barrier; saved as a completion entry. */
export function HomeworkReviewForm({ assignment, completions, sessionId, today, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const [initialValues] = useState<HomeworkReviewValues>({ outcome: '', units: '1', quality: '', barrier: '', note: '' });
  const form = useForm<HomeworkReviewValues>({ mode: 'controlled', initialValues });
  const restored = useFormStash(`homework-review:${assignment.homeworkId}:${sessionId ?? 'chart'}`, {
    values: form.getValues(),
    initial: initialValues,
    setValues: form.setValues,
  });
  const name = assignment.title;
  const values: HomeworkReviewValues = form.getValues();
  const submit = (v: HomeworkReviewValues) => {
    const parsed = parseHomeworkReview(v, { homeworkId: assignment.homeworkId, today, sessionId, enteredAt: new Date().toISOString() });
    if (!parsed.ok) {
      form.setErrors(parsed.errors);
      return;
    }
    const outcome = v.outcome === '' ? 'not_done' : v.outcome;
    void run(async () => {
      await onSave({ assignment, completion: parsed.value, outcome, earlier: completions, today });
    });
  };
  return (
    <form noValidate aria-label={`Review ${name}`} onSubmit={form.onSubmit(submit)}>
      <Stack gap="xs">
        <RestoredTypingNotice restored={restored} />
        <Radio.Group label={`Was “${name}” done?`} required {...form.getInputProps('outcome')}>
          <Group mt={4}>
            <Radio value="done" label="Done" />
            <Radio value="partly" label="Partly done" />
            <Radio value="not_done" label="Not done" />
          </Group>
        </Radio.Group>
        <Group grow align="flex-start">
          <TextInput label="Times done" inputMode="numeric" {...form.getInputProps('units')} />
          <Select
            label="Quality (optional)"
            data={QUALITY_OPTIONS}
            clearable
            comboboxProps={LIST_PROPS}
            value={values.quality || null}
            error={form.errors.quality}
            onChange={(v) => {
              form.setValues({ quality: v ?? '' });
            }}
          />
          <Select
            label="Barrier (optional)"
            data={optionsOf(BARRIER_LABELS)}
            clearable
            comboboxProps={LIST_PROPS}
            value={values.barrier || null}
            error={form.errors.barrier}
            onChange={(v) => {
              form.setValues({ barrier: v ?? '' });
            }}
          />
        </Group>
        <TextInput label="Review note (optional)" {...form.getInputProps('note')} />
        <SaveError error={error} what="The review" />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={saving}>
            Save review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
