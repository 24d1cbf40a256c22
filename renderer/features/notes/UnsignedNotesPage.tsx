import { Alert, Anchor, Badge, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatAge } from '../../../shared/domain/notes';
import { formatInstantDate } from '../../components/format-date';
import { notify } from '../../components/notify';
import { useSignedIn } from '../../session';
import { pendingRows, type PendingRow } from './note-rows';
import { useNoteActions } from './useNoteActions';
import { useUnsignedNotes } from './useNotes';
import { errorMessage } from '../../../shared/error-message';

interface TableProps {
  readonly rows: readonly PendingRow[];
  readonly label: string;
  readonly sinceLabel: string;
  readonly showAuthor: boolean;
  /** An extra last cell per row (e.g. Restore). */
  readonly action?: { readonly heading: string; readonly cell: (row: PendingRow) => ReactNode };
}

function PendingTable({ rows, label, sinceLabel, showAuthor, action }: TableProps) {
  return (
    <Table striped aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Client or group</Table.Th>
          <Table.Th>Note</Table.Th>
          {showAuthor && <Table.Th>Author</Table.Th>}
          <Table.Th>{sinceLabel}</Table.Th>
          <Table.Th>Age</Table.Th>
          {action && <Table.Th>{action.heading}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.client}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={r.href}>
                {r.template}
              </Anchor>
            </Table.Td>
            {showAuthor && <Table.Td>{r.author}</Table.Td>}
            <Table.Td>{formatInstantDate(r.since)}</Table.Td>
            <Table.Td>
              {formatAge(r.ageHours)} {r.overdue && <Badge color="red.9">Over 24 h</Badge>}
            </Table.Td>
            {action && <Table.Td>{action.cell(r)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Admins only: drafts their authors discarded while they held text, each with Restore (back to its author). */
function DiscardedDrafts({ rows }: { readonly rows: readonly PendingRow[] }) {
  const actions = useNoteActions();
  const [busy, setBusy] = useState('');
  const restore = async (row: PendingRow) => {
    setBusy(row.id);
    try {
      await actions.restore(row.id);
      notify(`The ${row.template} of ${row.client} is back among ${row.author}’s unsigned notes.`);
    } catch (e) {
      notify(`The draft was not restored: ${errorMessage(e)}`, { failed: true });
    } finally {
      setBusy('');
    }
  };
  return (
    <Stack component="section" aria-labelledby="discarded-heading" gap="xs">
      <Title order={2} size="h3" id="discarded-heading">
        Discarded drafts
      </Title>
      {rows.length === 0 ? (
        <Text>No discarded drafts.</Text>
      ) : (
        <>
          <Text>Drafts their authors discarded while they held text. Restoring one puts it back among its author’s unsigned notes, unchanged.</Text>
          <PendingTable
            rows={rows}
            label="Discarded drafts"
            sinceLabel="Discarded"
            showAuthor
            action={{
              heading: 'Restore',
              cell: (r) => (
                <Button
                  size="xs"
                  variant="default"
                  loading={busy === r.id}
                  aria-label={`Restore the ${r.template} of ${r.client}`}
                  onClick={() => void restore(r)}
                >
                  Restore
                </Button>
              ),
            }}
          />
        </>
      )}
    </Stack>
  );
}

/** /notes/unsigned: the signed-in clinician's drafts with age (over 24 h flagged); for supervisors notes awaiting their co-sign; for admins discarded drafts. */
export function UnsignedNotesPage() {
  const { user } = useSignedIn();
  const [now] = useState(() => new Date());
  const { data, error } = useUnsignedNotes();
  const mayCosign = user.role === 'supervisor' || user.role === 'admin';
  if (error)
    return (
      <Alert color="red" role="alert" title="Unsigned notes could not be read">
        {error.message}
      </Alert>
    );
  if (!data) return <Loader aria-label="Loading unsigned notes" />;
  const drafts = pendingRows(data.drafts, data, now);
  const awaiting = pendingRows(data.awaitingCosign, data, now);
  const overdue = drafts.filter((r) => r.overdue).length;
  return (
    <Stack>
      <Title order={1}>Unsigned notes</Title>
      <Stack component="section" aria-labelledby="drafts-heading" gap="xs">
        <Title order={2} size="h3" id="drafts-heading">
          Your drafts
        </Title>
        {drafts.length === 0 ? (
          <Text>All your notes are signed.</Text>
        ) : (
          <>
            <Text>{`${drafts.length} unsigned${overdue ? `, ${overdue} older than 24 hours` : ''}. Open a note to finish and sign it, or to discard it.`}</Text>
            <PendingTable rows={drafts} label="Your unsigned drafts" sinceLabel="Started" showAuthor={false} />
          </>
        )}
      </Stack>
      {mayCosign && (
        <Stack component="section" aria-labelledby="cosign-heading" gap="xs">
          <Title order={2} size="h3" id="cosign-heading">
            Awaiting your co-sign
          </Title>
          {awaiting.length === 0 ? (
            <Text>No notes await a co-sign.</Text>
          ) : (
            <PendingTable rows={awaiting} label="Notes awaiting co-sign" sinceLabel="Signed" showAuthor />
          )}
        </Stack>
      )}
      {user.role === 'admin' && <DiscardedDrafts rows={pendingRows(data.discarded, data, now)} />}
    </Stack>
  );
}
