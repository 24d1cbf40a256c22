import { Badge, Group, Text } from '@mantine/core';
import type { ObjectiveData } from '../../../../shared/progress/plans/evaluate';
import { objectiveProgress } from '../../../../shared/progress/plans/objective-progress';
import type { Objective } from '../../../../shared/progress/plans/types';
import { formatIsoDate } from '../../../components/format-date';
import { BADGE_LABELS, OBJECTIVE_STATUS_LABELS, progressDetail } from '../plan-text';

const STATUS_COLOR = { met: '#1e6b31', in_progress: '#1864ab', not_started: '#343a40', not_met: '#c92a2a', partially_met: '#9c3706', deferred: '#343a40', discontinued: '#343a40' } as const;

/** An objective's progress computed from the data (status, met date, badges, latest value): nothing here is typed. */
export function ObjectiveProgressLine({ objective, data, asOf }: { readonly objective: Objective; readonly data: ObjectiveData | undefined; readonly asOf: string }) {
  if (!data) return <Text size="sm" c="gray.7">Reading the data…</Text>;
  const p = objectiveProgress(objective, data, asOf);
  const label = `Progress: ${OBJECTIVE_STATUS_LABELS[p.status]}`;
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={`Progress of ${objective.statement || 'this objective'}`}>
      <Badge color={STATUS_COLOR[p.status]} variant="outline" tt="none">{label}</Badge>
      {p.badges.map((b) => <Badge key={b} color="#9c3706" variant="outline" tt="none">{BADGE_LABELS[b]}</Badge>)}
      <Text size="sm">
        {p.metOn ? `Met on ${formatIsoDate(p.metOn)}. ` : ''}
        {progressDetail(p, objective.measure, data)}
      </Text>
    </Group>
  );
}
