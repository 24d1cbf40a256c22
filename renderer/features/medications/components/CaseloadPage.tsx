import { Anchor, Loader, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { SEVERITY_LABELS } from '../../../../shared/domain/medications';
import { formatIsoDate } from '../../../components/format-date';
import { nextCaseloadSort, sortCaseload, type CaseloadRow, type CaseloadSort, type CaseloadSortKey } from '../caseload';
import { useCaseload } from '../useCaseload';
import { useAuditView } from '../../../audit';
import { plural } from '../../../../shared/domain/text';

function SortTh({ column, sort, onSort, children }: { column: CaseloadSortKey; sort: CaseloadSort; onSort: (k: CaseloadSortKey) => void; children: string }) {
  const active = sort.key === column;
  return (
    <Table.Th aria-sort={active ? sort.direction : 'none'}>
      <UnstyledButton
        fw={700}
        fz="sm"
        onClick={() => {
          onSort(column);
        }}
      >
        {children}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

function adherenceCell(r: CaseloadRow): string {
  if (r.adherenceStatus === 'nothing-due') return '—';
  if (r.adherencePercent === null) return 'not recorded';
  const flag = r.adherenceStatus === 'low' ? ' (low)' : r.adherenceStatus === 'not-recorded' ? ' (too little recorded)' : '';
  const gap = r.unrecordedDoses > 0 ? `; ${plural(r.unrecordedDoses, 'dose')} not recorded` : '';
  return `${String(r.adherencePercent)} %${flag}${gap}`;
}

function Row({ r }: { r: CaseloadRow }) {
  const low = r.adherenceStatus === 'low';
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Anchor component={Link} to={`/clients/${r.clientId}?tab=medications`}>
          {r.name}
        </Anchor>
      </Table.Th>
      <Table.Td>{r.medications.join(', ')}</Table.Td>
      <Table.Td fw={low ? 700 : undefined} c={low ? 'red.9' : undefined}>
        {adherenceCell(r)}
      </Table.Td>
      <Table.Td>{r.sideEffect ? `${r.sideEffect.label}, ${SEVERITY_LABELS[r.sideEffect.severity] ?? ''} (${formatIsoDate(r.sideEffect.date)})` : '—'}</Table.Td>
      <Table.Td>{r.daysSinceVisit === null ? 'no visit yet' : String(r.daysSinceVisit)}</Table.Td>
    </Table.Tr>
  );
}

/** The medication manager's caseload (/medications): clients on medications, sortable by each column. */
export function CaseloadPage() {
  const { data, error } = useCaseload();
  useAuditView('medication', 'caseload', Boolean(data), 'Opened the medications caseload');
  const [sort, setSort] = useState<CaseloadSort>({ key: 'adherence', direction: 'ascending' });
  const rows = useMemo(() => sortCaseload(data ?? [], sort), [data, sort]);
  const onSort = (key: CaseloadSortKey) => {
    setSort((s) => nextCaseloadSort(s, key));
  };
  return (
    <Stack>
      <Title order={1}>Medications caseload</Title>
      {error && <Text role="alert">The caseload could not be read ({error.message}). Lock and unlock Waypoint, then try again.</Text>}
      {!data && !error && <Loader aria-label="Loading the caseload" />}
      {data && rows.length === 0 && <Text role="status">No client has an active medication. Add medications on a client’s chart, Medications tab.</Text>}
      {rows.length > 0 && (
        <Table striped>
          <Table.Caption>
            {plural(rows.length, 'client')} on medications. Adherence is the share of recorded doses taken over the last 14 days (unrecorded doses count as
            neither taken nor missed); side effects are unresolved and moderate or worse.
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <SortTh column="name" sort={sort} onSort={onSort}>
                Client
              </SortTh>
              <Table.Th>Active medications</Table.Th>
              <SortTh column="adherence" sort={sort} onSort={onSort}>
                Adherence (14 days)
              </SortTh>
              <SortTh column="sideEffect" sort={sort} onSort={onSort}>
                Newest side effect (moderate or worse)
              </SortTh>
              <SortTh column="visit" sort={sort} onSort={onSort}>
                Days since medication visit
              </SortTh>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Row key={r.clientId} r={r} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
