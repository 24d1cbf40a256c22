import { Group, SegmentedControl, Select } from '@mantine/core';
import { SESSION_KINDS } from '../../../../shared/domain/records';
import type { ScheduleView } from '../../../../shared/domain/schedule-view';
import { SESSION_KIND_LABELS } from '../../../../shared/domain/sessions';
import type { Directory } from '../useSessions';

/** What the filters choose: '' = any; clinician 'me' = the signed-in user, '' = everyone. */
export interface ScheduleChoice {
  readonly view: ScheduleView;
  readonly clinician: string;
  readonly group: string;
  readonly kind: string;
}

interface Props {
  readonly choice: ScheduleChoice;
  readonly onChange: (patch: Partial<ScheduleChoice>) => void;
  readonly dir: Directory | null;
  /** Supervisors and admins may look at any clinician's sessions, or everyone's. */
  readonly wholeClinic: boolean;
}

/** Day or week, and (whole clinic) clinician, group and session kind. */
export function ScheduleFilters({ choice, onChange, dir, wholeClinic }: Props) {
  const staff = (dir?.staff ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }));
  const groups = (dir?.groups ?? []).map((g) => ({ value: g.id, label: g.name }));
  return (
    <Group align="flex-end" role="group" aria-label="Filter the schedule">
      <SegmentedControl
        aria-label="View"
        value={choice.view}
        onChange={(v) => {
          onChange({ view: v === 'week' ? 'week' : 'day' });
        }}
        data={[
          { value: 'day', label: 'Day' },
          { value: 'week', label: 'Week' },
        ]}
      />
      {wholeClinic && (
        <Select
          label="Clinician"
          value={choice.clinician}
          onChange={(v) => {
            onChange({ clinician: v ?? 'me' });
          }}
          allowDeselect={false}
          data={[{ value: 'me', label: 'My sessions' }, { value: '', label: 'Everyone' }, ...staff]}
        />
      )}
      <Select
        label="Group"
        value={choice.group}
        onChange={(v) => {
          onChange({ group: v ?? '' });
        }}
        allowDeselect={false}
        data={[{ value: '', label: 'Any group' }, ...groups]}
      />
      <Select
        label="Session kind"
        value={choice.kind}
        onChange={(v) => {
          onChange({ kind: v ?? '' });
        }}
        allowDeselect={false}
        data={[{ value: '', label: 'Any kind' }, ...SESSION_KINDS.map((k) => ({ value: k, label: SESSION_KIND_LABELS[k] }))]}
      />
    </Group>
  );
}
