import { useMemo } from 'react';
import type { Staff, StaffInput } from '../../../shared/domain/staff';
import { useLiveQuery, watchStaff } from '../../db';
import { useActorContext, useSignedIn } from '../../session';
import { addStaffMember, setStaffMemberActive } from './staff-actions';

export { KeyringError } from './staff-actions';

/** Every staff member, live. */
export function useStaff() {
  return useLiveQuery((db) => watchStaff(db), []);
}

export interface StaffActions {
  readonly add: (input: StaffInput) => Promise<{ member: Staff; code: string }>;
  readonly setActive: (member: Staff, active: boolean) => Promise<void>;
}

/** Staff writes (staff-actions.ts), bound to the signed-in admin and this laptop's keyring. */
export function useStaffActions(): StaffActions {
  const ctx = useActorContext();
  const { issueSetupCode } = useSignedIn();
  return useMemo(
    () => ({
      add: (input) => addStaffMember(ctx, issueSetupCode, input),
      setActive: (member, active) => setStaffMemberActive(ctx, member, active),
    }),
    [ctx, issueSetupCode],
  );
}
