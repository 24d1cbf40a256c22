import type { StaffRole } from '../../shared/domain/staff';
import type { WaypointDatabase } from '../db';
import type { ClinicSyncState } from '../sync/clinic-admin';
import type { PreparedClinic, UnlockedVault } from '../vault/vault';

export interface KeyringEntry {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
  /** Still waiting for their first sign-in with a one-time code (they have not chosen a passphrase yet). */
  readonly firstSignIn?: boolean;
}

/** What the vault controller shows: loading, setup, the lock screen, or the unlocked app. */
export type VaultState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'setup' }
  | { readonly phase: 'confirm-recovery'; readonly prepared: PreparedClinic }
  | {
      readonly phase: 'locked';
      readonly clinicName: string;
      readonly users: readonly KeyringEntry[];
      readonly notice: string | null;
      readonly lastUserId: string | null;
    }
  | {
      readonly phase: 'unlocked';
      readonly db: WaypointDatabase;
      readonly vault: UnlockedVault;
      readonly idleMinutes: number;
      readonly sync: ClinicSyncState;
      /** The same user as the last unlock of this laptop (they go back to their page; anyone else starts at home). */
      readonly returning: boolean;
    };

export type LockReason = 'button' | 'menu' | 'idle' | 'os-lock' | 'suspend';

/** What the lock screen says after each kind of lock. */
export const LOCK_NOTICES: Readonly<Record<LockReason, string | null>> = {
  button: null,
  menu: null,
  idle: 'Waypoint locked itself after a period without activity.',
  'os-lock': 'Waypoint locked because the computer was locked.',
  suspend: 'Waypoint locked because the computer went to sleep.',
};
