import { Group, Select, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';
import type { ClientFilter, StatusFilter } from '../client-list';
import { LIST_PROPS } from '../../../components/combobox';

const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'planned', label: 'Planned admission' },
  { value: 'discharged', label: 'Discharged' },
  { value: 'all', label: 'All clients' },
] satisfies { value: StatusFilter; label: string }[];

const ALL_PROGRAMS = '__all__';

function isStatusFilter(value: string | null): value is StatusFilter {
  return STATUS_OPTIONS.some((o) => o.value === value);
}

interface Props {
  readonly filter: ClientFilter;
  readonly programs: readonly string[];
  readonly onChange: (filter: ClientFilter) => void;
}

/** Search box (Ctrl/Cmd+F or "/" jumps to it), status and program filters. */
export function ClientFilters({ filter, programs, onChange }: Props) {
  const searchRef = useRef<HTMLInputElement>(null);
  const focusSearch = () => searchRef.current?.focus();
  useHotkeys([
    ['mod+F', focusSearch],
    ['/', focusSearch],
  ]);
  return (
    <Group align="flex-end" wrap="wrap">
      <TextInput
        ref={searchRef}
        type="search"
        label="Search clients"
        description="First, last or preferred name (Ctrl+F or /)"
        value={filter.search}
        onChange={(e) => {
          onChange({ ...filter, search: e.currentTarget.value });
        }}
        w={280}
      />
      <Select
        comboboxProps={LIST_PROPS}
        label="Status"
        data={STATUS_OPTIONS}
        value={filter.status}
        allowDeselect={false}
        onChange={(value) => {
          if (isStatusFilter(value)) onChange({ ...filter, status: value });
        }}
        w={160}
      />
      <Select
        comboboxProps={LIST_PROPS}
        label="Program"
        data={[{ value: ALL_PROGRAMS, label: 'All programs' }, ...programs.map((p) => ({ value: p, label: p }))]}
        value={filter.program ?? ALL_PROGRAMS}
        allowDeselect={false}
        onChange={(value) => {
          onChange({ ...filter, program: value === null || value === ALL_PROGRAMS ? null : value });
        }}
        w={220}
      />
    </Group>
  );
}
