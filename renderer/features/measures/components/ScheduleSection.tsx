import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { InstrumentDefinition } from '../../../../shared/instruments';
import { localToday, localDayOf } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { useWaitingFormKeys } from '../../../resume/form-stash-context';
import type { MeasureResponse } from '../measure-records';
import { dueItems, everyWords, lastDaysByClient, type ScheduleEntry, type ScheduleVersion } from '../schedule-rules';
import { useClientSchedule } from '../useClientSchedule';
import { DueBadges } from './DueBadges';
import { ScheduleEditor } from './ScheduleEditor';
import { useFollowArrivals } from '../../../drafts/useFollowArrivals';

interface Props {
  readonly clientId: string;
  /** Current (not superseded) responses. */
  readonly responses: readonly MeasureResponse[];
  readonly startDay: string;
  readonly instruments: readonly InstrumentDefinition[];
  readonly onSave: (entries: readonly ScheduleEntry[], opened?: ScheduleVersion) => Promise<void>;
}

function describe(schedule: readonly ScheduleEntry[]): string {
  if (schedule.length === 0) return 'Nothing scheduled.';
  return `${schedule.map((e) => `${e.instrumentId} ${everyWords(e.everyDays)}`).join(', ')}.`;
}

/** The client's measures schedule, what is due or overdue now, and an editor for it. */
export function ScheduleSection({ clientId, responses, startDay, instruments, onSave }: Props) {
  const [today] = useState(localToday);
  const stashKey = `schedule:${clientId}`;
  // An editor left open with unsaved changes at the lock opens again for them.
  const waiting = useWaitingFormKeys();
  const [editing, setEditing] = useState(() => waiting.has(stashKey));
  const stored = useClientSchedule(clientId);
  if (!stored) return null;
  const schedule = stored.entries;
  const items = dueItems(schedule, lastDaysByClient(responses, localDayOf).get(clientId) ?? {}, startDay, today);
  const save = async (entries: readonly ScheduleEntry[], opened: ScheduleVersion) => {
    await onSave(entries, opened);
    setEditing(false);
    notify(`Measures schedule saved: ${describe(entries)}`);
  };
  return (
    <Stack gap="xs">
      <Group gap="xs" role="group" aria-label="Measures schedule">
        <Text>Schedule: {describe(schedule)}</Text>
        {schedule.length > 0 && <DueBadges items={items} />}
        {!editing && (
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              setEditing(true);
            }}
          >
            Edit schedule
          </Button>
        )}
      </Group>
      {editing && (
        <FollowedScheduleEditor
          stashKey={stashKey}
          instruments={instruments}
          stored={stored}
          onSave={save}
          onCancel={() => {
            setEditing(false);
          }}
        />
      )}
    </Stack>
  );
}

interface EditorProps {
  readonly stashKey: string;
  readonly instruments: readonly InstrumentDefinition[];
  readonly stored: ScheduleVersion;
  readonly onSave: (entries: readonly ScheduleEntry[], opened: ScheduleVersion) => Promise<void>;
  readonly onCancel: () => void;
}

const scheduleVersion = (v: ScheduleVersion) => v.record?.id ?? 'default';

/** The editor follows the schedule versions arriving from another laptop (useFollowArrivals). */
function FollowedScheduleEditor({ stored, onSave, ...rest }: EditorProps) {
  const followed = useFollowArrivals(stored, scheduleVersion);
  return (
    <ScheduleEditor
      key={followed.formKey}
      {...rest}
      current={followed.shown.entries}
      arrival={followed.arrival}
      onStateChange={followed.report}
      onSave={(entries) => onSave(entries, followed.opened)}
    />
  );
}
