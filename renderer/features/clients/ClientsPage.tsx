import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { localToday } from '../../components/format-date';
import { useChartRegistry } from '../../modules';
import {
  DEFAULT_FILTER,
  DEFAULT_SORT,
  buildSearchIndex,
  filterClients,
  nextSort,
  programsInUse,
  sortClients,
  type ClientFilter,
  type ClientRow,
} from './client-list';
import { ClientFilters } from './components/ClientFilters';
import { ClientTable } from './components/ClientTable';
import { LoadError } from './components/LoadError';
import { useClientRows } from './useClients';

function emptyMessage(all: readonly ClientRow[], filter: ClientFilter): string {
  if (all.length === 0) return 'No clients yet. Choose “New client” to record the first admission.';
  if (filter.search.trim()) return `No clients match “${filter.search.trim()}”. Check the spelling, or set Status to “All clients”.`;
  return 'No clients match these filters. Set Status to “All clients” or Program to “All programs”.';
}

function caption(count: number, total: number): string {
  return `${count} of ${total} clients. Use the arrow keys to move between rows and Enter to open a chart.`;
}

// The other features' list signals and columns. The registry is fixed for the app's lifetime (app/features.ts), so
// these hooks run in the same order on every render.
function useClientListExtensions(today: string, all: readonly ClientRow[]) {
  const registry = useChartRegistry();
  const signals = registry.clientSignals.map((s) => ({ key: s.key, ids: s.useClientIds(), Badge: s.Badge, spoken: s.spoken }));
  const columns = registry.clientColumns.map((c) => ({ key: c.key, header: c.header, cell: c.useCell(today, all) }));
  return { signals, columns };
}

/** The client list: search, filter, sort, open a chart or start a new client. */
export function ClientsPage() {
  const navigate = useNavigate();
  const [today] = useState(localToday);
  const { data, error, loading } = useClientRows(today);
  const [filter, setFilter] = useState<ClientFilter>(DEFAULT_FILTER);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const all = useMemo(() => data ?? [], [data]);
  // Folded names and the sorted order are built once per change of the records (or of the sort), not per keystroke:
  // filtering keeps order, so a keystroke only filters. Both go with the page, and the database, at lock.
  const searchIndex = useMemo(() => buildSearchIndex(all), [all]);
  const sorted = useMemo(() => sortClients(all, sort), [all, sort]);
  const rows = useMemo(() => filterClients(sorted, filter, searchIndex), [sorted, filter, searchIndex]);
  const programs = useMemo(() => programsInUse(all), [all]);
  const { signals, columns } = useClientListExtensions(today, all);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Clients</Title>
        <Button onClick={() => void navigate('/clients/new')}>New client</Button>
      </Group>
      <ClientFilters filter={filter} programs={programs} onChange={setFilter} />
      {error && <LoadError what="Client records" error={error} />}
      {loading && !data && <Loader aria-label="Loading clients" />}
      {data && rows.length === 0 && <Text role="status">{emptyMessage(all, filter)}</Text>}
      {rows.length > 0 && (
        <ClientTable
          rows={rows}
          signals={signals}
          columns={columns}
          sort={sort}
          onSort={(key) => {
            setSort((s) => nextSort(s, key));
          }}
          caption={caption(rows.length, all.length)}
        />
      )}
    </Stack>
  );
}
