import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatInstantDate } from '../../components/format-date';
import { NotSyncedBadge, useUnsyncedIds } from '../sync';
import { NoteStateBadge } from './components/NoteStateBadge';
import { clientNoteRows } from './note-rows';
import { useClientNotes } from './useNotes';
import { TableHeader } from '../../components/TableHeader';

interface Props {
  readonly clientId: string;
  /** Discharged clients keep their notes but get no new ones. */
  readonly canWrite: boolean;
}

/** The chart's Notes tab: the client's notes with state, date, author and template, and "New note". */
export function NotesTab({ clientId, canWrite }: Props) {
  const { data, error } = useClientNotes(clientId);
  const unsynced = useUnsyncedIds('notes');
  if (error)
    return (
      <Alert color="red" role="alert" title="Notes could not be read">
        {error.message}
      </Alert>
    );
  if (!data) return <Loader aria-label="Loading notes" />;
  const rows = clientNoteRows(data.notes, data.staff);
  return (
    <Stack component="section" aria-labelledby="notes-heading">
      <Group justify="space-between">
        <Title order={2} id="notes-heading">
          Notes
        </Title>
        {canWrite && (
          <Button component={Link} to={`/notes/new?clientId=${encodeURIComponent(clientId)}&template=soap`}>
            New note
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text c="gray.7">No notes yet.</Text>
      ) : (
        <Table striped>
          <TableHeader columns={['Date', 'Note', 'Author', 'Status', 'Addenda']} />
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatInstantDate(r.startedAt)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/notes/${r.id}`}>
                    {r.title ? `${r.template}: ${r.title}` : r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.author}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <NoteStateBadge state={r.state} />
                    {unsynced.has(r.id) && <NotSyncedBadge />}
                  </Group>
                </Table.Td>
                <Table.Td>{r.addenda}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
