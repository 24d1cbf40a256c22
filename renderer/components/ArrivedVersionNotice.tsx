import { Alert } from '@mantine/core';
import type { FormArrival } from '../drafts/form-arrival';

/** What an open form says when another laptop's version of its record arrived (useFollowArrivals). */
export function ArrivedVersionNotice({ arrival }: { readonly arrival: FormArrival }) {
  if (arrival === 'none') return null;
  return (
    <Alert color="blue" title="Changed on another laptop while you edit">
      {arrival === 'loaded'
        ? 'This form now shows the version that arrived. If you save changes over it, that version is also kept under Conflicts to compare or merge.'
        : 'Another version of this record arrived after you opened the form. Saving keeps what is on this form; the other version is kept under Conflicts to compare or merge. Cancel to see the other version first.'}
    </Alert>
  );
}
