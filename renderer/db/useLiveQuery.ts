import { useState, useSyncExternalStore, type DependencyList } from 'react';
import type { Observable } from 'rxjs';
import { useDatabase } from './DatabaseProvider';
import { createLiveStore, type LiveQueryState, type LiveStore } from './live-store';
import type { WaypointDatabase } from './schema-plan';

interface Current<T> {
  readonly db: WaypointDatabase;
  readonly deps: DependencyList;
  readonly store: LiveStore<T>;
}

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * Reads a collection module's observable for the component's lifetime: subscribes on mount, unsubscribes on
 * unmount or when `deps` change (like useMemo, `deps` lists what the factory reads; an inline factory is new every
 * render, so it is not compared). Errors (e.g. SealedRecordError) arrive in `error`, never as an uncaught throw.
 */
export function useLiveQuery<T>(factory: (db: WaypointDatabase) => Observable<T>, deps: DependencyList): LiveQueryState<T> {
  const db = useDatabase();
  const [current, setCurrent] = useState<Current<T>>(() => ({ db, deps, store: createLiveStore(() => factory(db)) }));
  let active = current;
  // React's "store information from previous renders" pattern: a new store only when the inputs really change.
  if (current.db !== db || !sameDeps(current.deps, deps)) {
    active = { db, deps, store: createLiveStore(() => factory(db)) };
    setCurrent(active);
  }
  return useSyncExternalStore(active.store.subscribe, active.store.getSnapshot);
}
