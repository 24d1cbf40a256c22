import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../../../shared/progress/reviews/review-overview';
import { formatIsoDate } from '../../../components/format-date';

const KIND_LABEL: Readonly<Record<TimelineEntry['kind'], string>> = { level_of_care: 'Level of care', review: 'Review', medication: 'Medication' };

/** Level-of-care changes, signed reviews and medication changes, newest first. */
export function OverviewTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4" id="timeline-heading">
          Timeline
        </Title>
        {entries.length === 0 ? (
          <Text>No level-of-care changes, signed reviews or medication changes yet.</Text>
        ) : (
          <List aria-labelledby="timeline-heading" spacing={6} listStyleType="none">
            {entries.map((e, i) => (
              <List.Item key={`${e.kind}-${e.date}-${String(i)}`}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" w={110}>
                    {formatIsoDate(e.date)}
                  </Text>
                  <Badge variant="outline" color="gray" tt="none">
                    {KIND_LABEL[e.kind]}
                  </Badge>
                  {e.reviewId ? (
                    <Anchor component={Link} to={`/reviews/${encodeURIComponent(e.reviewId)}`} size="sm">
                      {e.label}
                    </Anchor>
                  ) : (
                    <Text size="sm">{e.label}</Text>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
