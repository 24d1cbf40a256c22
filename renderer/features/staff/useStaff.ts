import { useMemo } from 'react';
import { firstValueFrom } from 'rxjs';
import type { Staff, StaffInput } from '../../../shared/domain/staff';
import { useLiveQuery, watchStaff, watchSyncAccounts } from '../../db';
import { useActorContext, useSignedIn } from '../../session';
import type { SyncCredentials } from '../../sync/encrypting-fetch';
import { useClinicSync } from '../sync';
import type { RotationOutcome } from '../../sync/key-rotation';
import { addStaffMember, deactivateStaffMember, disableServerAccounts, setStaffMemberActive, type Deactivation } from './staff-actions';

export { KeyringError } from './staff-actions';

/** Every staff member, live. */
export function useStaff() {
  return useLiveQuery((db) => watchStaff(db), []);
}

/** Every staff member's server accounts (active or disabled), live. */
export function useSyncAccounts() {
  return useLiveQuery((db) => watchSyncAccounts(db), []);
}

export interface AccountsByStaff {
  /** Staff id → their server accounts still active. */
  readonly active: ReadonlyMap<string, readonly string[]>;
  /** Staff id → their disabled server accounts. */
  readonly disabled: ReadonlyMap<string, readonly string[]>;
  /** Every staff id with an account on record. */
  readonly recorded: ReadonlySet<string>;
}

/** The clinic's sync accounts grouped by staff member, active and disabled apart. */
export function useAccountsByStaff(): AccountsByStaff {
  const { data } = useSyncAccounts();
  return useMemo(() => {
    const active = new Map<string, string[]>();
    const disabled = new Map<string, string[]>();
    for (const a of data ?? []) {
      const into = a.active ? active : disabled;
      into.set(a.staffId, [...(into.get(a.staffId) ?? []), a.username]);
    }
    return { active, disabled, recorded: new Set((data ?? []).map((a) => a.staffId)) };
  }, [data]);
}

export interface StaffActions {
  readonly add: (input: StaffInput) => Promise<{ member: Staff; code: string }>;
  readonly setActive: (member: Staff, active: boolean) => Promise<void>;
  /** Deactivates, revoking their signing keys in the same step when `revokeKeys`. */
  readonly deactivate: (member: Staff, revokeKeys: boolean) => Promise<Deactivation>;
  /** null when this laptop has no clinic server to disable accounts on. */
  readonly disableServerAccounts: ((member: Staff, admin: SyncCredentials) => Promise<string[]>) | null;
  /** After removing `removed`: a new sync key for every other active member; null without a clinic server. */
  readonly rotateSyncKey: ((removed: Staff, admin: SyncCredentials) => Promise<RotationOutcome>) | null;
}

/** Staff writes (staff-actions.ts), bound to the signed-in admin and this laptop's keyring. */
export function useStaffActions(): StaffActions {
  const ctx = useActorContext();
  const { issueSetupCode } = useSignedIn();
  const { server, rotateKey } = useClinicSync();
  return useMemo(
    () => ({
      add: (input) => addStaffMember(ctx, issueSetupCode, input),
      setActive: (member, active) => setStaffMemberActive(ctx, member, active),
      deactivate: (member, revokeKeys) => deactivateStaffMember(ctx, member, revokeKeys),
      disableServerAccounts: server ? (member, admin) => disableServerAccounts(ctx, { server, admin }, member) : null,
      rotateSyncKey: server
        ? async (removed, admin) => {
            const staff = await firstValueFrom(watchStaff(ctx.db));
            return rotateKey(
              admin,
              staff.filter((s) => s.active && s.id !== removed.id).map((s) => s.id),
            );
          }
        : null,
    }),
    [ctx, issueSetupCode, server, rotateKey],
  );
}
