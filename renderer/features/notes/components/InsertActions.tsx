import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { htmlToText } from '../../../../shared/domain/notes';
import type { InstrumentResponse, Note } from '../../../../shared/domain/records';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { formatInstantDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { latestCheckInHtml, latestScoresHtml } from '../note-inserts';
import type { DraftContent } from '../useNoteDraft';

interface Props {
  readonly content: DraftContent;
  readonly responses: readonly InstrumentResponse[];
  /** The client's most recent other note, or null. */
  readonly lastNote: Note | null;
  readonly onInsert: (html: string) => void;
  readonly onStartFrom: (note: Note) => void;
}

/** "Insert latest scores", "Insert latest check-in" and "Start from last note". */
export function InsertActions({ content, responses, lastNote, onInsert, onStartFrom }: Props) {
  const [confirming, setConfirming] = useState(false);
  const scores = latestScoresHtml(responses, formatInstantDate);
  const checkIn = latestCheckInHtml(responses, formatInstantDate);
  const hasText = content.sections.some((s) => htmlToText(s.html) !== '');

  const startFrom = () => {
    if (!lastNote) return;
    if (hasText) setConfirming(true);
    else onStartFrom(lastNote);
  };
  const insert = (html: string, what: string) => {
    onInsert(html);
    notify(`${what} inserted.`);
  };

  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="xs"
        disabled={!scores}
        onClick={() => {
          insert(scores, 'Latest scores');
        }}
      >
        {scores ? 'Insert latest scores' : 'Insert latest scores (none recorded)'}
      </Button>
      <Button
        variant="default"
        size="xs"
        disabled={!checkIn}
        onClick={() => {
          insert(checkIn, 'Latest check-in');
        }}
      >
        {checkIn ? 'Insert latest check-in' : 'Insert latest check-in (none recorded)'}
      </Button>
      <Button variant="default" size="xs" disabled={!lastNote} onClick={startFrom}>
        {lastNote ? 'Start from last note' : 'Start from last note (no earlier note)'}
      </Button>
      {lastNote && (
        <ConfirmModal
          opened={confirming}
          title="Replace this draft’s sections?"
          confirmLabel="Replace with last note"
          onCancel={() => {
            setConfirming(false);
          }}
          onConfirm={() => {
            setConfirming(false);
            onStartFrom(lastNote);
          }}
        >
          {`The sections you have written will be replaced by those of the note of ${formatInstantDate(lastNote.createdAt)}. Risk and interventions stay as they are.`}
        </ConfirmModal>
      )}
    </Group>
  );
}
