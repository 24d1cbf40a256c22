import { useState } from 'react';
import { runSubmit, type FailureText, type SubmitState } from './submit';

export interface Submit<A extends readonly unknown[]> extends SubmitState {
  /** Runs the submit with these arguments; resolves true when it succeeded (see runSubmit). */
  readonly run: (...args: A) => Promise<boolean>;
  /** Shows a message of the form's own (a check before submitting), or clears it with null. */
  readonly setError: (error: string | null) => void;
}

/** Pending and error state of a form's submit: one pattern instead of a busy flag, an error and a try/finally per form. */
export function useSubmit<A extends readonly unknown[]>(submit: (...args: A) => Promise<unknown>, options: { readonly failure?: FailureText } = {}): Submit<A> {
  const [state, setState] = useState<SubmitState>({ pending: false, error: null });
  return {
    ...state,
    run: (...args: A) => runSubmit(() => submit(...args), setState, options.failure),
    setError: (error) => {
      setState((s) => ({ ...s, error }));
    },
  };
}
