import { Checkbox, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  customBehaviourError,
  customBehaviourId,
  withCounting,
  withWeeklyTarget,
  type TrackedBehaviour,
} from '../../../../shared/progress/plans/behaviour-presets';
import { parseWeeklyTarget } from '../../../../shared/progress/plans/behaviour-form';
import { LIST_PROPS } from '../../../components/combobox';
import { SaveError, useSaving } from '../../../components/SaveError';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { ModalActions } from '../../../components/ModalActions';

const OWN = '__own__';
const COUNTED = [
  { value: 'day', label: 'Day by day' },
  { value: 'week', label: 'As a total for each week' },
];

interface Values {
  readonly behaviourId: string;
  readonly label: string;
  readonly valueType: 'count' | 'yes_no';
  readonly direction: TrackedBehaviour['direction'];
  readonly withIntensity: boolean;
  readonly target: string;
  readonly countedBy: 'day' | 'week';
}

interface Props {
  readonly clientId: string;
  readonly clinicList: readonly TrackedBehaviour[];
  readonly tracked: readonly TrackedBehaviour[];
  /** A behaviour already tracked whose target and counting are being changed (the behaviour itself stays). */
  readonly editing?: TrackedBehaviour;
  readonly onClose: () => void;
  /** Saves the behaviour for the client; `isNewToClinic` when it is the clinician's own, added to the clinic's list. */
  readonly onSave: (behaviour: TrackedBehaviour, isNewToClinic: boolean) => Promise<void>;
}

type Result =
  { readonly ok: true; readonly behaviour: TrackedBehaviour; readonly own: boolean } | { readonly ok: false; readonly errors: Record<string, string> };

function resolve(v: Values, clinicList: readonly TrackedBehaviour[], editing?: TrackedBehaviour): Result {
  if (!v.behaviourId) return { ok: false, errors: { behaviourId: 'Choose a behaviour, or one of your own.' } };
  const own = v.behaviourId === OWN;
  const chosen: TrackedBehaviour | undefined = own
    ? {
        behaviourId: customBehaviourId(v.label),
        label: v.label.trim(),
        valueType: v.valueType,
        direction: v.direction,
        period: 'day',
        reporters: ['client', 'clinician'],
        withIntensity: v.withIntensity,
      }
    : (editing ?? clinicList.find((b) => b.behaviourId === v.behaviourId));
  const base = chosen && withCounting(chosen, v.countedBy);
  const errors: Record<string, string> = {};
  const labelError = own ? customBehaviourError(v.label, clinicList) : null;
  if (labelError) errors.label = labelError;
  if (!base) errors.behaviourId = 'Choose a behaviour from the list.';
  const target = parseWeeklyTarget(base ?? { direction: v.direction, valueType: v.valueType }, v.target);
  if (!target.ok) Object.assign(errors, target.errors);
  if (Object.keys(errors).length > 0 || !base || !target.ok) return { ok: false, errors };
  return { ok: true, own, behaviour: withWeeklyTarget(base, target.value) };
}

function initialOf(editing: TrackedBehaviour | undefined): Values {
  const blank: Values = { behaviourId: '', label: '', valueType: 'count', direction: 'lower_is_better', withIntensity: false, target: '', countedBy: 'day' };
  if (!editing) return blank;
  return {
    ...blank,
    behaviourId: editing.behaviourId,
    target: editing.weeklyTarget ? String(editing.weeklyTarget.value) : '',
    countedBy: editing.countedBy ?? 'day',
  };
}

/**
 * Tracks a behaviour on the client's chart: one from the clinic's list, or the clinician's own (added to the list);
 * with `editing`, changes a tracked behaviour's weekly target and how it is counted.
 */
export function TrackBehaviourModal({ clientId, clinicList, tracked, editing, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const [initialValues] = useState<Values>(() => initialOf(editing));
  const form = useForm<Values>({ mode: 'controlled', initialValues });
  const restored = useFormStash(`behaviour-track:${clientId}${editing ? `:${editing.behaviourId}` : ''}`, {
    values: form.getValues(),
    initial: initialValues,
    setValues: form.setValues,
  });
  const taken = new Set(tracked.map((b) => b.behaviourId));
  const options = editing
    ? [{ value: editing.behaviourId, label: editing.label }]
    : [
        ...clinicList.filter((b) => !taken.has(b.behaviourId)).map((b) => ({ value: b.behaviourId, label: b.label })),
        { value: OWN, label: 'A behaviour of my own…' },
      ];
  const own = form.getValues().behaviourId === OWN;
  const title = editing ? `Change ${editing.label.toLowerCase()}` : 'Track a behaviour';
  const submit = (v: Values) => {
    const r = resolve(v, clinicList, editing);
    if (!r.ok) {
      form.setErrors(r.errors);
      return;
    }
    void run(async () => {
      await onSave(r.behaviour, r.own);
      onClose();
    });
  };
  return (
    <Modal opened onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate aria-label={title} onSubmit={form.onSubmit(submit)}>
        <Stack>
          <RestoredTypingNotice restored={restored} />
          <Select
            label="Behaviour"
            required
            disabled={editing !== undefined}
            data={options}
            comboboxProps={LIST_PROPS}
            data-autofocus={editing ? undefined : true}
            {...form.getInputProps('behaviourId')}
          />
          {own && (
            <>
              <TextInput label="Name of the behaviour" required {...form.getInputProps('label')} />
              <Select
                label="Recorded as"
                allowDeselect={false}
                data={[
                  { value: 'count', label: 'A count per day' },
                  { value: 'yes_no', label: 'Yes or no per day' },
                ]}
                comboboxProps={LIST_PROPS}
                {...form.getInputProps('valueType')}
              />
              <Select
                label="Better when"
                allowDeselect={false}
                data={[
                  { value: 'lower_is_better', label: 'Lower' },
                  { value: 'higher_is_better', label: 'Higher' },
                ]}
                comboboxProps={LIST_PROPS}
                {...form.getInputProps('direction')}
              />
              <Checkbox label="Also ask for the strongest intensity (0–10)" {...form.getInputProps('withIntensity', { type: 'checkbox' })} />
            </>
          )}
          <Select label="Counted" allowDeselect={false} data={COUNTED} comboboxProps={LIST_PROPS} {...form.getInputProps('countedBy')} />
          <TextInput
            label="Weekly target (optional)"
            description="Lower-is-better behaviours: at most this many a week; higher-is-better: at least."
            inputMode="numeric"
            data-autofocus={editing ? true : undefined}
            {...form.getInputProps('target')}
          />
          <SaveError error={error} what="The behaviour" />
          <ModalActions submitLabel={editing ? 'Save changes' : 'Track behaviour'} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
