import { Badge, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { InstrumentDefinition } from '../../../../shared/instruments';
import type { CorrectionStep } from '../corrections';
import type { MeasureResponse } from '../measure-records';
import { RangeChoice, type TrajectoryRange } from '../../../charts';
import { ALERT_OPEN, buildTrajectory, trendedInstruments, type Trajectory } from '../trajectory-chart-data';
import { ItemTrendTable } from './ItemTrendTable';
import { ScoresTable } from './ScoresTable';
import { TrajectoryChart } from './TrajectoryChart';
import type { ChartMarker } from '../trajectory-chart-config';

interface Props {
  /** Current (not superseded) responses, oldest first. */
  readonly responses: readonly MeasureResponse[];
  /** The client's unanswered safety alerts: shown beside response and remission, never left out. */
  readonly openAlerts: readonly MeasureResponse[];
  /** The corrections behind a response, newest first. */
  readonly history: (responseId: string) => readonly CorrectionStep[];
  readonly staffNames: ReadonlyMap<string, string>;
  readonly onCorrect: (responseId: string) => void;
  /** Vertical lines on every chart (medication changes); optional. */
  readonly markers?: readonly ChartMarker[];
  /** Definitions with the clinic's licensed wording, for item labels; optional. */
  readonly instruments?: readonly InstrumentDefinition[];
}

const BADGE_COLOURS: Readonly<Record<string, string>> = { 'reliably deteriorated': 'red', [ALERT_OPEN]: 'red' };

function TrajectoryCard({
  trajectory,
  responses,
  onCorrect,
  history,
  staffNames,
  markers,
  instruments,
}: { trajectory: Trajectory } & Omit<Props, 'openAlerts'>) {
  const headingId = `trajectory-${trajectory.instrumentId}`;
  const [byItem, setByItem] = useState(false);
  const inRange = new Set(trajectory.points.map((p) => p.id));
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack>
        <Title order={3} id={headingId}>
          {trajectory.title} ({trajectory.instrumentId})
        </Title>
        <Group gap="xs" role="group" aria-label="Latest result against baseline">
          <Text>Baseline {trajectory.baseline ?? '—'}.</Text>
          {trajectory.badges.map((b) => (
            <Badge key={b} variant={b === ALERT_OPEN ? 'filled' : 'light'} color={BADGE_COLOURS[b] ?? 'teal'} tt="none">
              {b}
            </Badge>
          ))}
          {trajectory.openAlerts.length > 0 && (
            <Text size="sm" c="red.9">
              {trajectory.openAlerts.join('; ')}.
            </Text>
          )}
        </Group>
        {trajectory.points.length > 0 ? <TrajectoryChart trajectory={trajectory} markers={markers} /> : <Text>No scores in this range.</Text>}
        <ScoresTable trajectory={trajectory} responses={responses} onCorrect={onCorrect} history={history} staffNames={staffNames} />
        <Switch
          label="Show answers by item"
          checked={byItem}
          onChange={(e) => {
            setByItem(e.currentTarget.checked);
          }}
        />
        {byItem && (
          <ItemTrendTable
            instrumentId={trajectory.instrumentId}
            responses={responses.filter((r) => inRange.has(r.id))}
            shown={instruments?.find((d) => d.id === trajectory.instrumentId)}
          />
        )}
      </Stack>
    </Card>
  );
}

/** Trajectories of every trended instrument the client has answered, over one chosen range. */
export function TrajectorySection({ responses, openAlerts, ...card }: Props) {
  const [range, setRange] = useState<TrajectoryRange>('12w');
  const [now] = useState(() => new Date());
  const trajectories = useMemo(
    () => trendedInstruments(responses).flatMap((id) => buildTrajectory(id, responses, range, now, openAlerts) ?? []),
    [responses, range, now, openAlerts],
  );
  if (trajectories.length === 0) return <Text>No scored measures to chart yet. Choose “Administer measure” to record one.</Text>;
  return (
    <Stack>
      <RangeChoice value={range} onChange={setRange} />
      {trajectories.map((t) => (
        <TrajectoryCard key={t.instrumentId} trajectory={t} responses={responses} {...card} />
      ))}
    </Stack>
  );
}
