import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AskFirstButton } from '../../../components/AskFirstButton';
import { notify } from '../../../components/notify';
import { useNoteActions } from '../useNoteActions';
import { errorMessage } from '../../../../shared/error-message';

interface Props {
  readonly noteId: string;
  readonly clientId: string;
  /** True when the draft holds anything entered (judged on screen; storage judges again on what it holds). */
  readonly hasContent: boolean;
  /** Saves what is pending first, so the stored draft is what the author sees; false when that save failed. */
  readonly saveFirst: () => Promise<boolean>;
}

/**
 * "Discard draft": an empty draft (an accidental "New note") goes at once; one holding text asks first and is kept
 * as a discarded draft an admin can restore. Either way the author lands back on the client's notes.
 */
export function DiscardDraftButton({ noteId, clientId, hasContent, saveFirst }: Props) {
  const actions = useNoteActions();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const discard = async (close: () => void) => {
    setBusy(true);
    try {
      if (!(await saveFirst())) throw new Error('What you typed could not be saved, so the draft was kept as it is.');
      const outcome = await actions.discard(noteId);
      notify(outcome === 'deleted' ? 'The empty draft was discarded.' : 'The draft was discarded. An admin can restore it from Unsigned notes.');
      await navigate(`/clients/${clientId}?tab=notes`);
    } catch (e) {
      notify(`The draft was not discarded: ${errorMessage(e)}`, { failed: true });
      setBusy(false);
      close();
    }
  };

  return (
    <AskFirstButton
      label="Discard draft"
      color="red"
      askFirst={() => hasContent}
      title="Discard this draft?"
      confirmLabel="Discard draft"
      cancelLabel="Keep the draft"
      busy={busy}
      onConfirm={(close) => void discard(close)}
    >
      This draft holds text. It leaves your unsigned notes; nothing is deleted, and a clinic admin can restore it.
    </AskFirstButton>
  );
}
