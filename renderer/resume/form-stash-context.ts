import { createContext, useContext, useState } from 'react';
import type { FormStash } from './form-stash';

/** The unlocked session's form stash; null where there is none (it could not be opened): forms then work as before. */
export const FormStashContext = createContext<FormStash | null>(null);

export function useFormStashContext(): FormStash | null {
  return useContext(FormStashContext);
}

/**
 * Keys of the forms with typing waiting for them, as they were when the calling component mounted: a dialog or an
 * inline editor that was open at the lock opens itself again.
 */
export function useWaitingFormKeys(): ReadonlySet<string> {
  const stash = useFormStashContext();
  const [keys] = useState(() => stash?.waitingKeys() ?? new Set<string>());
  return keys;
}
