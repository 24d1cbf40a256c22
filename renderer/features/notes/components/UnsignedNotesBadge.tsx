import { Badge, VisuallyHidden } from '@mantine/core';
import { useLiveQuery, watchUnsignedNotesByAuthor } from '../../../db';
import { useSignedIn } from '../../../session';

/** Beside "Unsigned notes" in the navigation: how many of the signed-in user's drafts wait to be signed. */
export function UnsignedNotesBadge() {
  const { user } = useSignedIn();
  const { data } = useLiveQuery((db) => watchUnsignedNotesByAuthor(db, user.id), [user.id]);
  if (!data || data.length === 0) return null;
  return (
    <Badge size="sm" color="teal.9" variant="filled">
      {data.length}
      <VisuallyHidden> unsigned</VisuallyHidden>
    </Badge>
  );
}
