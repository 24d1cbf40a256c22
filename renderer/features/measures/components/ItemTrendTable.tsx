import { Table } from '@mantine/core';
import type { Answer, InstrumentDefinition, InstrumentId } from '../../../../shared/instruments';
import { formatInstantDate } from '../../../components/format-date';
import { itemTrend } from '../item-trend-data';
import type { MeasureResponse } from '../measure-records';

function show(value: Answer): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

function signed(change: number | null): string {
  if (change === null) return '—';
  return change > 0 ? `+${String(change)}` : String(change);
}

/** Each item's answers across administrations: which symptoms move and which do not. */
export function ItemTrendTable({
  instrumentId,
  responses,
  shown,
}: {
  instrumentId: InstrumentId;
  responses: readonly MeasureResponse[];
  shown?: InstrumentDefinition | undefined;
}) {
  const trend = itemTrend(instrumentId, responses, shown);
  if (!trend) return null;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped>
        <Table.Caption>{instrumentId} answers by item, oldest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            {trend.columns.map((c) => (
              <Table.Th key={c.id}>{formatInstantDate(c.completedAt)}</Table.Th>
            ))}
            <Table.Th>Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.rows.map((row) => (
            <Table.Tr key={row.itemId}>
              <Table.Th scope="row" fw={400}>
                {row.number}. {row.label}
              </Table.Th>
              {row.values.map((v, i) => (
                <Table.Td key={trend.columns[i]?.id ?? i}>{show(v)}</Table.Td>
              ))}
              <Table.Td>{signed(row.change)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
