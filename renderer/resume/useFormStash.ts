import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeStashedValues, sameFormValues } from '../../shared/domain/stashed-values';
import { useFormStashContext } from './form-stash-context';

/** What a form lends the stash. */
export interface StashableForm<V> {
  /** What the form holds now. */
  readonly values: V;
  /** What it held when it opened: values still equal to these are not stashed, and discarding puts them back. */
  readonly initial: V;
  readonly setValues: (values: V) => void;
}

export interface RestoredTyping {
  /** When the restored typing was stashed (ISO), or null when nothing was restored. */
  readonly restoredAt: string | null;
  /** Puts the form's opening values back and forgets the restored typing. */
  readonly discard: () => void;
}

/**
 * Keeps a form's unsaved typing across a lock: stashed (sealed) when the vault locks, given back when the same user
 * opens the same form after unlocking, gone when anyone else unlocks. `formKey` names the form and the record it
 * edits ('client:new', 'client:edit:<id>', …).
 */
export function useFormStash<V>(formKey: string, form: StashableForm<V>): RestoredTyping {
  const stash = useFormStashContext();
  const latest = useRef(form);
  useEffect(() => {
    latest.current = form;
  });
  // Read while rendering (no side effect); the effect below takes the typing out of the stash and puts it on the form.
  const [restoredAt, setRestoredAt] = useState(() => stash?.peek(formKey)?.at ?? null);

  useEffect(() => {
    if (!stash) return undefined;
    const found = stash.take(formKey);
    if (found) latest.current.setValues(mergeStashedValues(latest.current.initial, found.values));
    return stash.register(formKey, () => {
      const { values, initial } = latest.current;
      return sameFormValues(values, initial) ? undefined : values;
    });
  }, [stash, formKey]);

  const discard = useCallback(() => {
    latest.current.setValues(latest.current.initial);
    setRestoredAt(null);
  }, []);
  return { restoredAt, discard };
}
