import type { Observable } from 'rxjs';

/** What a live query shows: the latest value, the error that ended it, and whether the first value is still due. */
export interface LiveQueryState<T> {
  readonly data: T | undefined;
  readonly error: Error | null;
  readonly loading: boolean;
}

/** An external store over one observable, shaped for React's useSyncExternalStore. */
export interface LiveStore<T> {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getSnapshot: () => LiveQueryState<T>;
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

/**
 * Subscribes to `source()` only while React is subscribed, and turns a failing source (e.g. a record that does not
 * decrypt) into `error` instead of an uncaught exception. The source is created lazily so a throwing factory lands
 * in `error` too.
 */
export function createLiveStore<T>(source: () => Observable<T>): LiveStore<T> {
  let snapshot: LiveQueryState<T> = { data: undefined, error: null, loading: true };
  const set = (next: LiveQueryState<T>, onChange: () => void): void => {
    snapshot = next;
    onChange();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe: (onChange) => {
      try {
        const subscription = source().subscribe({
          next: (data) => {
            set({ data, error: null, loading: false }, onChange);
          },
          error: (error: unknown) => {
            set({ data: snapshot.data, error: toError(error), loading: false }, onChange);
          },
        });
        return () => {
          subscription.unsubscribe();
        };
      } catch (error) {
        set({ data: snapshot.data, error: toError(error), loading: false }, onChange);
        return () => undefined;
      }
    },
  };
}
