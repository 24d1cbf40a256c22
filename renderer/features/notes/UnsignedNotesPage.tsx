import { Alert, Anchor, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatAge } from '../../../shared/domain/notes';
import { formatInstantDate } from '../../components/format-date';
import { useSession } from '../../app/session-context';
import { pendingRows, type PendingRow } from './note-rows';
import { useUnsignedNotes } from './useNotes';

function PendingTable({ rows, label, sinceLabel, showAuthor }: { readonly rows: readonly PendingRow[]; readonly label: string; readonly sinceLabel: string; readonly showAuthor: boolean }) {
  return (
    <Table striped aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Client</Table.Th>
          <Table.Th>Note</Table.Th>
          {showAuthor && <Table.Th>Author</Table.Th>}
          <Table.Th>{sinceLabel}</Table.Th>
          <Table.Th>Age</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.client}</Table.Td>
            <Table.Td><Anchor component={Link} to={`/notes/${r.id}`}>{`${r.template} note`}</Anchor></Table.Td>
            {showAuthor && <Table.Td>{r.author}</Table.Td>}
            <Table.Td>{formatInstantDate(r.since)}</Table.Td>
            <Table.Td>
              {formatAge(r.ageHours)} {r.overdue && <Badge color="red.9">Over 24 h</Badge>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** /notes/unsigned: the signed-in clinician's drafts with age (over 24 h flagged) and, for supervisors, notes awaiting their co-sign. */
export function UnsignedNotesPage() {
  const { user } = useSession();
  const [now] = useState(() => new Date());
  const { data, error } = useUnsignedNotes();
  const mayCosign = user.role === 'supervisor' || user.role === 'admin';
  if (error) return <Alert color="red" role="alert" title="Unsigned notes could not be read">{error.message}</Alert>;
  if (!data) return <Loader aria-label="Loading unsigned notes" />;
  const drafts = pendingRows(data.drafts, data.clients, data.staff, now);
  const awaiting = pendingRows(data.awaitingCosign, data.clients, data.staff, now);
  const overdue = drafts.filter((r) => r.overdue).length;
  return (
    <Stack>
      <Title order={1}>Unsigned notes</Title>
      <Stack component="section" aria-labelledby="drafts-heading" gap="xs">
        <Title order={2} size="h3" id="drafts-heading">Your drafts</Title>
        {drafts.length === 0 ? (
          <Text>All your notes are signed.</Text>
        ) : (
          <>
            <Text>{`${drafts.length} unsigned${overdue ? `, ${overdue} older than 24 hours` : ''}. Open a note to finish and sign it.`}</Text>
            <PendingTable rows={drafts} label="Your unsigned drafts" sinceLabel="Started" showAuthor={false} />
          </>
        )}
      </Stack>
      {mayCosign && (
        <Stack component="section" aria-labelledby="cosign-heading" gap="xs">
          <Title order={2} size="h3" id="cosign-heading">Awaiting your co-sign</Title>
          {awaiting.length === 0 ? <Text>No notes await a co-sign.</Text> : <PendingTable rows={awaiting} label="Notes awaiting co-sign" sinceLabel="Signed" showAuthor />}
        </Stack>
      )}
    </Stack>
  );
}
