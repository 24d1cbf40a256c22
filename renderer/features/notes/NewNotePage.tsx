import { Alert, Loader, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isTemplateId } from '../../../shared/domain/notes';
import { useNoteActions } from './useNoteActions';
import { errorMessage } from '../../../shared/error-message';

/** /notes/new?clientId=…&sessionId=…&template=soap: creates the draft once, then replaces the URL with the note's. */
export function NewNotePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const actions = useNoteActions();
  const [error, setError] = useState('');
  const started = useRef(false);
  const clientId = params.get('clientId') ?? '';
  const sessionId = params.get('sessionId') ?? '';
  const template = params.get('template') ?? 'soap';
  const templateId = isTemplateId(template) ? template : 'soap';

  useEffect(() => {
    if (started.current || !clientId) return;
    started.current = true;
    actions
      .create({ clientId, sessionId, templateId })
      .then((note) => navigate(`/notes/${note.id}`, { replace: true }))
      .catch((e: unknown) => {
        setError(errorMessage(e));
      });
  }, [actions, clientId, sessionId, templateId, navigate]);

  if (!clientId) {
    return (
      <Alert color="red" role="alert" title="No client chosen">
        Start a note from the client’s chart (Notes tab, New note). <Link to="/clients">Go to the client list</Link>
      </Alert>
    );
  }
  return (
    <Stack>
      {error ? (
        <Alert color="red" role="alert" title="The note could not be started">{`${error} Nothing was saved; go back and try again.`}</Alert>
      ) : (
        <Loader aria-label="Starting the note" />
      )}
    </Stack>
  );
}
