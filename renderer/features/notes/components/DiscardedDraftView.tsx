import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Note } from '../../../../shared/domain/records';
import { formatInstantDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { useSignedIn } from '../../../session';
import { useNoteActions } from '../useNoteActions';
import { NoteSections } from './NoteSections';
import { errorMessage } from '../../../../shared/error-message';

/** A draft its author discarded: read-only, with Restore for an admin (it goes back to its author, unchanged). */
export function DiscardedDraftView({ note, author }: { readonly note: Note; readonly author: string }) {
  const { user } = useSignedIn();
  const actions = useNoteActions();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    try {
      await actions.restore(note.id);
      notify(`The draft is back among ${author}’s unsigned notes.`);
    } catch (e) {
      notify(`The draft was not restored: ${errorMessage(e)}`, { failed: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <Alert color="gray" title="Discarded draft">
        {`${author} discarded this draft on ${formatInstantDate(note.updatedAt)}. It is kept, unchanged, so a clinic admin can restore it.`}
      </Alert>
      {user.role === 'admin' && (
        <Group>
          <Button onClick={() => void restore()} loading={busy}>
            Restore draft
          </Button>
        </Group>
      )}
      <NoteSections sections={note.sections} />
    </Stack>
  );
}
