import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Session } from '../../../../shared/domain/records';
import { visitNoteId } from '../../../../shared/domain/visit-note';
import { useSignedIn } from '../../../session';
import { useDatabase, useLiveQuery, watchNote } from '../../../db';
import { openVisitNote } from '../visit-note-actions';
import { errorMessage } from '../../../../shared/error-message';

/**
 * A medication visit finished before visit notes were notes kept its note as text on the visit. The session page
 * shows that text until it is a note; one of the visit's clinicians turns it into a draft to sign.
 */
export function KeptVisitNote({ session }: { readonly session: Session }) {
  const db = useDatabase();
  const { user } = useSignedIn();
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const note = useLiveQuery((d) => watchNote(d, visitNoteId(session.id)), [session.id]).data;
  const text = session.summary.trim();
  if (session.kind !== 'medication' || !text || note !== null) return null;
  const convert = () => {
    openVisitNote({ db, actorId: user.id, now: new Date() }, session).then(
      (made) => navigate(`/notes/${made.id}`),
      (e: unknown) => {
        setError(errorMessage(e));
      },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="kept-visit-note">
      <Stack gap="xs">
        <Title order={3} size="h5" id="kept-visit-note">
          Visit note kept on the visit
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
        <Text size="sm" c="gray.7">
          Written before visit notes were notes: it is not yet in Notes and cannot be signed until it is turned into a note.
        </Text>
        {error && <Alert color="red" role="alert" title="The note was not made">{`${error} The text above is unchanged; try again.`}</Alert>}
        {session.clinicianIds.includes(user.id) && (
          <Button variant="light" onClick={convert} style={{ alignSelf: 'flex-start' }}>
            Turn into a draft note
          </Button>
        )}
      </Stack>
    </Card>
  );
}
