import { Alert, Text } from '@mantine/core';

// The db layer marks a record that does not decrypt with this code (SealedRecordError).
function isUnreadableRecord(error: Error): boolean {
  return 'code' in error && error.code === 'sealed_record_unreadable';
}

/** What went wrong reading records, and what the user can do about it. */
export function LoadError({ what, error }: { what: string; error: Error }) {
  const unreadable = isUnreadableRecord(error);
  return (
    <Alert color="red" title={unreadable ? 'A record could not be decrypted' : `${what} could not be read`} role="alert">
      <Text size="sm">{error.message}</Text>
      <Text size="sm" mt="xs">
        {unreadable
          ? 'Nothing has been changed or deleted. Do not re-enter the record: ask your clinic admin, who can restore it from another enrolled laptop or the clinic server.'
          : 'Nothing has been changed. Try locking Waypoint and unlocking it again; if this keeps happening, ask your clinic admin.'}
      </Text>
    </Alert>
  );
}
