import { Fieldset, Group, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { DayInput } from '../../../../shared/progress/plans/behaviour-form';
import type { TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import { parseCheckInCounts } from '../../../../shared/progress/plans/checkin-counts';
import { formatIsoDate } from '../../../components/format-date';
import type { CheckInSectionProps } from '../../../modules';
import { useBehaviourActions } from '../useBehaviourActions';
import { useClientBehaviours } from '../useBehaviours';

const BLANK: DayInput = { value: '', intensity: '' };
const NONE: readonly TrackedBehaviour[] = [];

function countLabel(b: TrackedBehaviour, day: string, today: string): string {
  if (b.countedBy === 'week') return `${b.label}: total for the 7 days to ${day === today ? 'today' : formatIsoDate(day)}`;
  const when = day === today ? 'today' : `on ${formatIsoDate(day)}`;
  return b.valueType === 'yes_no' ? `${b.label} ${when}: yes (1) or no (0)` : `${b.label} ${when}`;
}

/**
 * The check-in's target-behaviour fields (a check-in section, progress.md §3): the day's count of every behaviour the
 * client tracks, or the week's total of one counted weekly, with the strongest intensity where the behaviour asks
 * for it. A field left blank is not recorded: the day stays unknown, never zero.
 */
export function CheckInCounts({ clientId, day, today, bind }: CheckInSectionProps) {
  const { data } = useClientBehaviours(clientId);
  const actions = useBehaviourActions(clientId);
  const [values, setValues] = useState<Readonly<Record<string, DayInput>>>({});
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const behaviours = data?.shown ?? NONE;

  useEffect(() => {
    const parse = () => parseCheckInCounts(behaviours, values, day, today, new Date().toISOString());
    bind({
      check: () => {
        const parsed = parse();
        setErrors(parsed.ok ? {} : parsed.errors);
        return parsed.ok;
      },
      save: async (checkIn) => {
        const parsed = parse();
        if (!parsed.ok) throw new Error('the behaviour counts have errors');
        await actions.recordFromCheckIn(checkIn, parsed.value);
      },
      clear: () => {
        setValues({});
        setErrors({});
      },
    });
  }, [bind, behaviours, values, day, today, actions]);

  if (behaviours.length === 0) return null;
  const set = (id: string, patch: Partial<DayInput>) => {
    setValues((v) => ({ ...v, [id]: { ...(v[id] ?? BLANK), ...patch } }));
  };
  return (
    <Fieldset legend="Target behaviours">
      <Text size="sm" mb="xs">
        Leave a behaviour blank when the client does not know: it stays unknown, not zero.
      </Text>
      <Group align="flex-start">
        {behaviours.map((b) => (
          <Group key={b.behaviourId} align="flex-start" gap="xs">
            <TextInput
              label={countLabel(b, day, today)}
              inputMode="numeric"
              w={b.countedBy === 'week' ? 280 : 220}
              value={values[b.behaviourId]?.value ?? ''}
              error={errors[`${b.behaviourId}.value`]}
              onChange={(e) => {
                set(b.behaviourId, { value: e.currentTarget.value });
              }}
            />
            {b.withIntensity && (
              <TextInput
                label={`${b.label}: strongest intensity 0–10`}
                inputMode="numeric"
                w={220}
                value={values[b.behaviourId]?.intensity ?? ''}
                error={errors[`${b.behaviourId}.intensity`]}
                onChange={(e) => {
                  set(b.behaviourId, { intensity: e.currentTarget.value });
                }}
              />
            )}
          </Group>
        ))}
      </Group>
    </Fieldset>
  );
}
