import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReviewSnapshot } from '../../../../shared/progress';

function percent(attended: number, denominator: number): string {
  return denominator === 0 ? 'no sessions due' : `${String(attended)} of ${String(denominator)} (${String(Math.round((attended * 100) / denominator))} %)`;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function primaryText(s: ReviewSnapshot): string {
  const p = s.primary;
  if (p === null) return 'No primary measure named';
  if (p.baseline === null) return `${p.instrument}: not given yet`;
  return `${p.instrument}: ${[p.baseline, ...p.scores].map(String).join(' → ')}`;
}

function safetyText(s: ReviewSnapshot): string {
  const events =
    s.safetyEvents.length === 0
      ? 'no safety events'
      : `${String(s.safetyEvents.length)} safety event(s), latest ${String(Math.min(...s.safetyEvents.map((e) => e.daysAgo)))} days ago`;
  return s.openSafetyAlert ? `Open safety alert; ${events}` : events;
}

/** The evidence snapshot's figures (progress.md §5.2), as the review shows and freezes them. */
export function SnapshotFigures({ snapshot }: { snapshot: ReviewSnapshot }) {
  const { attendance: a } = snapshot;
  const last = snapshot.primary?.lastAdministeredDaysAgo;
  const use = snapshot.substanceUse;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Evidence
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Figure label="Primary measure (baseline → latest)" value={primaryText(snapshot)} />
          <Figure label="Last given" value={last === null || last === undefined ? '—' : `${String(last)} days ago`} />
          <Figure
            label="Attendance, last 28 days"
            value={`${percent(a.attended, a.scheduled - a.excused)}${a.excused > 0 ? `, ${String(a.excused)} excused` : ''}`}
          />
          <Figure label="Missed in a row / days since attended" value={`${String(snapshot.consecutiveMissed)} / ${String(snapshot.daysSinceLastAttended)}`} />
          <Figure label="Safety" value={safetyText(snapshot)} />
          <Figure label="Objectives met" value={`${String(snapshot.objectives.met)} of ${String(snapshot.objectives.active)}`} />
          <Figure label="Days in program" value={String(snapshot.daysInProgram)} />
          <Figure
            label="Substance use, last 14 days"
            value={use === null ? 'not tracked' : `${String(use.last14)} days (${String(use.prior14)} before; ${String(use.unknown14)} unknown)`}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
