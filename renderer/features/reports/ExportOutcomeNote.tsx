import { Alert, Text } from '@mantine/core';
import type { ExportOutcome } from './useExports';

/** What the last export did: saved where, cancelled (nothing saved), refused or failed. */
export function ExportOutcomeNote({ outcome, what }: { outcome: ExportOutcome | null; what: string }) {
  if (!outcome) return null;
  switch (outcome.status) {
    case 'saved':
      return (
        <Alert color="teal" title={`${what} saved`} role="status">
          Saved as {outcome.path}. The export is recorded in the audit log.
        </Alert>
      );
    case 'cancelled':
      return (
        <Text size="sm" role="status">
          Nothing was saved.
        </Text>
      );
    case 'refused':
      return (
        <Alert color="red" title="Export refused" role="alert">
          {outcome.message}
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" title={`The ${what.toLowerCase()} was not saved`} role="alert">
          {outcome.message}
        </Alert>
      );
  }
}
