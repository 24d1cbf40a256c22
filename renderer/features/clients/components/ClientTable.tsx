import { Anchor, Badge, Group, Table } from '@mantine/core';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatIsoDate } from '../../../components/format-date';
import { useLowAdherenceClientIds } from '../../medications';
import { NotSyncedBadge, useUnsyncedIds } from '../../sync';
import type { ClientRow, ClientSort, SortKey } from '../client-list';
import { ClientStatusBadge } from './ClientStatusBadge';
import { SortableTh } from './SortableTh';

interface Props {
  readonly rows: readonly ClientRow[];
  readonly sort: ClientSort;
  readonly onSort: (key: SortKey) => void;
  readonly caption: string;
  /** Clients with an unanswered safety alert. */
  readonly alertIds: ReadonlySet<string>;
  /** Clients whose latest two or more sessions were unexcused absences. */
  readonly absenceIds?: ReadonlySet<string>;
  /** Due and overdue scheduled measures of a row. */
  readonly measuresCell: (row: ClientRow) => ReactNode;
}

// Roving focus: one row is in the tab order; arrows move between rows, Enter opens the chart.
function useRowKeys(rows: readonly ClientRow[]) {
  const navigate = useNavigate();
  const body = useRef<HTMLTableSectionElement>(null);
  const [current, setCurrent] = useState(0);
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setCurrent(target);
    body.current?.querySelectorAll<HTMLTableRowElement>('tr')[target]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const row = rows[index];
    const moves: Partial<Record<string, number>> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusRow(move);
    } else if (event.key === 'Enter' && row) {
      event.preventDefault();
      void navigate(`/clients/${row.id}`);
    }
  };
  const tabIndexOf = (index: number) => (index === Math.min(current, rows.length - 1) ? 0 : -1);
  return { body, onKeyDown, tabIndexOf, setCurrent, navigate };
}

/** The client list; each row opens that client's chart. */
export function ClientTable({ rows, sort, onSort, caption, alertIds, absenceIds, measuresCell }: Props) {
  const { body, onKeyDown, tabIndexOf, setCurrent, navigate } = useRowKeys(rows);
  const unsynced = useUnsyncedIds('clients');
  const lowAdherence = useLowAdherenceClientIds();
  return (
    <Table highlightOnHover striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <SortableTh column="name" sort={sort} onSort={onSort}>Name</SortableTh>
          <Table.Th>Age</Table.Th>
          <SortableTh column="levelOfCare" sort={sort} onSort={onSort}>Level of care</SortableTh>
          <Table.Th>Program</Table.Th>
          <Table.Th>Primary clinician</Table.Th>
          <SortableTh column="admissionDate" sort={sort} onSort={onSort}>Admitted</SortableTh>
          <Table.Th>Status</Table.Th>
          <Table.Th>Measures</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body}>
        {rows.map((row, index) => (
          <Table.Tr
            key={row.id}
            tabIndex={tabIndexOf(index)}
            aria-label={`${row.displayName}${alertIds.has(row.id) ? ', safety alert' : ''}${absenceIds?.has(row.id) ? ', attendance alert' : ''}${lowAdherence.has(row.id) ? ', low medication adherence' : ''}, open chart`}
            style={{ cursor: 'pointer' }}
            onKeyDown={(e) => {
              onKeyDown(e, index);
            }}
            onFocus={() => {
              setCurrent(index);
            }}
            onClick={() => void navigate(`/clients/${row.id}`)}
          >
            <Table.Td>
              <Group gap="xs">
                <Anchor
                  component={Link}
                  to={`/clients/${row.id}`}
                  tabIndex={-1}
                  onClick={(e) => {
                    e.stopPropagation();
                  }}
                >
                  {row.displayName}
                </Anchor>
                {alertIds.has(row.id) && <Badge color="red" variant="light" tt="none">Safety alert</Badge>}
                {absenceIds?.has(row.id) && <Badge color="orange" variant="light" tt="none">Attendance alert</Badge>}
                {lowAdherence.has(row.id) && <Badge color="#9c3706" variant="outline" tt="none">Low adherence</Badge>}
                {unsynced.has(row.id) && <NotSyncedBadge />}
              </Group>
            </Table.Td>
            <Table.Td>{row.age ?? '—'}</Table.Td>
            <Table.Td>{row.levelOfCare}</Table.Td>
            <Table.Td>{row.program}</Table.Td>
            <Table.Td>{row.clinicianName}</Table.Td>
            <Table.Td>{formatIsoDate(row.admissionDate)}</Table.Td>
            <Table.Td>
              <ClientStatusBadge status={row.status} />
            </Table.Td>
            <Table.Td>{measuresCell(row)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
