import { Table, UnstyledButton } from '@mantine/core';
import type { ClientSort, SortKey } from '../client-list';

interface Props {
  readonly column: SortKey;
  readonly sort: ClientSort;
  readonly onSort: (column: SortKey) => void;
  readonly children: string;
}

/** A column header that sorts by its column; aria-sort tells assistive tech the current order. */
export function SortableTh({ column, sort, onSort, children }: Props) {
  const active = sort.key === column;
  const arrow = active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
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
        <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
