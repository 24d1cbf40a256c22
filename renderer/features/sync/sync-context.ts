import { createContext, useContext } from 'react';
import type { KeyringStaff } from '../../sync/clinic-keyring';
import type { ServerInfo } from '../../sync/clinic-session';
import type { SyncCredentials } from '../../sync/encrypting-fetch';
import type { RotationOutcome } from '../../sync/key-rotation';
import type { ClinicSync } from '../../sync/replication';

/** The unlocked laptop's clinic sync, provided once by the app shell (the vault controller owns its life cycle). */
export interface ClinicSyncContextValue {
  /** null when no clinic server is connected (or it could not start, see `problem`). */
  readonly sync: ClinicSync | null;
  readonly server: ServerInfo | null;
  /** Why sync could not start after unlock, worded for people. */
  readonly problem: string | null;
  readonly connect: (input: { url: string; clinicId: string; admin: SyncCredentials }) => Promise<ServerInfo>;
  readonly enroll: (input: { staff: KeyringStaff; account: SyncCredentials; admin: SyncCredentials }) => Promise<string>;
  /** Admin: provisioning again (databases, security, guards) with the server admin's credentials, not stored. */
  readonly updateServer: (admin: SyncCredentials) => Promise<void>;
  /** Admin, after removing a member: a new sync key for the remaining active members (issue 18 item 4d). */
  readonly rotateKey: (admin: SyncCredentials, remaining: readonly string[]) => Promise<RotationOutcome>;
}

export const ClinicSyncContext = createContext<ClinicSyncContextValue | null>(null);

/** The clinic sync context; outside the unlocked app it is a programming error. */
export function useClinicSync(): ClinicSyncContextValue {
  const value = useContext(ClinicSyncContext);
  if (!value) throw new Error('useClinicSync outside the unlocked app');
  return value;
}
