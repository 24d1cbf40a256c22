import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { customBehaviourError, customBehaviourId, withWeeklyTarget, type TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import { parseWeeklyTarget } from '../../../../shared/progress/plans/behaviour-form';
import { LIST_PROPS } from '../../../components/combobox';
import { SaveError, useSaving } from '../../../components/SaveError';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';

const OWN = '__own__';

interface Values {
  readonly behaviourId: string;
  readonly label: string;
  readonly valueType: 'count' | 'yes_no';
  readonly direction: TrackedBehaviour['direction'];
  readonly withIntensity: boolean;
  readonly target: string;
}

interface Props {
  readonly clientId: string;
  readonly clinicList: readonly TrackedBehaviour[];
  readonly tracked: readonly TrackedBehaviour[];
  readonly onClose: () => void;
  /** Saves the behaviour for the client; `isNewToClinic` when it is the clinician's own, added to the clinic's list. */
  readonly onSave: (behaviour: TrackedBehaviour, isNewToClinic: boolean) => Promise<void>;
}

type Result = { readonly ok: true; readonly behaviour: TrackedBehaviour; readonly own: boolean } | { readonly ok: false; readonly errors: Record<string, string> };

function resolve(v: Values, clinicList: readonly TrackedBehaviour[]): Result {
  if (!v.behaviourId) return { ok: false, errors: { behaviourId: 'Choose a behaviour, or one of your own.' } };
  const own = v.behaviourId === OWN;
  const base: TrackedBehaviour | undefined = own
    ? { behaviourId: customBehaviourId(v.label), label: v.label.trim(), valueType: v.valueType, direction: v.direction, period: 'day', reporters: ['client', 'clinician'], withIntensity: v.withIntensity }
    : clinicList.find((b) => b.behaviourId === v.behaviourId);
  const errors: Record<string, string> = {};
  const labelError = own ? customBehaviourError(v.label, clinicList) : null;
  if (labelError) errors.label = labelError;
  if (!base) errors.behaviourId = 'Choose a behaviour from the list.';
  const target = parseWeeklyTarget(base ?? { direction: v.direction, valueType: v.valueType }, v.target);
  if (!target.ok) Object.assign(errors, target.errors);
  if (Object.keys(errors).length > 0 || !base || !target.ok) return { ok: false, errors };
  return { ok: true, own, behaviour: withWeeklyTarget(base, target.value) };
}

/** Tracks a behaviour on the client's chart: one from the clinic's list, or the clinician's own (added to the list). */
export function TrackBehaviourModal({ clientId, clinicList, tracked, onClose, onSave }: Props) {
  const { saving, error, run } = useSaving();
  const [initialValues] = useState<Values>({ behaviourId: '', label: '', valueType: 'count', direction: 'lower_is_better', withIntensity: false, target: '' });
  const form = useForm<Values>({ mode: 'controlled', initialValues });
  const restored = useFormStash(`behaviour-track:${clientId}`, { values: form.getValues(), initial: initialValues, setValues: form.setValues });
  const taken = new Set(tracked.map((b) => b.behaviourId));
  const options = [...clinicList.filter((b) => !taken.has(b.behaviourId)).map((b) => ({ value: b.behaviourId, label: b.label })), { value: OWN, label: 'A behaviour of my own…' }];
  const own = form.getValues().behaviourId === OWN;
  const submit = (v: Values) => {
    const r = resolve(v, clinicList);
    if (!r.ok) { form.setErrors(r.errors); return; }
    void run(async () => { await onSave(r.behaviour, r.own); onClose(); });
  };
  return (
    <Modal opened onClose={onClose} title="Track a behaviour" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate aria-label="Track a behaviour" onSubmit={form.onSubmit(submit)}>
        <Stack>
          <RestoredTypingNotice restored={restored} />
          <Select label="Behaviour" required data={options} comboboxProps={LIST_PROPS} data-autofocus {...form.getInputProps('behaviourId')} />
          {own && (
            <>
              <TextInput label="Name of the behaviour" required {...form.getInputProps('label')} />
              <Select label="Recorded as" allowDeselect={false} data={[{ value: 'count', label: 'A count per day' }, { value: 'yes_no', label: 'Yes or no per day' }]} comboboxProps={LIST_PROPS} {...form.getInputProps('valueType')} />
              <Select label="Better when" allowDeselect={false} data={[{ value: 'lower_is_better', label: 'Lower' }, { value: 'higher_is_better', label: 'Higher' }]} comboboxProps={LIST_PROPS} {...form.getInputProps('direction')} />
              <Checkbox label="Also ask for the strongest intensity (0–10)" {...form.getInputProps('withIntensity', { type: 'checkbox' })} />
            </>
          )}
          <TextInput label="Weekly target (optional)" description="Lower-is-better behaviours: at most this many a week; higher-is-better: at least." inputMode="numeric" {...form.getInputProps('target')} />
          <SaveError error={error} what="The behaviour" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={saving}>Track behaviour</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
