import { errorMessage } from '../../shared/error-message';

/** Where a form's submit stands: running, and the last failure's message (null when none). */
export interface SubmitState {
  readonly pending: boolean;
  readonly error: string | null;
}

/** How a failure reads at the form; errorMessage unless the form says more (what was kept, what to do). */
export type FailureText = (error: unknown) => string;

/**
 * Runs one submit: pending while it runs, the previous failure cleared first, a failure turned into its message
 * (nothing typed is touched: the form keeps its values). Resolves true when the work succeeded.
 */
export async function runSubmit(work: () => Promise<unknown>, report: (state: SubmitState) => void, failure: FailureText = errorMessage): Promise<boolean> {
  report({ pending: true, error: null });
  try {
    await work();
    report({ pending: false, error: null });
    return true;
  } catch (error) {
    report({ pending: false, error: failure(error) });
    return false;
  }
}
