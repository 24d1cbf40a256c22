import { createContext, useContext } from 'react';
import type { StaffRole } from '../../shared/domain/staff';

/** Who is signed in on this unlocked vault. `id` is their staff id and the author of everything they write. */
export interface SignedInUser {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
}

/** The signed-in staff member on the unlocked vault (not a therapy session: see shared/domain/records). */
export interface SignedIn {
  readonly user: SignedInUser;
  readonly clinicName: string;
  /** Locks now: closes the database and drops the keys. */
  readonly lock: () => void;
  /** Lets a new staff member sign in on this laptop: a one-time code, with which they choose their own passphrase. */
  readonly issueSetupCode: (user: SignedInUser) => Promise<string>;
  /** The signed-in user changes their own passphrase on this laptop (their private keys are re-sealed with it). */
  readonly changePassphrase: (current: string, next: string) => Promise<void>;
}

export const SignedInContext = createContext<SignedIn | null>(null);

/** The signed-in user; only rendered inside the unlocked app, so a missing one is a programming error. */
export function useSignedIn(): SignedIn {
  const signedIn = useContext(SignedInContext);
  if (!signedIn) throw new Error('useSignedIn outside an unlocked vault');
  return signedIn;
}
