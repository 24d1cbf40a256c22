import { useMemo } from 'react';
import type { Staff, StaffInput } from '../../../shared/domain/staff';
import { appendAudit, createStaff, setStaffActive, useDatabase, useLiveQuery, watchStaff } from '../../db';
import { useSignedIn } from '../../session';

/** Every staff member, live. */
export function useStaff() {
  return useLiveQuery((db) => watchStaff(db), []);
}

/** Thrown when the staff record was saved but the new member could not be given an unlock passphrase. */
export class KeyringError extends Error {
  override readonly name = 'KeyringError';
}

export interface StaffActions {
  readonly add: (input: StaffInput, passphrase: string) => Promise<Staff>;
  readonly setActive: (member: Staff, active: boolean) => Promise<void>;
}

/** Staff writes (admin screens), each with its audit event. */
export function useStaffActions(): StaffActions {
  const db = useDatabase();
  const { user, addKeyringUser } = useSignedIn();
  return useMemo(
    () => ({
      add: async (input, passphrase) => {
        const now = new Date();
        const member = await createStaff(db, input, { authorId: user.id, now, id: crypto.randomUUID() });
        await appendAudit(db, { action: 'create', entity: 'staff', entityId: member.id, actorId: user.id, detail: `Added ${input.role}` }, { now });
        try {
          await addKeyringUser({ id: member.id, name: member.name, role: member.role }, passphrase);
        } catch (e) {
          throw new KeyringError(e instanceof Error ? e.message : String(e));
        }
        return member;
      },
      setActive: async (member, active) => {
        const now = new Date();
        await setStaffActive(db, member.id, active, { authorId: user.id, now });
        const detail = active ? 'Reactivated' : 'Deactivated';
        await appendAudit(db, { action: 'edit', entity: 'staff', entityId: member.id, actorId: user.id, detail }, { now });
      },
    }),
    [db, user.id, addKeyringUser],
  );
}
