import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { CrashCopyRefusedNotice } from '../../../drafts/CrashCopyRefusedNotice';
import { useState } from 'react';
import { Link } from 'react-router';
import { canEditNote, htmlToText, templateOf } from '../../../../shared/domain/notes';
import type { Note } from '../../../../shared/domain/records';
import { useSignedIn } from '../../../session';
import { RichTextSection } from '../../../components/RichTextSection';
import { NoteSections, SaveStatus } from '../../notes';
import { useVisitNoteDraft, useVisitNoteRecord } from '../useVisitNote';
import { SaveError, useSaving } from '../../../components/SaveError';

interface Actions {
  /** Closes the visit (its note stays a draft until signed). */
  readonly onFinish: () => Promise<void>;
  readonly onLeave: () => void;
}

const EMPTY = 'Write a short visit note before finishing.';
const hasText = (note: Pick<Note, 'sections'>): boolean => note.sections.some((s) => htmlToText(s.html) !== '');

function NoteLink({ note }: { readonly note: Note }) {
  const what = note.status === 'signed' ? 'Open the signed note' : 'Open in Notes to sign';
  return (
    <Anchor component={Link} to={`/notes/${note.id}`} size="sm">
      {what}
    </Anchor>
  );
}

interface ButtonsProps {
  readonly saving: boolean;
  readonly leave: () => void;
  readonly finish: () => void;
}

function VisitButtons({ saving, leave, finish }: ButtonsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={leave}>
        Leave visit for now
      </Button>
      <Button onClick={finish} loading={saving}>
        Finish visit
      </Button>
    </Group>
  );
}

/** The visit's draft note, edited here on the note editor's engine; finishing needs some text. */
function VisitNoteEditor({ note, onFinish, onLeave }: Actions & { readonly note: Note }) {
  const draft = useVisitNoteDraft(note);
  const { content, update, flush } = draft;
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const { saving, error, run } = useSaving();
  const template = templateOf(content.templateId);
  const finish = () => {
    setProblem(hasText(content) ? undefined : EMPTY);
    if (!hasText(content)) return;
    void run(async () => {
      // A failed save keeps the visit open; SaveStatus says why.
      if (await flush()) await onFinish();
    });
  };
  return (
    <Stack gap="xs">
      <CrashCopyRefusedNotice message={draft.recoveryRefused} />
      {draft.restoredFrom && (
        <Alert color="blue" title="Unsaved typing restored">
          {`What you typed just before the page closed (${new Date(draft.restoredFrom).toLocaleTimeString()}) was restored into the visit note and is being saved.`}
        </Alert>
      )}
      {draft.arrived?.how === 'kept' && (
        <Alert color="blue" title="Another version arrived while you typed">
          Your typing is kept in the note; the other version is kept under Conflicts to compare or merge.
        </Alert>
      )}
      {content.sections.map((s, i) => (
        <RichTextSection
          key={s.key}
          label={s.heading}
          value={s.html}
          error={i === 0 ? problem : undefined}
          description={
            i === 0
              ? `${template.sections.find((t) => t.key === s.key)?.hint ?? ''} Saved as you type as a draft note of this visit; sign it from Notes.`
              : undefined
          }
          onChange={(html) => {
            update({ sections: content.sections.map((o) => (o.key === s.key ? { ...o, html } : o)) });
          }}
          onBlur={() => void flush()}
        />
      ))}
      <Group justify="space-between">
        <SaveStatus status={draft.status} />
        <NoteLink note={note} />
      </Group>
      <SaveError error={error} what="The visit note" />
      <VisitButtons
        saving={saving}
        finish={finish}
        leave={() => {
          void flush().then((stored) => {
            if (stored) onLeave();
          });
        }}
      />
    </Stack>
  );
}

/** A visit note this user cannot edit here: signed already, or another clinician's draft. */
function VisitNoteView({ note, onFinish, onLeave }: Actions & { readonly note: Note }) {
  const [problem, setProblem] = useState('');
  const { saving, error, run } = useSaving();
  const finish = () => {
    setProblem(hasText(note) ? '' : EMPTY);
    if (hasText(note)) void run(onFinish);
  };
  return (
    <Stack gap="xs">
      <Text>
        {note.status === 'signed' ? 'This visit note is signed.' : 'This visit note is another clinician’s draft; only its author can edit it.'}{' '}
        <NoteLink note={note} />
      </Text>
      <NoteSections sections={note.sections} headingOrder={4} />
      {problem && (
        <Text c="red.9" role="alert">
          {problem}
        </Text>
      )}
      <SaveError error={error} what="The visit" />
      <VisitButtons saving={saving} finish={finish} leave={onLeave} />
    </Stack>
  );
}

/** The note of a medication visit: a real note (Notes, Unsigned notes, signing), made the first time the visit opens. */
export function VisitNote({ sessionId, ...actions }: Actions & { readonly sessionId: string }) {
  const { note, error } = useVisitNoteRecord(sessionId);
  const { user } = useSignedIn();
  if (error) {
    return (
      <Alert
        color="red"
        role="alert"
        title="The visit note could not be opened"
      >{`${error.message} Nothing was lost; leave the visit and resume it to try again.`}</Alert>
    );
  }
  if (!note) return <Loader size="sm" aria-label="Opening the visit note" />;
  if (!canEditNote(note, user.id)) return <VisitNoteView note={note} {...actions} />;
  return <VisitNoteEditor key={note.id} note={note} {...actions} />;
}
