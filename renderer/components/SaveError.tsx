import { Alert } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../shared/error-message';

/** Saving state for a form: `run` keeps the form open and shows the error when the save fails. */
export function useSaving() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (save: () => Promise<void>) => {
    setSaving(true);
    setError(null);
    try {
      await save();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, run };
}

/** What went wrong, and that nothing typed was lost. */
export function SaveError({ error, what }: { error: string | null; what: string }) {
  if (!error) return null;
  return (
    <Alert color="red" title={`${what} was not saved`} role="alert">
      {error} What you entered is still here; try again.
    </Alert>
  );
}
