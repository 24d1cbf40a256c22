import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ObjectiveData } from '../../../../shared/progress/plans/evaluate';
import { iopHoursCheck } from '../../../../shared/progress/plans/plan-validation';
import type { Objective, TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { formatIsoDate } from '../../../components/format-date';
import { targetText, VERSION_STATUS_LABELS } from '../plan-text';
import { SERVICE_LABELS } from './DiagnosesServicesEditor';
import { ObjectiveProgressLine } from './ObjectiveProgressLine';
import { ObjectiveStatusForm, type JudgeObjective } from './ObjectiveStatusForm';
import type { ObjectiveStatusEntry } from '../../../../shared/progress/plans/objective-status';

interface Props {
  readonly version: TreatmentPlanVersion;
  readonly data: ObjectiveData | undefined;
  readonly asOf: string;
  readonly staffNames: ReadonlyMap<string, string>;
  /** Clinician judgements by objective id (all versions of the plan). */
  readonly judgements?: ReadonlyMap<string, ObjectiveStatusEntry>;
  /** Given for the signed version in force when the user may judge its objectives. */
  readonly judge?: JudgeObjective;
}

function ObjectiveView({ o, n, version, data, asOf, staffNames, judgements, judge }: Props & { readonly o: Objective; readonly n: string }) {
  return (
    <Card withBorder padding="sm" role="group" aria-label={`Objective ${n}`}>
      <Stack gap={4}>
        <Text fw={600}>
          Objective {n}: {o.statement}
        </Text>
        <Text size="sm">
          Target: {targetText(o.measure, version.targetBehaviours)} by {formatIsoDate(o.targetDate)}
        </Text>
        <ObjectiveProgressLine objective={o} data={data} asOf={asOf} judgement={judgements?.get(o.objectiveId)} staffNames={staffNames} />
        {judge && <ObjectiveStatusForm objectiveId={o.objectiveId} label={`objective ${n}`} judge={judge} />}
        {o.interventions.length > 0 && (
          <List size="sm">
            {o.interventions.map((i) => (
              <List.Item key={i.interventionId}>
                {i.modality}, {String(i.frequency.count)} a {i.frequency.per}
                {i.minutes ? `, ${String(i.minutes)} min` : ''} — {i.responsibleStaffIds.map((id) => staffNames.get(id) ?? id).join(', ') || 'no one named'}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}

/** A plan version as signed (or as drafted), read-only, with every objective's progress from the data. */
export function PlanView(props: Props) {
  const { version: v } = props;
  return (
    <Stack gap="sm" role="region" aria-label={`Plan version ${String(v.version)}`}>
      <Group gap="sm">
        <Title order={3}>Version {v.version}</Title>
        <Badge variant="outline" color={v.status === 'active' ? '#1e6b31' : '#343a40'} tt="none">
          {VERSION_STATUS_LABELS[v.status]}
        </Badge>
      </Group>
      <Text size="sm">
        Starts {formatIsoDate(v.effectiveFrom)} · review due {formatIsoDate(v.reviewDueOn)}
      </Text>
      {v.changeSummary && <Text size="sm">What this revision changes: {v.changeSummary}</Text>}
      <Text>
        <Text span fw={600}>
          Client’s words:{' '}
        </Text>
        {v.clientStatement || '—'}
      </Text>
      <Text>
        <Text span fw={600}>
          Strengths:{' '}
        </Text>
        {v.strengths.filter((s) => s.trim()).join('; ') || '—'}
      </Text>
      <Text>
        <Text span fw={600}>
          Discharge criteria:{' '}
        </Text>
        {v.dischargeCriteria.text || '—'}
      </Text>
      {v.diagnoses.length > 0 && (
        <Text>
          <Text span fw={600}>
            Diagnoses:{' '}
          </Text>
          {v.diagnoses.map((d) => `${d.code.toUpperCase()} ${d.label}${d.primary ? ' (primary)' : ''}`).join('; ')}
        </Text>
      )}
      {v.services.length > 0 && (
        <Text>
          <Text span fw={600}>
            Services:{' '}
          </Text>
          {v.services
            .map(
              (s) =>
                `${SERVICE_LABELS[s.type]}, ${String(s.sessionsPerWeek)} a week × ${String(s.minutesPerSession)} min${s.durationWeeks ? ` for ${String(s.durationWeeks)} weeks` : ''}`,
            )
            .join('; ')}
          . {iopHoursCheck(v).summary}
        </Text>
      )}
      {v.targetBehaviours.length > 0 && (
        <Text>
          <Text span fw={600}>
            Target behaviours:{' '}
          </Text>
          {v.targetBehaviours.map((b) => b.label).join(', ')}
        </Text>
      )}
      {v.problems.map((p, i) => (
        <Stack key={p.problemId} gap="xs">
          <Title order={4}>
            Problem {i + 1}: {p.statement}
          </Title>
          {p.goals.map((g, j) => (
            <Stack key={g.goalId} gap="xs" pl="md">
              <Text fw={600}>
                Goal {i + 1}.{j + 1}: “{g.clientWords}”{g.clinicalStatement ? ` — ${g.clinicalStatement}` : ''} (by {formatIsoDate(g.targetDate)})
              </Text>
              {g.objectives.map((o, k) => (
                <ObjectiveView key={o.objectiveId} {...props} o={o} n={`${String(i + 1)}.${String(j + 1)}.${String(k + 1)}`} />
              ))}
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
