import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ObjectiveData } from '../../../../shared/progress/plans/evaluate';
import { shownObjectiveStatus } from '../../../../shared/progress/plans/objective-display';
import type { ObjectiveStatusEntry } from '../../../../shared/progress/plans/objective-status';
import type { Objective } from '../../../../shared/progress/plans/types';
import { formatIsoDate } from '../../../components/format-date';
import { BADGE_LABELS, OBJECTIVE_STATUS_LABELS, progressDetail } from '../plan-text';

const STATUS_COLOR = {
  met: '#1e6b31',
  in_progress: '#1864ab',
  not_started: '#343a40',
  not_met: '#c92a2a',
  partially_met: '#9c3706',
  deferred: '#343a40',
  discontinued: '#343a40',
} as const;

interface Props {
  readonly objective: Objective;
  readonly data: ObjectiveData | undefined;
  readonly asOf: string;
  /** The clinician's latest judgement of this objective, if any ("computed" = withdrawn). */
  readonly judgement?: ObjectiveStatusEntry | undefined;
  readonly staffNames?: ReadonlyMap<string, string>;
}

function Judgement({ entry, staffNames }: { readonly entry: ObjectiveStatusEntry; readonly staffNames: ReadonlyMap<string, string> | undefined }) {
  const who = staffNames?.get(entry.by) ?? 'a clinician';
  return (
    <Text size="sm">
      Set by {who} on {formatIsoDate(entry.on)}. Reason: {entry.reason}
    </Text>
  );
}

/** An objective's progress computed from the data (status, met date, badges, latest value), and a clinician's judgement beside it when one was recorded. */
export function ObjectiveProgressLine({ objective, data, asOf, judgement, staffNames }: Props) {
  if (!data)
    return (
      <Text size="sm" c="gray.7">
        Reading the data…
      </Text>
    );
  const shown = shownObjectiveStatus(objective, data, asOf, judgement);
  const { computed } = shown;
  const judged = shown.shown.source === 'clinician' ? shown.judged : null;
  const computedLabel = `${judged ? 'From the data' : 'Progress'}: ${OBJECTIVE_STATUS_LABELS[computed.status]}`;
  return (
    <Stack gap={4} role="group" aria-label={`Progress of ${objective.statement || 'this objective'}`}>
      {judged && judgement && (
        <Group gap="xs" wrap="wrap">
          <Badge color={STATUS_COLOR[judged.status]} variant="outline" tt="none">{`Clinician: ${OBJECTIVE_STATUS_LABELS[judged.status]}`}</Badge>
          <Judgement entry={judgement} staffNames={staffNames} />
        </Group>
      )}
      <Group gap="xs" wrap="wrap">
        <Badge color={STATUS_COLOR[computed.status]} variant="outline" tt="none">
          {computedLabel}
        </Badge>
        {computed.badges.map((b) => (
          <Badge key={b} color="#9c3706" variant="outline" tt="none">
            {BADGE_LABELS[b]}
          </Badge>
        ))}
        <Text size="sm">
          {computed.metOn ? `Met on ${formatIsoDate(computed.metOn)}. ` : ''}
          {progressDetail(computed, objective.measure, data)}
        </Text>
      </Group>
    </Stack>
  );
}
