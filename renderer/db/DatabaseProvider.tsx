import { createContext, useContext, type ReactNode } from 'react';
import type { WaypointDatabase } from './schema-plan';

const DatabaseContext = createContext<WaypointDatabase | null>(null);

/** Gives the unlocked database to the app; the database itself is opened and closed outside React (vault). */
export function DatabaseProvider({ db, children }: { readonly db: WaypointDatabase; readonly children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

/** The unlocked database; only feature hooks call this, and pass it to collection module functions. */
export function useDatabase(): WaypointDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() needs a <DatabaseProvider> above it (the app is locked or not yet unlocked).');
  return db;
}
