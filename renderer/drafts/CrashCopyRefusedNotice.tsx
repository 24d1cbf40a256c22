import { Alert } from '@mantine/core';

/**
 * Says that the crash-recovery copy (crash-copy.ts) was refused: it failed its integrity check or could not be read,
 * so nothing was restored (issue 18 item 8). One notice for every editor that keeps a copy.
 */
export function CrashCopyRefusedNotice({ message }: { readonly message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="orange" role="alert" title="Unsaved typing not restored">
      {message}
    </Alert>
  );
}
