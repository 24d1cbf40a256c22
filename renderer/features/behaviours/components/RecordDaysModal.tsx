import { Modal, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import { parseWeekEntries, type DayInput } from '../../../../shared/progress/plans/behaviour-form';
import { addDays } from '../../../../shared/progress/plans/days';
import type { TargetBehaviourEntry } from '../../../../shared/progress/plans/types';
import { isIsoDate } from '../../../../shared/domain/dates';
import { formatIsoDate } from '../../../components/format-date';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { SaveError, useSaving } from '../../../components/SaveError';
import { WeekTotalForm } from './WeekTotalForm';
import { ModalActions } from '../../../components/ModalActions';

interface Values {
  readonly firstDay: string;
  readonly days: readonly DayInput[];
}

interface Props {
  readonly behaviour: TrackedBehaviour;
  readonly clientId: string;
  readonly today: string;
  readonly onClose: () => void;
  readonly onSave: (entries: readonly TargetBehaviourEntry[]) => Promise<unknown>;
}

const blankWeek = (): DayInput[] => Array.from({ length: 7 }, () => ({ value: '', intensity: '' }));

const MODES = [
  { value: 'days', label: 'Day by day' },
  { value: 'week', label: 'A week’s total' },
];

/** Records a behaviour day by day or as one week's total (the default for a behaviour counted weekly). */
export function RecordDaysModal(props: Props) {
  const { behaviour, onClose } = props;
  const [mode, setMode] = useState(behaviour.countedBy === 'week' ? 'week' : 'days');
  const title = `Record ${behaviour.label.toLowerCase()}`;
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <SegmentedControl aria-label="How to record" data={MODES} value={mode} onChange={setMode} w="fit-content" />
        {mode === 'week' ? <WeekTotalForm {...props} /> : <DaysForm {...props} />}
      </Stack>
    </Modal>
  );
}

/** Seven days of one behaviour from a chosen first day; a day left blank stays unknown (nothing is written for it). */
function DaysForm({ behaviour, clientId, today, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const [initialValues] = useState<Values>(() => ({ firstDay: addDays(today, -6), days: blankWeek() }));
  const form = useForm<Values>({ mode: 'controlled', initialValues });
  const restored = useFormStash(`behaviour-days:${clientId}:${behaviour.behaviourId}`, {
    values: form.getValues(),
    initial: initialValues,
    setValues: form.setValues,
  });
  const { firstDay } = form.getValues();
  const firstDayError = !isIsoDate(firstDay) ? 'Enter the first day as a date.' : firstDay > today ? 'The first day cannot be in the future.' : null;
  const submit = (v: Values) => {
    if (firstDayError) return;
    const parsed = parseWeekEntries(behaviour, v.firstDay, v.days, today, { reporter: 'clinician', enteredAt: new Date().toISOString() });
    if (!parsed.ok) {
      form.setErrors(parsed.errors);
      return;
    }
    void run(async () => {
      await onSave(parsed.value);
      onClose();
    });
  };
  const title = `Record ${behaviour.label.toLowerCase()}`;
  const unit = behaviour.valueType === 'yes_no' ? 'Yes (1) or no (0)' : 'Count';
  return (
    <form noValidate aria-label={title} onSubmit={form.onSubmit(submit)}>
      <Stack>
        <RestoredTypingNotice restored={restored} />
        <TextInput label="First day" type="date" max={today} required data-autofocus error={firstDayError} {...form.getInputProps('firstDay')} />
        <Text size="sm">Leave a day blank when you do not know it: it stays unknown, not zero. Days after today cannot be filled in.</Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Day</Table.Th>
              <Table.Th>{unit}</Table.Th>
              {behaviour.withIntensity && <Table.Th>Strongest intensity 0–10</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.getValues().days.map((_, i) => {
              const day = isIsoDate(firstDay) ? addDays(firstDay, i) : '';
              const name = day ? formatIsoDate(day) : `Day ${String(i + 1)}`;
              const future = day !== '' && day > today;
              return (
                <Table.Tr key={String(i)}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    <TextInput aria-label={`${unit} on ${name}`} inputMode="numeric" disabled={future} {...form.getInputProps(`days.${String(i)}.value`)} />
                  </Table.Td>
                  {behaviour.withIntensity && (
                    <Table.Td>
                      <TextInput
                        aria-label={`Strongest intensity on ${name}`}
                        inputMode="numeric"
                        disabled={future}
                        {...form.getInputProps(`days.${String(i)}.intensity`)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <SaveError error={error} what="The days" />
        <ModalActions submitLabel="Save days" saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}
