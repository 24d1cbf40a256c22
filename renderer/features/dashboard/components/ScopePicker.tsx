import { MultiSelect, SegmentedControl, Stack } from '@mantine/core';
import { canBePrimaryClinician, type Staff } from '../../../../shared/domain/staff';
import type { CaseloadScope } from '../caseload-loader';

interface Props {
  readonly scope: CaseloadScope;
  readonly onChange: (scope: CaseloadScope) => void;
  readonly staff: readonly Staff[];
  readonly selfId: string;
}

/** Supervisors and admins: everyone's caseload, or the clinicians picked (the user's own by default). */
export function ScopePicker({ scope, onChange, staff, selfId }: Props) {
  const clinicians = staff.filter((s) => canBePrimaryClinician(s) || s.id === selfId).map((s) => ({ value: s.id, label: s.name }));
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Whose caseload"
        value={scope.kind}
        onChange={(v) => {
          onChange(v === 'all' ? { kind: 'all' } : { kind: 'clinicians', ids: [selfId] });
        }}
        data={[
          { value: 'clinicians', label: 'Chosen clinicians' },
          { value: 'all', label: 'All clinicians' },
        ]}
      />
      {scope.kind === 'clinicians' && (
        <MultiSelect
          label="Clinicians"
          data={clinicians}
          value={[...scope.ids]}
          onChange={(ids) => {
            onChange({ kind: 'clinicians', ids });
          }}
          searchable
          clearable
        />
      )}
    </Stack>
  );
}
