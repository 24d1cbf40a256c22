import { Anchor, Group, Table } from '@mantine/core';
import { Fragment, useRef, useState, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatIsoDate } from '../../../components/format-date';
import type { ClientRow, ClientSort, SortKey } from '../client-list';
import { ClientStatusBadge } from './ClientStatusBadge';
import { SortableTh } from './SortableTh';

interface Props {
  readonly rows: readonly ClientRow[];
  readonly sort: ClientSort;
  readonly onSort: (key: SortKey) => void;
  readonly caption: string;
  /** The other features' flags (safety alert, attendance, adherence, not synced), each with the clients it is raised for. */
  readonly signals: readonly { readonly key: string; readonly ids: ReadonlySet<string>; readonly Badge: ComponentType; readonly spoken?: string }[];
  /** The other features' columns (e.g. measures due), after the list's own. */
  readonly columns: readonly { readonly key: string; readonly header: string; readonly cell: (row: ClientRow) => ReactNode }[];
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
export function ClientTable({ rows, sort, onSort, caption, signals, columns }: Props) {
  const { body, onKeyDown, tabIndexOf, setCurrent, navigate } = useRowKeys(rows);
  return (
    <Table highlightOnHover striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <SortableTh column="name" sort={sort} onSort={onSort}>
            Name
          </SortableTh>
          <Table.Th>Age</Table.Th>
          <SortableTh column="levelOfCare" sort={sort} onSort={onSort}>
            Level of care
          </SortableTh>
          <Table.Th>Program</Table.Th>
          <Table.Th>Primary clinician</Table.Th>
          <SortableTh column="admissionDate" sort={sort} onSort={onSort}>
            Admitted
          </SortableTh>
          <Table.Th>Status</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.key}>{c.header}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body}>
        {rows.map((row, index) => (
          <Table.Tr
            key={row.id}
            tabIndex={tabIndexOf(index)}
            aria-label={`${row.displayName}${signals.map((g) => (g.spoken && g.ids.has(row.id) ? `, ${g.spoken}` : '')).join('')}, open chart`}
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
                {signals.map(({ key, ids, Badge }) =>
                  ids.has(row.id) ? (
                    <Fragment key={key}>
                      <Badge />
                    </Fragment>
                  ) : null,
                )}
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
            {columns.map((c) => (
              <Table.Td key={c.key}>{c.cell(row)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
