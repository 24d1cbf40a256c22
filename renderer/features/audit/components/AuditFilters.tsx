import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { AuditFilterForm } from '../../../../shared/audit/audit-filter-form';
import { AUDIT_ACTION_LABELS } from '../../../../shared/audit/audit-view';
import { clientDisplayName } from '../../../../shared/domain/client';
import type { AuditDirectoryData } from '../useAuditDirectory';

interface Props {
  readonly directory: AuditDirectoryData;
  readonly form: AuditFilterForm;
  readonly onChange: (form: AuditFilterForm) => void;
  readonly error: { readonly field: 'from' | 'to'; readonly message: string } | null;
}

const ACTION_OPTIONS = [{ value: '', label: 'Any action' }, ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))];

/** Who, client, action and a date range; every change applies at once. */
export function AuditFilters({ directory, form, onChange, error }: Props) {
  const set = (patch: Partial<AuditFilterForm>) => {
    onChange({ ...form, ...patch });
  };
  const who = [{ value: '', label: 'Everyone' }, ...directory.staff.map((s) => ({ value: s.id, label: s.name }))];
  const clients = [{ value: '', label: 'Any client' }, ...directory.clients.map((c) => ({ value: c.id, label: clientDisplayName(c) }))];
  const empty = Object.values(form).every((v) => v === '');
  return (
    <Group align="flex-end" role="search" aria-label="Filter the audit log">
      <NativeSelect
        label="Who"
        data={who}
        value={form.actorId}
        onChange={(e) => {
          set({ actorId: e.currentTarget.value });
        }}
      />
      <NativeSelect
        label="Client"
        data={clients}
        value={form.clientId}
        onChange={(e) => {
          set({ clientId: e.currentTarget.value });
        }}
      />
      <NativeSelect
        label="Action"
        data={ACTION_OPTIONS}
        value={form.action}
        onChange={(e) => {
          set({ action: e.currentTarget.value });
        }}
      />
      <TextInput
        type="date"
        label="From"
        value={form.from}
        error={error?.field === 'from' ? error.message : undefined}
        onChange={(e) => {
          set({ from: e.currentTarget.value });
        }}
      />
      <TextInput
        type="date"
        label="To"
        value={form.to}
        error={error?.field === 'to' ? error.message : undefined}
        onChange={(e) => {
          set({ to: e.currentTarget.value });
        }}
      />
      <Button
        variant="default"
        disabled={empty}
        onClick={() => {
          onChange({ actorId: '', clientId: '', action: '', from: '', to: '' });
        }}
      >
        Clear filters
      </Button>
    </Group>
  );
}
