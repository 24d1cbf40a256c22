import { Badge, Group, Text } from '@mantine/core';
import type { ObjectiveData } from '../../../../shared/progress/plans/evaluate';
import { objectiveProgress } from '../../../../shared/progress/plans/objective-progress';
import type { Objective } from '../../../../shared/progress/plans/types';
import { formatIsoDate } from '../../../components/format-date';
import { BADGE_LABELS, OBJECTIVE_STATUS_LABELS, progressDetail } from '../plan-text';

const STATUS_COLOR = { met: 'green.9', in_progress: 'blue.9', not_started: 'gray.8', not_met: 'red.9', partially_met: 'orange.9', deferred: 'gray.8', discontinued: 'gray.8' } as const;

/** An objective's progress computed from the data (status, met date, badges, latest value): nothing here is typed. */
export function ObjectiveProgressLine({ objective, data, asOf }: { readonly objective: Objective; readonly data: ObjectiveData | undefined; readonly asOf: string }) {
  if (!data) return <Text size="sm" c="gray.7">Reading the data…</Text>;
  const p = objectiveProgress(objective, data, asOf);
  const label = `Progress: ${OBJECTIVE_STATUS_LABELS[p.status]}`;
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={`Progress of ${objective.statement || 'this objective'}`}>
      <Badge color={STATUS_COLOR[p.status]} variant="outline" tt="none">{label}</Badge>
      {p.badges.map((b) => <Badge key={b} color="orange.9" variant="outline" tt="none">{BADGE_LABELS[b]}</Badge>)}
      <Text size="sm">
        {p.metOn ? `Met on ${formatIsoDate(p.metOn)}. ` : ''}
        {progressDetail(p, objective.measure)}
      </Text>
    </Group>
  );
}
