import { Autocomplete, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { parseHomeworkForm, type HomeworkFormValues } from '../../../../shared/progress/plans/homework-form';
import { addDays } from '../../../../shared/progress/plans/days';
import type { HomeworkAssignment } from '../../../../shared/progress/plans/types';
import { LIST_PROPS } from '../../../components/combobox';
import { SaveError, useSaving } from '../../../components/SaveError';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { useSignedIn } from '../../../session';
import { CATEGORY_LABELS, SKILL_SUGGESTIONS, optionsOf } from '../homework-labels';
import { ModalActions } from '../../../components/ModalActions';

interface Props {
  readonly clientId: string;
  /** The session it is assigned in, or null from the chart. */
  readonly sessionId: string | null;
  readonly today: string;
  readonly onClose: () => void;
  readonly onSave: (assignment: HomeworkAssignment) => Promise<unknown>;
}

const SCHEDULES = [
  { value: 'once', label: 'Once, by a due date' },
  { value: 'daily', label: 'Every day' },
  { value: 'per_week', label: 'Times a week' },
];

/** Assigning homework: title, category, linked skill, instructions and when it is due. */
export function AssignHomeworkModal({ clientId, sessionId, today, onClose, onSave }: Props) {
  const { user } = useSignedIn();
  const { saving, error, run } = useSaving();
  const [initialValues] = useState<HomeworkFormValues>(() => ({
    title: '',
    instructions: '',
    category: '',
    skill: '',
    scheduleType: 'once',
    dueOn: addDays(today, 7),
    from: today,
    to: addDays(today, 6),
    timesPerWeek: '3',
  }));
  const form = useForm<HomeworkFormValues>({ mode: 'controlled', initialValues });
  const restored = useFormStash(`homework-assign:${clientId}:${sessionId ?? 'chart'}`, {
    values: form.getValues(),
    initial: initialValues,
    setValues: form.setValues,
  });
  const { scheduleType } = form.getValues();
  const submit = (v: HomeworkFormValues) => {
    const parsed = parseHomeworkForm(v, { homeworkId: crypto.randomUUID(), assignedBy: user.id, assignedInSessionId: sessionId, today });
    if (!parsed.ok) {
      form.setErrors(parsed.errors);
      return;
    }
    void run(async () => {
      await onSave(parsed.value);
      onClose();
    });
  };
  return (
    <Modal opened onClose={onClose} title="Assign homework" centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate aria-label="Assign homework" onSubmit={form.onSubmit(submit)}>
        <Stack>
          <RestoredTypingNotice restored={restored} />
          {sessionId && <Text size="sm">Assigned in this session.</Text>}
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <Select label="Category" required data={optionsOf(CATEGORY_LABELS)} comboboxProps={LIST_PROPS} {...form.getInputProps('category')} />
          <Autocomplete label="Linked skill (optional)" data={[...SKILL_SUGGESTIONS]} comboboxProps={LIST_PROPS} {...form.getInputProps('skill')} />
          <Textarea label="Instructions (optional)" autosize minRows={2} {...form.getInputProps('instructions')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="homework-schedule-label">
              How often
            </Text>
            <SegmentedControl aria-labelledby="homework-schedule-label" data={SCHEDULES} {...form.getInputProps('scheduleType')} />
          </Stack>
          {scheduleType === 'once' ? (
            <TextInput label="Due date" type="date" required min={today} {...form.getInputProps('dueOn')} />
          ) : (
            <Group grow align="flex-start">
              <TextInput label="First day" type="date" required min={today} {...form.getInputProps('from')} />
              <TextInput label="Last day" type="date" required min={today} {...form.getInputProps('to')} />
              {scheduleType === 'per_week' && <TextInput label="Times a week" required inputMode="numeric" {...form.getInputProps('timesPerWeek')} />}
            </Group>
          )}
          <SaveError error={error} what="The homework" />
          <ModalActions submitLabel="Assign homework" saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
