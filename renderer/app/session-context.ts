import { createContext, useContext } from 'react';
import type { StaffRole } from '../../shared/domain/staff';

/** Who is signed in on this unlocked vault. `id` is their staff id and the author of everything they write. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
}

export interface Session {
  readonly user: SessionUser;
  readonly clinicName: string;
  /** Locks now: closes the database and drops the keys. */
  readonly lock: () => void;
  /** Lets a new staff member unlock this laptop with their own passphrase (wraps the clinic key for them). */
  readonly addKeyringUser: (user: SessionUser, passphrase: string) => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The unlocked session; only rendered inside the unlocked app, so a missing session is a programming error. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside an unlocked vault');
  return session;
}
