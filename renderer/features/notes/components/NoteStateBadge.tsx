import { Badge } from '@mantine/core';
import { NOTE_STATE_LABELS, type NoteState } from '../../../../shared/domain/notes';

const COLORS: Readonly<Record<NoteState, string>> = {
  draft: 'gray.8',
  discarded: 'gray.8',
  signed: 'teal.9',
  'awaiting-cosign': 'orange.9',
  cosigned: 'teal.9',
};

/** Draft, Discarded, Signed, Awaiting co-sign or Co-signed. */
export function NoteStateBadge({ state }: { readonly state: NoteState }) {
  return (
    <Badge color={COLORS[state]} variant={state === 'draft' || state === 'discarded' ? 'outline' : 'filled'}>
      {NOTE_STATE_LABELS[state]}
    </Badge>
  );
}
