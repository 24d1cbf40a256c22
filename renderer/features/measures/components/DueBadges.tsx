import { Badge, Group, Text } from '@mantine/core';
import { formatIsoDate } from '../../../components/format-date';
import type { DueItem } from '../schedule-rules';

function text(item: DueItem): string {
  if (item.state === 'overdue') return `${item.instrumentId} overdue since ${formatIsoDate(item.dueOn)}`;
  if (item.state === 'due') return `${item.instrumentId} due`;
  return `${item.instrumentId} next due ${formatIsoDate(item.dueOn)}`;
}

/** Scheduled measures as badges: overdue red, due orange, and (unless `onlyDue`) when the others fall due. */
export function DueBadges({ items, onlyDue = false }: { items: readonly DueItem[]; onlyDue?: boolean }) {
  const shown = onlyDue ? items.filter((i) => i.state !== 'not-due') : items;
  if (shown.length === 0) return <Text size="sm">Up to date</Text>;
  return (
    <Group gap={4}>
      {shown.map((item) => (
        <Badge key={item.instrumentId} tt="none" variant="light" color={item.state === 'overdue' ? 'red' : item.state === 'due' ? 'orange' : 'gray'}>
          {text(item)}
        </Badge>
      ))}
    </Group>
  );
}
