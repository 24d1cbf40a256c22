import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { AdherenceWindow } from '../../../../shared/domain/medication-adherence';
import type { MedicationHistory } from '../../../../shared/domain/medication-events';
import { SEVERITY_LABELS, sideEffectLabel } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { formatInstantDate, formatIsoDate } from '../../../components/format-date';
import { useLatestScores } from '../useMedicationVisit';
import { visitSummary } from '../visit-summary';
import { AdherenceFigure } from './AdherenceFigure';
import { VisitNote } from './VisitNote';

interface Props {
  readonly clientId: string;
  readonly sessionId: string;
  readonly history: MedicationHistory;
  /** The adherence figure the tab and the alert show (not a separate "since the last visit" one). */
  readonly adherence: AdherenceWindow;
  readonly medications: readonly Medication[];
  readonly onFinish: () => Promise<void>;
  readonly onLeave: () => void;
}

function Scores({ clientId }: { clientId: string }) {
  const scores = useLatestScores(clientId);
  if (!scores) return <Text>Reading scores…</Text>;
  if (scores.length === 0) return <Text>No measures scored yet.</Text>;
  return (
    <List>
      {scores.map((s) => (
        <List.Item key={s.instrumentId}>
          {s.instrumentId}: {s.result}, {formatInstantDate(s.completedAt)}
        </List.Item>
      ))}
    </List>
  );
}

/** A medication visit in progress: what happened since the last visit, the latest scores, and the visit's note. */
export function VisitPanel({ clientId, sessionId, history, adherence, medications, onFinish, onLeave }: Props) {
  const summary = visitSummary(history, sessionId);
  const since = summary.lastVisit ? `since the last visit (${formatIsoDate(summary.lastVisit.occurredOn)})` : 'so far (first medication visit)';
  return (
    <Card withBorder component="section" aria-labelledby="visit-heading" bg="teal.0">
      <Stack>
        <Title order={3} id="visit-heading">
          Medication visit
        </Title>
        <Text>Changes you make on this tab during the visit are recorded as part of it ({summary.changesThisVisit} so far).</Text>
        <Group align="start" grow>
          <Stack gap={4}>
            <Text fw={600}>Adherence</Text>
            <AdherenceFigure adherence={adherence} medications={medications} />
          </Stack>
          <Stack gap={4}>
            <Text fw={600}>Side effects {since} or unresolved</Text>
            {summary.sideEffects.length === 0 ? (
              <Text>None.</Text>
            ) : (
              <List>
                {summary.sideEffects.map((s) => (
                  <List.Item key={s.id}>
                    {sideEffectLabel(s)}: {SEVERITY_LABELS[s.severity]} ({formatIsoDate(s.occurredOn)})
                    {s.resolvedOn ? `, resolved ${formatIsoDate(s.resolvedOn)}` : ''}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
          <Stack gap={4}>
            <Text fw={600}>Latest scores</Text>
            <Scores clientId={clientId} />
          </Stack>
        </Group>
        <VisitNote sessionId={sessionId} onFinish={onFinish} onLeave={onLeave} />
      </Stack>
    </Card>
  );
}
