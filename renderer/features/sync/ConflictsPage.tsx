import { Loader, Stack, Text, Title } from '@mantine/core';
import { ConflictCard } from './components/ConflictCard';
import { QuarantineCard } from './components/QuarantineCard';
import { SetAsideCard } from './components/SetAsideCard';
import { setAsideProblem } from './set-aside';
import { useOpenSyncRecords } from './useConflicts';

/** Conflicts: versions changed on two laptops at once, and documents the server refused. Nothing here is lost. */
export function ConflictsPage() {
  const copies = useOpenSyncRecords('conflict-copy');
  const refused = useOpenSyncRecords('quarantine');
  const pulled = refused.open.filter((record) => setAsideProblem(record) !== null);
  const pushed = refused.open.filter((record) => setAsideProblem(record) === null);
  return (
    <Stack maw={1000}>
      <Title order={1}>Conflicts</Title>
      <Text size="sm">
        When two laptops change the same record before syncing, Waypoint keeps one version and saves the other as a conflict copy. Compare them here and keep
        one, the other, or a merge of both.
      </Text>
      {(copies.loading || refused.loading) && <Loader aria-label="Loading conflicts" />}
      {copies.data && copies.open.length === 0 && <Text role="status">No open conflicts.</Text>}
      {copies.open.map((record) => (
        <ConflictCard key={record.id} record={record} />
      ))}
      <Title order={2} size="h3">
        Refused by the server
      </Title>
      {refused.data && pushed.length === 0 && <Text role="status">The server has refused nothing.</Text>}
      {pushed.map((record) => (
        <QuarantineCard key={record.id} record={record} />
      ))}
      {pulled.length > 0 && (
        <Title order={2} size="h3">
          Set aside from the server
        </Title>
      )}
      {pulled.map((record) => (
        <SetAsideCard key={record.id} record={record} />
      ))}
    </Stack>
  );
}
