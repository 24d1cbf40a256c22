import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { clientDisplayName } from '../../../shared/domain/client';
import { INDIVIDUAL_TEMPLATE_IDS, canEditNote, isGroupNote, noteLabel } from '../../../shared/domain/notes';
import type { Note } from '../../../shared/domain/records';
import { formatInstantDate } from '../../components/format-date';
import { useSignedIn } from '../../session';
import { HomeworkReviewBlock } from '../homework';
import { useOpenSafetyAlerts } from '../safety-alerts';
import { DiscardedDraftView } from './components/DiscardedDraftView';
import { NoteEditor } from './components/NoteEditor';
import { SignedNoteView } from './components/SignedNoteView';
import { useClientNotes, useClientResponses, useNote, type NoteWithContext } from './useNotes';
import { useAuditView } from '../../audit';
import { NoteSections } from './components/NoteSections';

const INDIVIDUAL: readonly string[] = INDIVIDUAL_TEMPLATE_IDS;

/** The client's most recent other individual note (by start time), for "Start from last note"; group notes never. */
function lastNoteBefore(notes: readonly Note[], current: Note): Note | null {
  const others = notes.filter(
    (n) => n.kind === 'note' && n.status !== 'discarded' && n.id !== current.id && INDIVIDUAL.includes(n.templateId) && n.sections.length > 0,
  );
  return others.reduce<Note | null>((a, n) => (a === null || n.createdAt > a.createdAt ? n : a), null);
}

function DraftEditor({ note }: { readonly note: Note }) {
  const responses = useClientResponses(note.clientId);
  const notes = useClientNotes(note.clientId);
  const openAlerts = useOpenSafetyAlerts(note.clientId);
  return (
    <Stack>
      <NoteEditor note={note} responses={responses.data ?? []} lastNote={lastNoteBefore(notes.data?.notes ?? [], note)} openAlerts={openAlerts} />
      {/* Outside the note's form: its reviews are entries of their own, saved as they are made. */}
      <HomeworkReviewBlock clientId={note.clientId} sessionId={note.sessionId || null} canEdit />
    </Stack>
  );
}

function ReadOnlyDraft({ note, author }: { readonly note: Note; readonly author: string }) {
  return (
    <Stack>
      <Alert color="gray" title="Draft">{`This draft is ${author}’s; only its author can edit and sign it.`}</Alert>
      <NoteSections sections={note.sections} />
    </Stack>
  );
}

/** A group session's shared draft is written beside attendance and each member's section, on the session's page. */
function GroupDraftHome({ note }: { readonly note: Note }) {
  return (
    <Alert color="blue" title="Written on the group session’s page">
      This group note is a draft. It is written and signed on{' '}
      <Anchor component={Link} to={`/sessions/${note.sessionId}`}>
        the group session’s page
      </Anchor>
      , where signing also writes each member’s own note.
    </Alert>
  );
}

function NoteBody({ data, note }: { readonly data: NoteWithContext; readonly note: Note }) {
  const { user } = useSignedIn();
  const nameOf = (id: string) => data.staff.find((s) => s.id === id)?.name ?? 'an unknown staff member';
  if (note.kind !== 'note') {
    return (
      <Text>
        This record belongs to{' '}
        <Anchor component={Link} to={`/notes/${note.parentId}`}>
          a signed note
        </Anchor>
        ; open the note to see it.
      </Text>
    );
  }
  if (note.status === 'signed') return <SignedNoteView note={note} records={data.children} staff={data.staff} />;
  if (note.status === 'discarded') return <DiscardedDraftView note={note} author={nameOf(note.authorId)} />;
  if (isGroupNote(note)) return <GroupDraftHome note={note} />;
  if (canEditNote(note, user.id)) return <DraftEditor note={note} />;
  return <ReadOnlyDraft note={note} author={nameOf(note.authorId)} />;
}

/** Whom the note is about and where "back" goes: the client's notes, or a group note's session page. */
function homeOf(note: Note, data: NoteWithContext): { readonly subject: string; readonly href: string; readonly back: string } {
  if (isGroupNote(note)) {
    const { groupSession } = data;
    const group = groupSession?.group?.name ?? 'a group not on this laptop';
    const when = groupSession ? `, ${formatInstantDate(groupSession.session.startsAt)}` : '';
    return { subject: `${group}${when}`, href: `/sessions/${note.sessionId}`, back: 'Back to the group session' };
  }
  const clientName = data.client ? clientDisplayName(data.client) : 'Unknown client';
  return { subject: clientName, href: `/clients/${note.clientId}?tab=notes`, back: `Back to ${clientName}’s notes` };
}

function NotePage({ noteId }: { readonly noteId: string }) {
  const { data, error } = useNote(noteId);
  useAuditView('note', noteId, Boolean(data?.note), 'Opened the note');
  if (error)
    return (
      <Alert color="red" role="alert" title="This note could not be read">
        {error.message} Nothing has been changed.
      </Alert>
    );
  if (!data) return <Loader aria-label="Loading note" />;
  const { note } = data;
  if (!note) {
    return (
      <Text role="alert">
        No note has this id. <Link to="/notes/unsigned">Go to your unsigned notes</Link> or open the note from the client’s chart.
      </Text>
    );
  }
  const home = homeOf(note, data);
  const author = data.staff.find((s) => s.id === note.authorId)?.name ?? 'an unknown staff member';
  return (
    <Stack>
      <Stack gap={2}>
        <Title order={1}>{`${noteLabel(note.templateId)} — ${home.subject}`}</Title>
        <Text size="sm" c="gray.7">
          Started by {author} on {formatInstantDate(note.createdAt)}.{' '}
          <Anchor component={Link} underline="always" to={home.href}>
            {home.back}
          </Anchor>
        </Text>
      </Stack>
      <NoteBody data={data} note={note} />
    </Stack>
  );
}

/** A note (/notes/:noteId): the draft editor for its author, or the locked signed note with addenda. */
export function NoteEditorPage() {
  const { noteId = '' } = useParams();
  return <NotePage key={noteId} noteId={noteId} />;
}
