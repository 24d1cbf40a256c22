import { Table } from '@mantine/core';
import type { Episode } from '../../../../shared/progress/episodes';
import { formatIsoDate } from '../../../components/format-date';
import { TableHeader } from '../../../components/TableHeader';

const BEGAN = { admission: 'Admission', transfer: 'Transfer' } as const;
const ENDED = { transfer: 'Transfer', discharge: 'Discharge' } as const;

/** Every episode of the stay, newest first: level, coding, dates and how it began and ended. */
export function EpisodeHistory({ episodes }: { episodes: readonly Episode[] }) {
  return (
    <Table striped withTableBorder aria-label="Level-of-care history">
      <TableHeader columns={['Level of care', 'Coding', 'From', 'To', 'Began with', 'Ended with']} />
      <Table.Tbody>
        {[...episodes].reverse().map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{e.levelOfCareCode}</Table.Td>
            <Table.Td>{e.coding ? `${e.coding.scheme.toUpperCase()} ${e.coding.code}` : '—'}</Table.Td>
            <Table.Td>{formatIsoDate(e.startedOn)}</Table.Td>
            <Table.Td>{e.endedOn ? formatIsoDate(e.endedOn) : 'Current'}</Table.Td>
            <Table.Td>{BEGAN[e.startType]}</Table.Td>
            <Table.Td>{e.endType ? ENDED[e.endType] : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
